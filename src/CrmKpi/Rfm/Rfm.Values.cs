using System;
using System.Runtime.InteropServices;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Rfm
{
    /// <summary>
    /// Recency, frequency and monetary value of every customer (RFM, catalog M7), from a transaction log,
    /// written to <paramref name="destination"/>: customer <c>c</c>'s values go to <c>destination[c]</c>.
    /// </summary>
    /// <param name="transactions">The log; rows may come in any order.</param>
    /// <param name="window">The inclusive window whose purchases count; ISO calendar.</param>
    /// <param name="asOf">The date recency is measured to; not before <paramref name="window"/>'s end. Usually the window's last day.</param>
    /// <param name="monetary">Whether the monetary value is the total spend or the spend per purchase.</param>
    /// <param name="destination">Receives one <see cref="RfmValues"/> per customer; at least <see cref="TransactionColumns.CustomerCount"/> long; overwritten.</param>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short or overlaps a column, or a date, the window or <paramref name="asOf"/> is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the window's end; <paramref name="monetary"/> is not defined;
    /// a customer index is outside <c>[0, CustomerCount)</c> or an amount is NaN or infinite (the message names the column and row).</exception>
    /// <remarks>
    /// <para>
    /// For each customer with at least one row in the window: <c>recency = asOf - last purchase date in the window</c> in days,
    /// <c>frequency = rows in the window</c>, <c>monetary = sum of amounts in the window</c> (divided by frequency for
    /// <see cref="RfmMonetary.AveragePerPurchase"/>). A customer with no row in the window gets
    /// <see cref="RfmValues.NoPurchase"/> (recency -1, frequency 0, monetary 0) and is left unscored by
    /// <see cref="Score(ReadOnlySpan{RfmValues}, int, RfmScoring, Span{RfmScore}, RfmWorkspace?)"/>: never silently scored.
    /// Frequency counts rows; merge same-day rows first if purchases are to count per day.
    /// </para>
    /// <para>
    /// O(rows + customers) time. Small logs: one pass over the rows with the per-customer state (last date key,
    /// count, sum; 16 bytes a customer) kept in <paramref name="destination"/> itself. Logs whose state exceeds 8 MiB
    /// are partitioned by customer block first (12 bytes a row of scratch rented from the shared array pool,
    /// returned before the call ends); see the overload that takes a <see cref="RfmWorkspace"/>.
    /// </para>
    /// <para>
    /// Example (the tests' nine-row log, window February 2024, as of 2024-02-29): customer 2 bought on
    /// 02-14 (40), 02-29 (60) and 02-01 (25): recency 0, frequency 3, monetary 125 (41.67 per purchase).
    /// </para>
    /// </remarks>
    public static void Values(TransactionColumns transactions, DateInterval window, LocalDate asOf, RfmMonetary monetary, Span<RfmValues> destination) =>
        Values(transactions, window, asOf, monetary, destination, null);

    /// <summary>
    /// Recency, frequency and monetary value of every customer, as
    /// <see cref="Values(TransactionColumns, DateInterval, LocalDate, RfmMonetary, Span{RfmValues})"/>, with the caller's scratch memory.
    /// </summary>
    /// <param name="transactions">The log; rows may come in any order.</param>
    /// <param name="window">The inclusive window whose purchases count; ISO calendar.</param>
    /// <param name="asOf">The date recency is measured to; not before <paramref name="window"/>'s end.</param>
    /// <param name="monetary">Whether the monetary value is the total spend or the spend per purchase.</param>
    /// <param name="destination">Receives one <see cref="RfmValues"/> per customer; at least <see cref="TransactionColumns.CustomerCount"/> long; overwritten.</param>
    /// <param name="workspace">Reusable scratch memory for the partition of large logs; null to rent it from the shared array pool.</param>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short or overlaps a column, or a date, the window or <paramref name="asOf"/> is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the window's end; <paramref name="monetary"/> is not defined;
    /// a customer index is outside <c>[0, CustomerCount)</c> or an amount is NaN or infinite (the message names the column and row).</exception>
    /// <remarks>
    /// <para>
    /// The per-customer state (last date key, count, sum: 16 bytes a customer) is kept in <paramref name="destination"/> itself.
    /// Up to 8 MiB of it (524,288 customers), or when the log has fewer rows than customers, one pass over the rows updates it
    /// directly, prefetching the state of the customer 64 rows ahead: O(rows + customers) time, no scratch. Larger logs are first
    /// partitioned by customer block (a counting pass and a stable scatter of 12 bytes a row kept, block offset and day offset
    /// packed with the amount, into one bucket per 16,384 customers), then aggregated block by block, 256 KiB of state at a time:
    /// three sequential passes instead of one random access per row, still O(rows + customers), with 12 bytes a row
    /// of scratch taken from <paramref name="workspace"/> (no allocation once it has grown) or rented from the shared array pool.
    /// Rows of one customer are summed in row order on both paths, so the results are bit-identical. The thresholds are fixed
    /// constants, tuned on one machine (docs/performance/customer-blocks.md).
    /// </para>
    /// </remarks>
    public static void Values(TransactionColumns transactions, DateInterval window, LocalDate asOf, RfmMonetary monetary, Span<RfmValues> destination, RfmWorkspace? workspace) =>
        Values(transactions, window, asOf, monetary, destination, workspace, null);

    /// <summary>The aggregation with the path forced for tests: <paramref name="blockShift"/> null chooses, negative takes the direct pass, else blocks of 2^blockShift customers.</summary>
    internal static void Values(TransactionColumns transactions, DateInterval window, LocalDate asOf, RfmMonetary monetary, Span<RfmValues> destination, RfmWorkspace? workspace, int? blockShift)
    {
        ArgumentNullException.ThrowIfNull(window);
        DateKey.RequireIso(window.Start, nameof(window));
        DateKey.RequireIso(asOf, nameof(asOf));
        if (asOf < window.End)
        {
            Guard.ThrowOutOfRange(nameof(asOf), asOf, $"must not be before the window's end ({window.End:yyyy-MM-dd})");
        }

        RequireDefined(monetary);
        int customerCount = transactions.CustomerCount;
        Guard.DestinationLength(customerCount, destination.Length);
        Guard.NotOverlapping(transactions.CustomerIndexes, destination);
        Guard.NotOverlapping(transactions.Dates, destination);
        Guard.NotOverlapping(transactions.Amounts, destination);

        ValuesCore(transactions, window, asOf, monetary, destination[..customerCount], workspace, blockShift ?? BlockedAggregation.AutoShift(transactions, window));
    }

    /// <summary>The aggregation after the argument checks: direct when <paramref name="blockShift"/> is negative, else partitioned into blocks of 2^blockShift customers.</summary>
    private static void ValuesCore(TransactionColumns transactions, DateInterval window, LocalDate asOf, RfmMonetary monetary, Span<RfmValues> destination, RfmWorkspace? workspace, int blockShift)
    {
        Span<Accumulator> customers = MemoryMarshal.Cast<RfmValues, Accumulator>(destination);
        int asOfDay = DateKey.DayNumber(asOf);
        bool average = monetary == RfmMonetary.AveragePerPurchase;
        if (blockShift >= 0 && BlockedAggregation.Fits(window, blockShift))
        {
            CustomerBlocks.Scratch scratch = workspace?.Blocks ?? new CustomerBlocks.Scratch(pooled: true);
            try
            {
                BlockedAggregation.Run(transactions, window, customers, scratch, blockShift, asOfDay, average);
            }
            finally
            {
                if (workspace is null)
                {
                    scratch.Return();
                }
            }

            return;
        }

        customers.Fill(new Accumulator { LastKey = DateKey.Sortable(window.Start) });
        Accumulate(transactions, window, customers);
        Finish(customers, asOfDay, average);
    }

    /// <summary>Turns accumulators (last key = the <see cref="DateKey.Sortable"/> key of the last day) into values, in place.</summary>
    private static void Finish(Span<Accumulator> customers, int asOfDay, bool average)
    {
        Span<RfmValues> destination = MemoryMarshal.Cast<Accumulator, RfmValues>(customers);
        for (int c = 0; c < customers.Length; c++)
        {
            Accumulator a = customers[c];
            destination[c] = a.Count == 0
                ? RfmValues.NoPurchase
                : new RfmValues(asOfDay - DayNumberOfKey(a.LastKey), a.Count, average ? a.Sum / a.Count : a.Sum);
        }
    }

    /// <summary>
    /// Recency, frequency and monetary value of every customer into a new array; see
    /// <see cref="Values(TransactionColumns, DateInterval, LocalDate, RfmMonetary, Span{RfmValues})"/>.
    /// </summary>
    /// <param name="transactions">The log.</param>
    /// <param name="window">The inclusive window whose purchases count; ISO calendar.</param>
    /// <param name="asOf">The date recency is measured to; not before the window's end.</param>
    /// <param name="monetary">Total spend or spend per purchase.</param>
    /// <returns>One <see cref="RfmValues"/> per customer, indexed by customer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">A date, the window or <paramref name="asOf"/> is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the window's end, <paramref name="monetary"/> is not defined, or a row is invalid.</exception>
    public static RfmValues[] Values(TransactionColumns transactions, DateInterval window, LocalDate asOf, RfmMonetary monetary)
    {
        var result = new RfmValues[transactions.CustomerCount];
        Values(transactions, window, asOf, monetary, result);
        return result;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Accumulate(TransactionColumns transactions, DateInterval window, Span<Accumulator> customers)
    {
        ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
        ReadOnlySpan<LocalDate> dates = transactions.Dates;
        ReadOnlySpan<double> amounts = transactions.Amounts;
        int start = DateKey.Sortable(window.Start);
        uint span = (uint)(DateKey.Sortable(window.End) - start);
        uint count = (uint)customers.Length;
        ref Accumulator first = ref MemoryMarshal.GetReference(customers);
        bool allFinite = true;
        int calendars = 0;
        for (int i = 0; i < indexes.Length; i++)
        {
            int c = indexes[i];
            if ((uint)c >= count)
            {
                Guard.ThrowElement("customerIndexes", i, c, RowChecks.CustomerIndexRule(customers.Length));
            }

            if (i + CustomerBlocks.PrefetchRows < indexes.Length)
            {
                CustomerBlocks.Prefetch(ref first, (uint)indexes[i + CustomerBlocks.PrefetchRows]);
            }

            LocalDate date = dates[i];
            double amount = amounts[i];
            allFinite &= double.IsFinite(amount);
            calendars |= DateKey.CalendarBits(date);
            int key = DateKey.Sortable(date);
            if ((uint)(key - start) <= span)
            {
                ref Accumulator a = ref System.Runtime.CompilerServices.Unsafe.Add(ref first, c);
                a.Count++;
                a.Sum += amount;
                a.LastKey = Math.Max(a.LastKey, key);   // branch-free: a taken/not-taken guess per row would stall on every cache miss
            }
        }

        if (calendars != 0)
        {
            DateKey.ThrowFirstNonIso(dates, "dates");
        }

        if (!allFinite)
        {
            RowChecks.ThrowFirstNonFinite(amounts, "amounts");
        }
    }

    /// <summary>
    /// The day number of a date from its <see cref="DateKey.Sortable"/> key: the key is the date's own bits when
    /// <see cref="DateKey.LayoutVerified"/>, and its day number otherwise (DateKey's public-API fallback).
    /// </summary>
    private static int DayNumberOfKey(int key) =>
        DateKey.LayoutVerified ? DateKey.DayNumber(System.Runtime.CompilerServices.Unsafe.As<int, LocalDate>(ref key)) : key;

    private static void RequireDefined(RfmMonetary monetary)
    {
        Guard.Defined(monetary);
    }

    /// <summary>The per-customer state of the aggregation, laid over the 16 bytes of one <see cref="RfmValues"/>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Accumulator
    {
        public int LastKey;
        public int Count;
        public double Sum;
    }
}
