using System;
using System.Linq;
using CrmKpi.Internal;
using Xunit;

namespace CrmKpi.Tests;

// OrderStatistics (the quantile edges of RFM scoring) against the oracle a reader trusts: sort a copy, read the ranks.
// The cases are built so that every branch of the selections is taken: several wanted ranks in one radix bucket, regions
// whose top 48 bits agree (the fourth radix level), negative values and infinities (the sign flip of the radix key),
// a range above 1,024 elements (the ninther pivot), a run of equal values (a partition with nothing above the pivot), and
// every rank of a permutation (each partition boundary is asked for).
public class OrderStatisticsTests
{
    private static double[] Sorted(double[] values)
    {
        double[] copy = (double[])values.Clone();
        Array.Sort(copy);
        return copy;
    }

    private static double[] Shuffled(double[] values, int seed)
    {
        double[] copy = (double[])values.Clone();
        new Random(seed).Shuffle(copy);
        return copy;
    }

    private static double[] Radix(double[] values, int[] ranks)
    {
        double[] data = (double[])values.Clone();
        double[] results = new double[ranks.Length];
        OrderStatistics.RadixSelect(data, ranks, results, new double[values.Length], new int[65_536]);
        return results;
    }

    private static T[] Quick<T>(T[] values, int[] ranks)
        where T : struct, System.Numerics.IComparisonOperators<T, T, bool>
    {
        T[] data = (T[])values.Clone();
        T[] results = new T[ranks.Length];
        OrderStatistics.SelectInPlace<T>(data, ranks, results);
        return results;
    }

    public static TheoryData<string> RadixCases => new() { "signs-and-infinities", "within-ulps-of-one", "ranks-sharing-buckets", "every-rank" };

    private static double[] RadixData(string name) => name switch
    {
        // Mixed signs: the key flips every bit of a negative, only the sign bit of a positive.
        "signs-and-infinities" => Shuffled(
            Enumerable.Range(-150, 301).Select(i => i * 0.37).Concat([double.NegativeInfinity, double.PositiveInfinity, -1e300, 1e-300, -0.5, -0.25]).ToArray(), 11),
        // 100 doubles that agree in their top 48 bits: only the fourth level (shift 0) tells them apart.
        "within-ulps-of-one" => Shuffled(Enumerable.Range(0, 100).Select(k => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(1.0) + k)).ToArray(), 12),
        // Few distinct top digits, many values: several wanted ranks fall in one bucket, and there are several buckets.
        "ranks-sharing-buckets" => Shuffled(Enumerable.Range(0, 500).Select(i => (double)(i % 5) + (i / 5) * 1e-9).ToArray(), 13),
        "every-rank" => Shuffled(Enumerable.Range(0, 200).Select(i => (double)i * i - 10_000).ToArray(), 14),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static int[] RadixRanks(string name, int n) => name == "every-rank" || name == "within-ulps-of-one"
        ? Enumerable.Range(0, n).ToArray()
        : [0, 1, 2, n / 4, n / 4 + 1, n / 2, n / 2, n - 3, n - 2, n - 1];

    [Theory]
    [MemberData(nameof(RadixCases))]
    public void RadixSelect_MatchesTheSortedCopy(string name)
    {
        double[] values = RadixData(name);
        int[] ranks = RadixRanks(name, values.Length);
        double[] sorted = Sorted(values);
        Assert.Equal(ranks.Select(r => sorted[r]).ToArray(), Radix(values, ranks));
    }

    public static TheoryData<string> QuickCases => new() { "permutation-above-ninther", "equal-run", "equal-run-long", "two-values", "small" };

    private static double[] QuickData(string name) => name switch
    {
        "permutation-above-ninther" => Shuffled(Enumerable.Range(0, 3_000).Select(i => (double)i).ToArray(), 21),
        "equal-run" => Enumerable.Repeat(7.5, 30).ToArray(),
        "equal-run-long" => Enumerable.Repeat(-2.0, 2_000).ToArray(),
        "two-values" => Shuffled(Enumerable.Range(0, 400).Select(i => i % 3 == 0 ? 1.0 : 2.0).ToArray(), 22),
        "small" => [5, 3, 9, 1, 7],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(QuickCases))]
    public void SelectInPlace_EveryRank_MatchesTheSortedCopy(string name)
    {
        double[] values = QuickData(name);
        int[] ranks = Enumerable.Range(0, values.Length).ToArray();
        double[] sorted = Sorted(values);
        Assert.Equal(sorted, Quick(values, ranks));
    }

    [Fact]
    public void SelectInPlace_RepeatedRanksOfIntegers_MatchTheSortedCopy()
    {
        int[] values = new int[1_500];
        var random = new Random(31);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(-1_000, 1_000);
        }

        int[] ranks = [0, 0, 1, 374, 374, 375, 749, 750, 1_124, 1_498, 1_499, 1_499];
        int[] sorted = (int[])values.Clone();
        Array.Sort(sorted);
        Assert.Equal(ranks.Select(r => sorted[r]).ToArray(), Quick(values, ranks));
    }

    [Fact]
    public void SelectFromCounts_MatchesTheExpandedSortedValues()
    {
        int[] counts = [0, 3, 0, 0, 2, 1, 0, 4];
        int[] expanded = counts.SelectMany((c, v) => Enumerable.Repeat(v, c)).ToArray();   // already ascending
        int[] ranks = Enumerable.Range(0, expanded.Length).ToArray();
        int[] results = new int[ranks.Length];
        OrderStatistics.SelectFromCounts(counts, ranks, results);
        Assert.Equal(expanded, results);
    }
}
