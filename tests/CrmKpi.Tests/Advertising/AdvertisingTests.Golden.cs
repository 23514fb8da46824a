using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Golden values. A value with a source in its comment or name is that source's worked example, as the catalog
/// (docs/catalog/METRICS.md) quotes it: 000-004 are the catalog's Chinese CRM guides. Every other value is a hand calculation:
/// inputs chosen for the test and the result worked out by hand from the catalog's formula (the comment shows the arithmetic).
/// </summary>
public partial class AdvertisingTests
{
    // Formula of 004 (which gives no numbers); hand calculation: ad spend +20%, sales +10%: 0.2 / 0.1 = 2; the inverse reading 0.1 / 0.2 = 0.5.
    [Fact]
    public void AdEffectivenessRatio_SourceReadingAndInverse()
    {
        Approx.Equal(2, Advertising.AdEffectivenessRatio(0.2, 0.1), Tolerances.FewUlpsRelative);
        Approx.Equal(0.5, Advertising.SalesGrowthPerAdSpendGrowth(0.1, 0.2), Tolerances.FewUlpsRelative);
        Assert.Equal(double.PositiveInfinity, Advertising.AdEffectivenessRatio(0.2, 0));
    }

    [Fact]
    public void AdCostControl_46kOf40k_Is115() => Approx.Equal(1.15, Advertising.AdCostControl(46_000, 40_000), Tolerances.FewUlpsRelative);

    // 8 x 0.3 + 6 x 0.2 + 7 x 0.2 + 9 x 0.15 + 5 x 0.15 = 2.4 + 1.2 + 1.4 + 1.35 + 0.75 = 7.1 (weights sum to 1).
    [Fact]
    public void AdSuccessIndex_FiveDimensions_MatchesHandComputation()
    {
        Approx.Equal(7.1, Advertising.AdSuccessIndex([8, 6, 7, 9, 5], [0.3, 0.2, 0.2, 0.15, 0.15]), Tolerances.FewUlpsRelative);
        Approx.Equal(7.1, Advertising.AdSuccessIndex([8, 6, 7, 9, 5], [30, 20, 20, 15, 15]), Tolerances.FewUlpsRelative);
        Assert.True(double.IsNaN(Advertising.AdSuccessIndex([8], [0])));
    }

    [Fact]
    public void AdAwareness_340Of1000_Is034() => Assert.Equal(0.34, Advertising.AdAwareness(340, 1_000));

    // 10,000 impressions, 150 clicks, 6 conversions, spend 300, revenue 1,200.
    [Fact]
    public void ChannelMetrics_OneCampaign_MatchesHandComputation()
    {
        Assert.Equal(0.015, Advertising.Ctr(150, 10_000));
        Assert.Equal(0.04, Advertising.ClickConversionRate(6, 150));
        Assert.Equal(2, Advertising.Cpc(300, 150));
        Assert.Equal(30, Advertising.Cpm(300, 10_000));
        Assert.Equal(50, Advertising.Cpa(300, 6));
        Assert.Equal(4, Advertising.Roas(1_200, 300));
        double[] revenue = new double[2];
        Advertising.RevenueByChannel([0, 1, 0], [10, 5, 20], revenue);
        Assert.Equal([30.0, 5.0], revenue);
    }
}
