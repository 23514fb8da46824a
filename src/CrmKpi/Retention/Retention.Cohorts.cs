using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>
    /// The cohort retention table (catalog R7): customers grouped by the period of their first-ever purchase
    /// inside <paramref name="range"/>, with the number of each cohort's customers who bought in each later period.
    /// </summary>
    /// <param name="transactions">The whole purchase history: a customer with any row before <paramref name="range"/> belongs to no cohort (acquired earlier); rows after the range are ignored.</param>
    /// <param name="range">The inclusive range of acquisition and observation; ISO calendar. Pass whole periods (for example
    /// <c>2023-01-01 .. 2025-12-31</c> for months) unless partial first and last periods are intended.</param>
    /// <param name="unit">The cohort and column period: <see cref="PeriodUnit.Month"/> or <see cref="PeriodUnit.IsoWeek"/> as the catalog names, or quarters and years.</param>
    /// <returns>The table (<see cref="CohortTable"/>): counts and shares per cohort and period since acquisition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException">The range or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined, a customer index is out of range, or <paramref name="range"/>
    /// splits into more than 4,096 periods of <paramref name="unit"/> (the table has periods squared cells).</exception>
    /// <remarks>
    /// <para>Definition: cohort q = customers whose earliest row is in period q of <see cref="Periods.Split(DateInterval, PeriodUnit)"/>(range, unit);
    /// cell (q, k) = customers of cohort q with at least one row in period q + k; share = cell / cohort size.</para>
    /// <para>Cost: O(rows + customers · ⌈(periods + 2) / 64⌉ + periods²). Each row sets one bit of its customer's (periods + 2)-bit mask,
    /// then a vectorised pass over the customers tallies the cohorts. Up to 8 MiB of masks (a million customers with up to 62 periods),
    /// or with fewer rows than customers, the rows update the masks directly, prefetching the mask of the customer 64 rows ahead.
    /// Larger (weekly tables of large logs) are partitioned by customer block first (a counting pass and a stable scatter of 4 bytes a
    /// row), then marked block by block in at most 256 KiB of masks (thresholds tuned on one machine: docs/performance/customer-blocks.md).
    /// Scratch is rented from the shared pool (here) or kept in a
    /// <see cref="RetentionWorkspace"/>; the table is the only allocation.</para>
    /// <para>Example: a customer buying on 2024-01-05, 2024-01-20 and 2024-03-02 belongs to the January 2024 cohort and counts in its columns 0 and 2.</para>
    /// </remarks>
    public static CohortTable Cohorts(TransactionColumns transactions, DateInterval range, PeriodUnit unit)
    {
        ArgumentNullException.ThrowIfNull(range);
        return WithPooledWorkspace(transactions, (range, unit), static (t, a, ws) => Cohorts(t, a.range, a.unit, ws));
    }

    /// <summary>The cohort retention table, using the caller's workspace for the per-customer state.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="range">The inclusive range of acquisition and observation; ISO calendar.</param>
    /// <param name="unit">The cohort and column period.</param>
    /// <param name="workspace">Scratch memory reused across calls, one per thread; null to rent it from the shared array pool for this call.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException">The range or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined, a customer index is out of range, or <paramref name="range"/>
    /// splits into more than 4,096 periods of <paramref name="unit"/> (the table has periods squared cells).</exception>
    /// <remarks>Catalog R7; see <see cref="Cohorts(TransactionColumns, DateInterval, PeriodUnit)"/>. Allocates only the table once the workspace has grown.</remarks>
    public static CohortTable Cohorts(TransactionColumns transactions, DateInterval range, PeriodUnit unit, RetentionWorkspace? workspace) =>
        workspace is null ? Cohorts(transactions, range, unit) : Cohorts(transactions, range, unit, workspace, null);

    /// <summary>The most periods a cohort table may have: its p x p activity cells then take 128 MiB.</summary>
    internal const int MaxCohortPeriods = 4096;

    /// <summary>The cohort table with the path forced for tests: <paramref name="blockShift"/> null chooses, negative takes the direct pass, else blocks of 2^blockShift customers.</summary>
    internal static CohortTable Cohorts(TransactionColumns transactions, DateInterval range, PeriodUnit unit, RetentionWorkspace workspace, int? blockShift)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(workspace);
        DateKey.RequireIso(range.Start, nameof(range));
        Guard.Defined(unit);

        DateInterval[] periods = Periods.Split(range, unit);
        int p = periods.Length;
        if (p > MaxCohortPeriods)
        {
            Guard.ThrowOutOfRange(nameof(range), range, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"splits into {p} periods of {unit}; a cohort table holds at most {MaxCohortPeriods} (its cells grow as the square)"));
        }

        // Sparse day offset -> period index, one lookup per row.
        int first = DateKey.SparseDay(range.Start);
        int tableLength = DateKey.SparseDay(range.End) - first + 1;
        Span<int> periodOf = workspace.Table(tableLength);
        for (int q = 0; q < p; q++)
        {
            for (LocalDate d = periods[q].Start; ; d = d.PlusDays(1))
            {
                periodOf[DateKey.SparseDay(d) - first] = q;
                if (d == periods[q].End)
                {
                    break;   // never steps past the period's last day, which may be the calendar's
                }
            }
        }

        // Per customer: bit q = bought in period q, bit p = bought before the range, bit p + 1 = after it (ignored).
        int words = (p + 2 + 63) >> 6;
        long[] sizes = new long[p];
        long[] active = new long[checked(p * p)];
        CohortMarks(transactions, first, periodOf, p, words, workspace, sizes, active, blockShift ?? BlockedCohorts.AutoShift(transactions, p, words));
        return new CohortTable(unit, range, periods, sizes, active);
    }

    /// <summary>
    /// Marks each customer's periods and counts cohorts into <paramref name="sizes"/> and <paramref name="active"/>: in one pass over
    /// all customers' state when <paramref name="blockShift"/> is negative, else block by block after partitioning the rows.
    /// </summary>
    private static void CohortMarks(TransactionColumns transactions, int first, ReadOnlySpan<int> periodOf, int p, int words, RetentionWorkspace workspace, Span<long> sizes, Span<long> active, int blockShift)
    {
        if (blockShift >= 0 && BlockedCohorts.Fits(p, blockShift))
        {
            BlockedCohorts.Run(transactions, first, periodOf, p, words, workspace, sizes, active, blockShift);
            return;
        }

        Span<ulong> bits = workspace.Bits(checked(transactions.CustomerCount * words));
        bits.Clear();
        MarkPeriods(transactions, first, periodOf, p, words, bits);
        CountCohorts(bits, p, words, sizes, active);
    }

    /// <summary>Adds the cohorts of the customers whose period masks are <paramref name="bits"/> to the table's counts.</summary>
    private static void CountCohorts(ReadOnlySpan<ulong> bits, int p, int words, Span<long> sizes, Span<long> active)
    {
        if (words == 1)
        {
            CountSingleWord(bits, p, sizes, active);
        }
        else
        {
            CountMultiWord(bits, p, words, sizes, active);
        }
    }

    /// <summary>The period of a row from its date: q in the range, <paramref name="p"/> before it, p + 1 after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PeriodOf(LocalDate date, int first, ReadOnlySpan<int> periodOf, int p)
    {
        int offset = DateKey.SparseDay(date) - first;
        return (uint)offset < (uint)periodOf.Length ? periodOf[offset] : (offset < 0 ? p : p + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkPeriods(TransactionColumns transactions, int first, ReadOnlySpan<int> periodOf, int p, int words, Span<ulong> bits)
    {
        ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
        ReadOnlySpan<LocalDate> dates = transactions.Dates;
        int customers = transactions.CustomerCount;
        int calendars = 0;
        ref ulong state = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(bits);
        for (int i = 0; i < indexes.Length; i++)
        {
            int c = indexes[i];
            if ((uint)c >= (uint)customers)
            {
                Guard.ThrowElement("customerIndexes", i, c, RowChecks.CustomerIndexRule(customers));
            }

            if (i + CustomerBlocks.PrefetchRows < indexes.Length)
            {
                CustomerBlocks.Prefetch(ref state, (nuint)(uint)indexes[i + CustomerBlocks.PrefetchRows] * (uint)words);
            }

            LocalDate date = dates[i];
            calendars |= DateKey.CalendarBits(date);
            int period = PeriodOf(date, first, periodOf, p);
            bits[(c * words) + (period >> 6)] |= 1UL << period;
        }

        if (calendars != 0)
        {
            DateKey.ThrowFirstNonIso(dates, "dates");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountSingleWord(ReadOnlySpan<ulong> bits, int p, Span<long> sizes, Span<long> active)
    {
        ulong inRange = (1UL << p) - 1;   // p ≤ 62 here
        ulong before = 1UL << p;
        int wholeVectors = p & ~3;

        // Lane l of vector v tests period 4v + l; a hit compares to all ones (-1), so subtracting it counts one.
        Span<ulong> laneBits = stackalloc ulong[64];
        for (int period = 0; period < 64; period++)
        {
            laneBits[period] = 1UL << period;
        }

        ref long cells = ref MemoryMarshal.GetReference(active);
        ref ulong lanes = ref MemoryMarshal.GetReference(laneBits);
        foreach (ulong state in bits)
        {
            ulong m = state & inRange;
            if ((state & before) != 0 || m == 0)
            {
                continue;
            }

            int q = BitOperations.TrailingZeroCount(m);
            sizes[q]++;

            // row[period] is cell (q, period - q); periods below q have no bit, so adding their lanes adds 0 to cells
            // of cohort q - 1 (always inside the table: 0 ≤ q p - q and q p - q + p - 1 < p²).
            ref long row = ref Unsafe.Add(ref cells, (q * p) - q);
            var mask = Vector256.Create(m);
            int j = 0;   // from 0 rather than q: a fixed trip count the branch predictor learns
            for (; j < wholeVectors; j += 4)
            {
                Vector256<ulong> lane = Vector256.LoadUnsafe(ref lanes, (nuint)j);
                Vector256<long> hit = Vector256.Equals(mask & lane, lane).AsInt64();
                (Vector256.LoadUnsafe(ref row, (nuint)j) - hit).StoreUnsafe(ref row, (nuint)j);
            }

            for (; j < p; j++)
            {
                Unsafe.Add(ref row, j) += (long)((m >> j) & 1);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountMultiWord(ReadOnlySpan<ulong> bits, int p, int words, Span<long> sizes, Span<long> active)
    {
        for (int start = 0; start < bits.Length; start += words)
        {
            ReadOnlySpan<ulong> state = bits.Slice(start, words);
            if ((state[p >> 6] & (1UL << p)) != 0)
            {
                continue;   // bought before the range: acquired earlier
            }

            int q = -1;
            for (int w = 0; w < words; w++)
            {
                ulong m = state[w];
                while (m != 0)
                {
                    int period = (w << 6) + BitOperations.TrailingZeroCount(m);
                    m &= m - 1;
                    if (period >= p)
                    {
                        break;   // the before/after flags
                    }

                    if (q < 0)
                    {
                        q = period;
                        sizes[q]++;
                    }

                    active[(q * p) + period - q]++;
                }
            }
        }
    }
}
