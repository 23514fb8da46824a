using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NodaTime;

namespace CrmKpi.Internal;

/// <summary>
/// Totals of the rows of a transaction log that fall inside a window: rows, distinct customers and
/// amount (compensated sum). One pass over the columns; the distinct customers are marked
/// in a bit set of CustomerCount bits rented from the shared array pool, so repeated calls allocate
/// nothing; a log with more than 64 customers per row counts them by sorting the window's indexes
/// instead (<see cref="SparseFactor"/>), so memory never grows with a huge customer count.
/// </summary>
internal readonly record struct WindowTotals(long Rows, long DistinctCustomers, double Amount)
{
    /// <summary>Computes the totals; validates every row's customer index, amount and calendar (ISO).</summary>
    public static WindowTotals Compute(TransactionColumns transactions, DateInterval window, [CallerArgumentExpression(nameof(window))] string windowName = "")
    {
        ArgumentNullException.ThrowIfNull(window, windowName);
        DateKey.RequireIso(window.Start, windowName);
        int customerCount = transactions.CustomerCount;
        if (customerCount > SparseFactor * (long)transactions.CustomerIndexes.Length)
        {
            return ComputeSparse(transactions, window);
        }

        int words = (int)(((long)customerCount + 63) >> 6);
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

            double s0 = 0, c0 = 0, s1 = 0, c1 = 0;
            ulong rows = 0;
            int keys = 0;
            bool nonFinite = false;
            int i = 0;
            if (Vector256.IsHardwareAccelerated && DateKey.LayoutVerified)
            {
                i = VectorPass(indexes, dates, amounts, customerCount, start, span, seen, ref s0, ref c0, ref s1, ref c1, ref rows, ref keys, ref nonFinite);
            }

            // The rest (all of it where the vector path does not apply): two rows a step, each into
            // its own TwoSum accumulator, all state in locals and no branch on the data.
            for (; i <= indexes.Length - 2; i += 2)
            {
                double x0 = Inside(indexes[i], dates[i], amounts[i], i, customerCount, start, span, seen, ref rows, ref keys, ref nonFinite);
                double x1 = Inside(indexes[i + 1], dates[i + 1], amounts[i + 1], i + 1, customerCount, start, span, seen, ref rows, ref keys, ref nonFinite);
                AccurateSum.TwoSum(ref s0, ref c0, x0);
                AccurateSum.TwoSum(ref s1, ref c1, x1);
            }

            CompensatedAccumulator total = default;
            if (i < indexes.Length)
            {
                total.Add(Inside(indexes[i], dates[i], amounts[i], i, customerCount, start, span, seen, ref rows, ref keys, ref nonFinite));
            }

            total.AddPair(s0, c0);
            total.AddPair(s1, c1);

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
    /// The bit set is used when it is at most this many bits per row (8 bytes per row); for more customers
    /// than that the distinct customers are counted by sorting the window's rows' indexes instead, so the
    /// memory follows the rows, never a huge customer count.
    /// </summary>
    internal const long SparseFactor = 64;

    /// <summary>The totals for a log with far more customers than rows: rents one int per row, sorts, counts runs.</summary>
    private static WindowTotals ComputeSparse(TransactionColumns transactions, DateInterval window)
    {
        int start = DateKey.Sortable(window.Start);
        uint span = (uint)(DateKey.Sortable(window.End) - start);
        ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
        ReadOnlySpan<LocalDate> dates = transactions.Dates;
        ReadOnlySpan<double> amounts = transactions.Amounts;
        int customerCount = transactions.CustomerCount;
        int[] rented = ArrayPool<int>.Shared.Rent(Math.Max(indexes.Length, 1));
        try
        {
            CompensatedAccumulator total = default;
            int rows = 0, keys = 0;
            bool nonFinite = false;
            for (int i = 0; i < indexes.Length; i++)
            {
                if ((uint)indexes[i] >= (uint)customerCount)
                {
                    ThrowCustomerIndex(i, indexes[i], customerCount);
                }

                int key = DateKey.Sortable(dates[i]);
                keys |= key;
                nonFinite |= !double.IsFinite(amounts[i]);
                if ((uint)(key - start) <= span)
                {
                    rented[rows++] = indexes[i];
                    total.Add(amounts[i]);
                }
            }

            if ((keys & DateKey.CalendarMask) != 0)
            {
                DateKey.ThrowFirstNonIso(dates, "dates");
            }

            if (nonFinite)
            {
                RowChecks.ThrowFirstNonFinite(amounts, "amounts");
            }

            Span<int> inside = rented.AsSpan(0, rows);
            inside.Sort();
            long distinct = 0;
            for (int i = 0; i < inside.Length; i++)
            {
                distinct += i == 0 || inside[i] != inside[i - 1] ? 1 : 0;
            }

            return new WindowTotals(rows, distinct, total.Value);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Eight rows a step: the date test, the masked amounts, their compensated sums and the validity
    /// folds in Vector256 lanes; only the marking of each row's customer in the bit set is scalar
    /// (and branch-free). Returns the index of the first row it did not process.
    /// </summary>
    private static int VectorPass(
        ReadOnlySpan<int> indexes, ReadOnlySpan<LocalDate> dates, ReadOnlySpan<double> amounts, int customerCount, int start, uint span, Span<ulong> seen,
        ref double sum0, ref double compensation0, ref double sum1, ref double compensation1, ref ulong rows, ref int keys, ref bool nonFinite)
    {
        ref int index0 = ref MemoryMarshal.GetReference(indexes);
        ref int key0 = ref Unsafe.As<LocalDate, int>(ref MemoryMarshal.GetReference(dates));
        ref double amount0 = ref MemoryMarshal.GetReference(amounts);
        ref ulong seen0 = ref MemoryMarshal.GetReference(seen);
        Vector256<double> s0 = Vector256<double>.Zero, c0 = s0, s1 = s0, c1 = s0;
        Vector256<int> keyFold = Vector256<int>.Zero;
        Vector256<ulong> finiteFold = Vector256<ulong>.Zero;
        Vector256<int> startV = Vector256.Create(start);
        Vector256<uint> spanV = Vector256.Create(span);
        ulong count = 0;
        int i = 0;
        for (; i <= indexes.Length - 8; i += 8)
        {
            Vector256<int> key = Vector256.LoadUnsafe(ref key0, (nuint)i);
            Vector256<int> customer = Vector256.LoadUnsafe(ref index0, (nuint)i);
            keyFold |= key;
            Vector256<int> inside = Vector256.LessThanOrEqual((key - startV).AsUInt32(), spanV).AsInt32();
            (Vector256<long> insideLow, Vector256<long> insideHigh) = Vector256.Widen(inside);
            Vector256<double> a0 = Vector256.LoadUnsafe(ref amount0, (nuint)i);
            Vector256<double> a1 = Vector256.LoadUnsafe(ref amount0, (nuint)(i + 4));
            finiteFold |= (a0 - a0).AsUInt64() | (a1 - a1).AsUInt64();   // 0 for finite amounts, NaN bits otherwise
            AccurateSum.TwoSum(ref s0, ref c0, a0 & insideLow.AsDouble());
            AccurateSum.TwoSum(ref s1, ref c1, a1 & insideHigh.AsDouble());

            uint bits = inside.ExtractMostSignificantBits();
            count += (uint)BitOperations.PopCount(bits);
            if (Vector256.GreaterThanOrEqualAny(customer.AsUInt32(), Vector256.Create((uint)customerCount)))
            {
                ThrowFirstBadIndex(indexes.Slice(i, 8), i, customerCount);
            }

            for (int j = 0; j < 8; j++)
            {
                int c = Unsafe.Add(ref index0, i + j);
                Unsafe.Add(ref seen0, c >> 6) |= (ulong)((bits >> j) & 1) << c;
            }
        }

        CompensatedAccumulator lanes = default;
        lanes.AddLanes(s0, c0);
        lanes.AddLanes(s1, c1);
        AccurateSum.TwoSum(ref sum0, ref compensation0, lanes.Value);
        rows += count;
        for (int lane = 0; lane < 8; lane++)
        {
            keys |= keyFold.GetElement(lane);
        }

        nonFinite |= finiteFold != Vector256<ulong>.Zero;
        return i;
    }

    private static void ThrowFirstBadIndex(ReadOnlySpan<int> block, int offset, int customerCount)
    {
        for (int j = 0; j < block.Length; j++)
        {
            if ((uint)block[j] >= (uint)customerCount)
            {
                ThrowCustomerIndex(offset + j, block[j], customerCount);
            }
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
