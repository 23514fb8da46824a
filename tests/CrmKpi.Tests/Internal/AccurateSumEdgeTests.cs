using System;
using System.Linq;
using CrmKpi.Internal;
using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

// AccurateSum where the ordinary tests do not reach: infinities and NaN, overflow of the running sum with a tiny remainder, the
// order of the scalar accumulator's error terms, the error-free TwoSum, and the OR fold of the integer sum.
public class AccurateSumEdgeTests
{
    public static TheoryData<string> Specials => new() { "plus-infinity", "minus-infinity", "both-infinities", "two-plus-one-minus", "one-plus-two-minus", "nan-and-infinity", "overflowing-then-back", "overflowing", "tiny-beside-overflow" };

    [Theory]
    [MemberData(nameof(Specials))]
    public void Sum_SpecialValues_FollowIeeeAndRecoverFromOverflow(string name)
    {
        (double[] values, double expected) = name switch
        {
            "plus-infinity" => (new double[] { 1.0, double.PositiveInfinity, 2.0 }, double.PositiveInfinity),
            "minus-infinity" => (new double[] { 1.0, double.NegativeInfinity, 2.0 }, double.NegativeInfinity),
            "both-infinities" => (new double[] { double.PositiveInfinity, 1.0, double.NegativeInfinity }, double.NaN),
            "two-plus-one-minus" => (new double[] { double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity }, double.NaN),
            "one-plus-two-minus" => (new double[] { double.NegativeInfinity, double.PositiveInfinity, double.NegativeInfinity }, double.NaN),
            "nan-and-infinity" => (new double[] { double.NaN, double.PositiveInfinity }, double.NaN),
            "overflowing-then-back" => (new double[] { 1e308, 1e308, -1e308 }, 1e308),   // the running sum overflows; the exact sum does not
            "overflowing" => (new double[] { 1e308, 1e308 }, double.PositiveInfinity),
            "tiny-beside-overflow" => (new double[] { 1e308, 1e308, -1e308, -1e308, 1e-200 }, 1e-200),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        Assert.Equal(expected, AccurateSum.Sum(values));
    }

    [Fact]
    public void Sum_SmallValueBeforeAndAfterALargeOne_KeepsBoth()
    {
        // 1 + 1e16 + 1 = 1e16 + 2 exactly (even, representable); each 1 alone rounds away in a plain sum.
        Assert.Equal(1e16 + 2, AccurateSum.Sum([1.0, 1e16, 1.0]));
        Assert.Equal(1e16 + 2, AccurateSum.Sum([1.0, 1.0, 1e16]));
    }

    [Fact]
    public void TwoSum_Scalar_KeepsWhatTheRoundedSumDrops()
    {
        double sum = 0, compensation = 0;
        AccurateSum.TwoSum(ref sum, ref compensation, 1e16);
        for (int i = 0; i < 1000; i++)
        {
            AccurateSum.TwoSum(ref sum, ref compensation, 1.0);
        }

        Assert.Equal(1e16, sum);              // each 1 rounds away from the running sum ...
        Assert.Equal(1000.0, compensation);   // ... and is kept exactly in the compensation
        Assert.Equal(1e16 + 1000, sum + compensation);
    }

    public static TheoryData<string> OrPatterns => new() { "same-lane-two-blocks", "two-lanes-one-block", "two-in-the-tail", "one-negative", "none" };

    [Theory]
    [MemberData(nameof(OrPatterns))]
    public void SumOfInts_BitwiseOr_IsTheOrOfEveryValue(string name)
    {
        var random = new Random(9);
        int[] values = Enumerable.Range(0, name == "two-in-the-tail" ? 7 : 64).Select(_ => random.Next(0, 1_000)).ToArray();
        int[] negativeAt = name switch
        {
            "same-lane-two-blocks" => [0, 16],
            "two-lanes-one-block" => [0, 1],
            "two-in-the-tail" => [3, 5],
            "one-negative" => [33],
            _ => [],
        };
        foreach (int i in negativeAt)
        {
            values[i] = -1 - values[i];
        }

        long sum = AccurateSum.Sum(values, out int or);
        Assert.Equal(values.Sum(v => (long)v), sum);
        Assert.Equal(values.Aggregate(0, (a, v) => a | v), or);
        Assert.Equal(negativeAt.Length > 0, or < 0);
    }
}
