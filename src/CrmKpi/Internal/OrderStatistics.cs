using System;
using System.Numerics;

namespace CrmKpi.Internal;

/// <summary>
/// Order statistics without a full sort: the values at several ranks of a column, by a multi-target
/// quickselect (expected O(n log t) for t ranks) or, for small non-negative integers, by a count table
/// (O(n + max)).
/// </summary>
internal static class OrderStatistics
{
    private const int SmallRange = 24;

    /// <summary>
    /// Writes to <paramref name="results"/>[i] the value of rank <paramref name="positions"/>[i] (0-based, ascending,
    /// repeats allowed) of <paramref name="data"/>, which it reorders.
    /// </summary>
    public static void SelectInPlace<T>(Span<T> data, ReadOnlySpan<int> positions, Span<T> results)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        Select(data, 0, positions, results);
    }

    /// <summary>
    /// Writes to <paramref name="results"/>[i] the value of rank <paramref name="positions"/>[i] (0-based, ascending,
    /// repeats allowed) of <paramref name="data"/> (finite or infinite, no NaN) by most-significant-digit radix
    /// selection on the order-preserving 64-bit key of each double, 16 bits a level: one counting pass over the
    /// data, one pass that gathers only the elements of the buckets holding a wanted rank, then the same on
    /// those (far fewer) elements. O(n) for any data, at most four levels. Both spans are overwritten;
    /// <paramref name="histogram"/> needs 65,536 entries.
    /// </summary>
    public static void RadixSelect(Span<double> data, ReadOnlySpan<int> positions, Span<double> results, Span<double> spare, Span<int> histogram)
    {
        RadixLevel(data, positions, results, spare, histogram, 48);
    }

    private static void RadixLevel(Span<double> data, ReadOnlySpan<int> positions, Span<double> results, Span<double> spare, Span<int> histogram, int shift)
    {
        if (shift < 0)
        {
            results.Fill(data[0]);   // every key of the region is equal, so every value is
            return;
        }

        if (data.Length <= 64)
        {
            data.Sort();
            for (int i = 0; i < positions.Length; i++)
            {
                results[i] = data[positions[i]];
            }

            return;
        }

        histogram.Clear();
        foreach (double x in data)
        {
            histogram[Digit(x, shift)]++;
        }

        // Bucket and rank-in-bucket of every wanted rank; regions of spare for the distinct buckets.
        Span<int> bucketOf = stackalloc int[positions.Length];
        Span<int> rankIn = stackalloc int[positions.Length];
        Span<int> regionStart = stackalloc int[positions.Length];
        Span<int> regionSize = stackalloc int[positions.Length];
        Span<int> fill = stackalloc int[positions.Length];
        int regions = 0, bucket = 0, seen = 0, next = 0;
        for (int i = 0; i < positions.Length; i++)
        {
            while (seen + histogram[bucket] <= positions[i])
            {
                seen += histogram[bucket];
                bucket++;
            }

            bucketOf[i] = bucket;
            rankIn[i] = positions[i] - seen;
        }

        for (int i = 0; i < positions.Length; i++)
        {
            if (i == 0 || bucketOf[i - 1] != bucketOf[i])
            {
                regionStart[regions] = next;
                regionSize[regions] = histogram[bucketOf[i]];
                next += regionSize[regions];
                histogram[bucketOf[i]] = -(regions + 1);   // marks the bucket for the gather
                regions++;
            }
        }

        fill[..regions].Clear();
        foreach (double x in data)
        {
            int mark = histogram[Digit(x, shift)];
            if (mark < 0)
            {
                int r = -mark - 1;
                spare[regionStart[r] + fill[r]++] = x;
            }
        }

        int first = 0;
        for (int r = 0; r < regions; r++)
        {
            int last = first;
            while (last < positions.Length && (last == first || bucketOf[last] == bucketOf[first]))
            {
                last++;
            }

            Span<double> region = spare.Slice(regionStart[r], regionSize[r]);
            RadixLevel(region, rankIn[first..last], results[first..last], data.Slice(regionStart[r], regionSize[r]), histogram, shift - 16);
            first = last;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Digit(double x, int shift)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        ulong key = (ulong)bits ^ ((ulong)(bits >> 63) | 0x8000_0000_0000_0000UL);   // orders like the doubles
        return (int)((key >> shift) & 0xFFFF);
    }

    /// <summary>
    /// Writes to <paramref name="results"/>[i] the value of rank <paramref name="positions"/>[i] (0-based, ascending)
    /// of the values whose counts are in <paramref name="counts"/> (value v occurs counts[v] times).
    /// </summary>
    public static void SelectFromCounts(ReadOnlySpan<int> counts, ReadOnlySpan<int> positions, Span<int> results)
    {
        long seen = 0;
        int v = 0;
        for (int i = 0; i < positions.Length; i++)
        {
            while (seen + counts[v] <= positions[i])
            {
                seen += counts[v];
                v++;
            }

            results[i] = v;
        }
    }

    private static void Select<T>(Span<T> a, int offset, ReadOnlySpan<int> positions, Span<T> results)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        while (positions.Length > 0)
        {
            if (a.Length <= SmallRange)
            {
                InsertionSort(a);
                for (int i = 0; i < positions.Length; i++)
                {
                    results[i] = a[positions[i] - offset];
                }

                return;
            }

            T pivot = MedianOfThree(a[0], a[a.Length >> 1], a[^1]);
            if (a.Length > 1024)
            {
                int step = a.Length >> 3;
                pivot = MedianOfThree(
                    MedianOfThree(a[step], a[2 * step], a[3 * step]),
                    pivot,
                    MedianOfThree(a[5 * step], a[6 * step], a[7 * step]));
            }

            // Dijkstra's three-way partition: [0, lt) < pivot, [lt, gt) == pivot, [gt, n) > pivot.
            int lt = 0, scan = 0, gt = a.Length;
            while (scan < gt)
            {
                T x = a[scan];
                if (x < pivot)
                {
                    a[scan] = a[lt];
                    a[lt] = x;
                    lt++;
                    scan++;
                }
                else if (x > pivot)
                {
                    gt--;
                    a[scan] = a[gt];
                    a[gt] = x;
                }
                else
                {
                    scan++;
                }
            }

            int lowEnd = 0;
            while (lowEnd < positions.Length && positions[lowEnd] < offset + lt)
            {
                lowEnd++;
            }

            int midEnd = lowEnd;
            while (midEnd < positions.Length && positions[midEnd] < offset + gt)
            {
                results[midEnd] = pivot;
                midEnd++;
            }

            if (lowEnd > 0)
            {
                Select(a[..lt], offset, positions[..lowEnd], results[..lowEnd]);
            }

            a = a[gt..];
            offset += gt;
            positions = positions[midEnd..];
            results = results[midEnd..];
        }
    }

    private static T MedianOfThree<T>(T x, T y, T z)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        if (x > y)
        {
            (x, y) = (y, x);
        }

        if (y > z)
        {
            y = z;
        }

        return x > y ? x : y;
    }

    private static void InsertionSort<T>(Span<T> a)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        for (int i = 1; i < a.Length; i++)
        {
            T x = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > x)
            {
                a[j + 1] = a[j];
                j--;
            }

            a[j + 1] = x;
        }
    }
}
