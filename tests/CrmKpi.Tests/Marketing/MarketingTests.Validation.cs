using System;
using System.Linq;
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

    [Fact]
    public void CampaignRoi_NegativeRevenue_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Marketing.CampaignRoi(-5, 10));
        Assert.Equal("attributableRevenue", e.ParamName);
        Assert.Equal(-5.0, e.ActualValue);
    }

    [Fact]
    public void AverageInteractionCost_DestinationOverlapsCosts_Throws()
    {
        double[] buffer = [1, 2, 3];
        var e = Assert.Throws<ArgumentException>(() => Marketing.AverageInteractionCost([0, 0, 0], buffer, buffer));
        Assert.Equal("destination", e.ParamName);
    }

    // More channels than the smallest pooled scratch array holds (16): each of 40 channels gets its own average (hand: channel c has
    // one interaction costing c, so averages c).
    [Fact]
    public void AverageInteractionCost_ManyChannels_EachChannelItsOwn()
    {
        int[] channels = [.. Enumerable.Range(0, 40)];
        double[] costs = [.. Enumerable.Range(0, 40).Select(c => (double)c)];
        double[] result = new double[40];
        Marketing.AverageInteractionCost(channels, costs, result);
        Assert.Equal(costs, result);
    }
}
