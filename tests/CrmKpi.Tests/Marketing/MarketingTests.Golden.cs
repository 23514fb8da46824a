using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Golden values. A value with a source in its comment or name is that source's worked example, as the catalog
/// (docs/catalog/METRICS.md) quotes it: 000-004 are the catalog's Chinese CRM guides. Every other value is a hand calculation:
/// inputs chosen for the test and the result worked out by hand from the catalog's formula (the comment shows the arithmetic).
/// </summary>
public partial class MarketingTests
{
    [Fact]
    public void Participation_1200Of8000_Is015() => Assert.Equal(0.15, Marketing.Participation(1_200, 8_000));

    [Fact]
    public void ResponseRate_250Of10000_Is0025() => Assert.Equal(0.025, Marketing.ResponseRate(250, 10_000));

    [Fact]
    public void PromotionCostControlRate_90kOf100k_Is09() => Assert.Equal(0.9, Marketing.PromotionCostControlRate(90_000, 100_000));

    // (150,000 - 50,000) / 50,000 = 2; a campaign that earns nothing loses everything: -1.
    [Theory]
    [InlineData(150_000, 50_000, 2)]
    [InlineData(0, 50_000, -1)]
    [InlineData(0, 0, double.NaN)]
    public void CampaignRoi_Examples(double revenue, double cost, double expected) => Assert.Equal(expected, Marketing.CampaignRoi(revenue, cost));

    [Fact]
    public void TransactionRate_90Of1200_Is0075() => Assert.Equal(0.075, Marketing.TransactionRate(90, 1_200));

    // Channels 0, 1, 0 costing 2, 9, 4: channel 0 (2 + 4) / 2 = 3, channel 1 9 / 1, channel 2 no interactions: 0 / 0.
    [Fact]
    public void AverageInteractionCost_PerChannel_MatchesHandComputation()
    {
        double[] result = new double[3];
        Marketing.AverageInteractionCost([0, 1, 0], [2, 9, 4], result);
        Assert.Equal(3, result[0]);
        Assert.Equal(9, result[1]);
        Assert.True(double.IsNaN(result[2]));
        Assert.Equal(3, Marketing.AverageInteractionCost(12_000, 4_000));
    }
}
