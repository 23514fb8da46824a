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
}
