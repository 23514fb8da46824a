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
