using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using NodaTime;

namespace CrmKpi.Internal;

/// <summary>
/// Totals of the rows of a transaction log that fall inside a window: rows, distinct customers and
/// amount (compensated sum). One pass over the columns; the distinct customers are marked
/// in a bit set of CustomerCount bits rented from the shared array pool, so repeated calls allocate
/// nothing.
/// </summary>
internal readonly record struct WindowTotals(long Rows, long DistinctCustomers, double Amount)
{
    /// <summary>Computes the totals; validates every row's customer index, amount and calendar (ISO).</summary>
    public static WindowTotals Compute(TransactionColumns transactions, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        DateKey.RequireIso(window.Start, nameof(window));
        int customerCount = transactions.CustomerCount;
        int words = (customerCount + 63) >> 6;
        ulong[] rented = ArrayPool<ulong>.Shared.Rent(Math.Max(words, 1));
        try
        {
            Span<ulong> seen = rented.AsSpan(0, words);
            seen.Clear();
            int start = DateKey.Sortable(window.Start);
            uint span = (uint)(DateKey.Sortable(window.End) - start);
            ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
            ReadOnlySpan<LocalDate> dates = transactions.Dates;
            ReadOnlySpan<double> amounts = transactions.Amounts;

            // Two rows a step, each into its own TwoSum accumulator, all state in locals: no branch
            // depends on the data, so the loop neither mispredicts nor waits on one chain of additions.
            double s0 = 0, c0 = 0, s1 = 0, c1 = 0;
            ulong rows = 0;
            int keys = 0;
            bool nonFinite = false;
            int i = 0;
            for (; i <= indexes.Length - 2; i += 2)
            {
                double x0 = Inside(indexes[i], dates[i], amounts[i], i, customerCount, start, span, seen, ref rows, ref keys, ref nonFinite);
                double x1 = Inside(indexes[i + 1], dates[i + 1], amounts[i + 1], i + 1, customerCount, start, span, seen, ref rows, ref keys, ref nonFinite);
                double t0 = s0 + x0, z0 = t0 - s0;
                double t1 = s1 + x1, z1 = t1 - s1;
                c0 += (s0 - (t0 - z0)) + (x0 - z0);
                c1 += (s1 - (t1 - z1)) + (x1 - z1);
                s0 = t0;
                s1 = t1;
            }

            CompensatedAccumulator total = default;
            if (i < indexes.Length)
            {
                total.Add(Inside(indexes[i], dates[i], amounts[i], i, customerCount, start, span, seen, ref rows, ref keys, ref nonFinite));
            }

            total.Add(s0);
            total.Add(s1);
            total.Add(c0);
            total.Add(c1);

            if ((keys & DateKey.CalendarMask) != 0)
            {
                DateKey.ThrowFirstNonIso(dates, "dates");
            }

            if (nonFinite)
            {
                RowChecks.ThrowFirstNonFinite(amounts, "amounts");
            }

            long distinct = 0;
            foreach (ulong word in seen)
            {
                distinct += BitOperations.PopCount(word);
            }

            return new WindowTotals((long)rows, distinct, total.Value);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// One row: validates it, folds its date key and finiteness, marks its customer and counts it
    /// when it is inside the window, and returns its amount inside the window or 0 outside.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Inside(int customer, LocalDate date, double amount, int row, int customerCount, int start, uint span, Span<ulong> seen, ref ulong rows, ref int keys, ref bool nonFinite)
    {
        if ((uint)customer >= (uint)customerCount)
        {
            ThrowCustomerIndex(row, customer, customerCount);
        }

        int key = DateKey.Sortable(date);
        keys |= key;
        nonFinite |= !double.IsFinite(amount);

        // inside = 1 when start <= key <= end, else 0, without a branch.
        ulong inside = (ulong)(((long)span - (uint)(key - start)) >> 63) + 1;
        rows += inside;
        seen[customer >> 6] |= inside << customer;
        return BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(amount) & -(long)inside);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowCustomerIndex(int row, int customer, int customerCount) =>
        Guard.ThrowElement("customerIndexes", row, customer, RowChecks.CustomerIndexRule(customerCount));
}
