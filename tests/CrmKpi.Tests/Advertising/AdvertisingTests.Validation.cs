using System;
using Xunit;

namespace CrmKpi.Tests;

public partial class AdvertisingTests
{
    [Fact]
    public void AdEffectivenessRatio_NaNSalesGrowth_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Advertising.AdEffectivenessRatio(0.1, double.NaN));
        Assert.Equal("salesGrowth", e.ParamName);
    }

    [Fact]
    public void SalesGrowthPerAdSpendGrowth_InfiniteSpendGrowth_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Advertising.SalesGrowthPerAdSpendGrowth(0.1, double.PositiveInfinity));
        Assert.Equal("adSpendGrowth", e.ParamName);
        Assert.Equal(double.PositiveInfinity, e.ActualValue);
    }

    [Fact]
    public void Ctr_MoreClicksThanImpressions_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Advertising.Ctr(11, 10));
        Assert.Equal("clicks", e.ParamName);
        Assert.Equal(11L, e.ActualValue);
    }

    [Fact]
    public void AdSuccessIndex_NegativeWeight_ThrowsNamingTheIndex()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Advertising.AdSuccessIndex([1, 2], [1, -1]));
        Assert.Equal("weights", e.ParamName);
        Assert.Equal(-1.0, e.ActualValue);
        Assert.Contains("weights[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cpm_NegativeImpressions_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Advertising.Cpm(10, -5));
        Assert.Equal("impressions", e.ParamName);
        Assert.Equal(-5L, e.ActualValue);
    }

    [Fact]
    public void AdEffectivenessRatio_NaNSpendGrowth_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Advertising.AdEffectivenessRatio(double.NaN, 0.1));
        Assert.Equal("adSpendGrowth", e.ParamName);
    }

    [Fact]
    public void SalesGrowthPerAdSpendGrowth_InfiniteSalesGrowth_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Advertising.SalesGrowthPerAdSpendGrowth(double.NegativeInfinity, 0.2));
        Assert.Equal("salesGrowth", e.ParamName);
    }

    [Fact]
    public void AdSuccessIndex_MismatchedLengths_ThrowsNamingWeights()
    {
        var e = Assert.Throws<ArgumentException>(() => Advertising.AdSuccessIndex([1, 2, 3], [1, 1]));
        Assert.Equal("weights", e.ParamName);
    }

    [Fact]
    public void AdSuccessIndex_NaNScore_ThrowsNamingTheIndex()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Advertising.AdSuccessIndex([1, double.NaN], [1, 1]));
        Assert.Equal("scores", e.ParamName);
        Assert.Contains("scores[1]", e.Message, StringComparison.Ordinal);
        Assert.Contains("must be finite", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdSuccessIndex_InfiniteWeight_SaysWhatAWeightMustBe()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Advertising.AdSuccessIndex([1, 2], [1, double.PositiveInfinity]));
        Assert.Contains("must be finite and not negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RevenueByChannel_DestinationOverlappingRevenue_Throws()
    {
        double[] buffer = [10, 5, 20, 0];
        var e = Assert.Throws<ArgumentException>(() => Advertising.RevenueByChannel([0, 1, 0], buffer.AsSpan(0, 3), buffer.AsSpan(2, 2)));
        Assert.Equal("destination", e.ParamName);
    }
}
