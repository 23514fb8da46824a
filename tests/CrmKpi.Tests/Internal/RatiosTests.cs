using System;
using CrmKpi.Internal;
using Xunit;

namespace CrmKpi.Tests;

// Each check of the shared ratios alone: every other argument valid, so only the check named can throw.
public class RatiosTests
{
    [Theory]
    [InlineData("share-negative-part", "part")]
    [InlineData("share-negative-whole", "whole")]
    [InlineData("share-part-above-whole", "part")]
    [InlineData("nested-negative-part", "part")]
    [InlineData("nested-negative-inner", "inner")]
    [InlineData("nested-negative-outer", "outer")]
    [InlineData("nested-part-above-inner", "part")]
    [InlineData("nested-inner-above-outer", "inner")]
    [InlineData("amounts-nan-numerator", "numerator")]
    [InlineData("amounts-negative-denominator", "denominator")]
    [InlineData("per-count-nan-amount", "amount")]
    [InlineData("per-count-infinite-amount", "amount")]
    [InlineData("per-count-negative-count", "count")]
    public void RejectedInput_ThrowsNamingIt(string name, string param)
    {
        Action call = name switch
        {
            "share-negative-part" => () => Ratios.Share(-1, 5, "part", "whole"),
            "share-negative-whole" => () => Ratios.Share(0, -1, "part", "whole"),
            "share-part-above-whole" => () => Ratios.Share(6, 5, "part", "whole"),
            "nested-negative-part" => () => Ratios.NestedShare(-1, 5, 9, false, "part", "inner", "outer"),
            "nested-negative-inner" => () => Ratios.NestedShare(0, -1, 9, true, "part", "inner", "outer"),
            "nested-negative-outer" => () => Ratios.NestedShare(0, 0, -1, true, "part", "inner", "outer"),
            "nested-part-above-inner" => () => Ratios.NestedShare(6, 5, 9, true, "part", "inner", "outer"),
            "nested-inner-above-outer" => () => Ratios.NestedShare(1, 10, 9, false, "part", "inner", "outer"),
            "amounts-nan-numerator" => () => Ratios.OfAmounts(double.NaN, 2, "numerator", "denominator"),
            "amounts-negative-denominator" => () => Ratios.OfAmounts(1, -2, "numerator", "denominator"),
            "per-count-nan-amount" => () => Ratios.PerCount(double.NaN, 3, "amount", "count"),
            "per-count-infinite-amount" => () => Ratios.PerCount(double.PositiveInfinity, 3, "amount", "count"),
            "per-count-negative-count" => () => Ratios.PerCount(1, -3, "amount", "count"),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        Assert.Equal(param, Assert.Throws<ArgumentOutOfRangeException>(call).ParamName);
    }

    [Fact]
    public void ValidInput_Divides()
    {
        Assert.Equal(0.25, Ratios.Share(1, 4, "part", "whole"));
        Assert.Equal(0.5, Ratios.NestedShare(2, 4, 8, false, "part", "inner", "outer"));
        Assert.Equal(0.25, Ratios.NestedShare(2, 4, 8, true, "part", "inner", "outer"));
        Assert.Equal(1.5, Ratios.OfAmounts(3, 2, "numerator", "denominator"));
        Assert.Equal(2.5, Ratios.PerCount(5, 2, "amount", "count"));
    }
}
