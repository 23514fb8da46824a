using System;
using Xunit;

namespace CrmKpi.Tests;

public partial class MarketingTests
{
    [Fact]
    public void ResponseRate_MoreRespondersThanContacted_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Marketing.ResponseRate(11, 10));
        Assert.Equal("responders", e.ParamName);
        Assert.Equal(11L, e.ActualValue);
    }

    [Fact]
    public void CampaignRoi_NegativeCost_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Marketing.CampaignRoi(10, -1));
        Assert.Equal("campaignCost", e.ParamName);
        Assert.Equal(-1.0, e.ActualValue);
    }

    [Fact]
    public void PromotionCostControlRate_InfinitePlan_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Marketing.PromotionCostControlRate(1, double.PositiveInfinity));
        Assert.Equal("plannedSpend", e.ParamName);
    }

    [Fact]
    public void AverageInteractionCost_NegativeCost_ThrowsNamingTheRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Marketing.AverageInteractionCost([0, 0], [1, -2], new double[1]));
        Assert.Equal("costs", e.ParamName);
        Assert.Equal(-2.0, e.ActualValue);
        Assert.Contains("costs[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AverageInteractionCost_ColumnsOfDifferentLength_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => Marketing.AverageInteractionCost([0, 0], [1.0], new double[1]));
        Assert.Equal("costs", e.ParamName);
    }
}
