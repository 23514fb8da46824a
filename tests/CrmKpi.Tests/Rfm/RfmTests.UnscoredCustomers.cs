using System;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Customers without a purchase in the window, through every step: their outputs are written (not left as the caller's
/// stale contents), and they are never scored nor classified. Destinations are pre-filled with a wrong value so that a
/// skipped write shows.
/// </summary>
public partial class RfmTests
{
    [Fact]
    public void Segments_UnscoredCustomer_OverwritesStaleDestination()
    {
        RfmSegment[] destination = [RfmSegment.Lost, RfmSegment.Lost];
        Rfm.Segments([default, new RfmScore(5, 5, 5)], RfmSegmentRules.Default, destination);
        Assert.Equal([RfmSegment.NoPurchaseInWindow, RfmSegment.Champions], destination);
    }

    [Fact]
    public void Classify_DefaultScore_IsNoPurchaseInWindow() =>
        Assert.Equal(RfmSegment.NoPurchaseInWindow, RfmSegmentRules.Default.Classify(default));

    [Fact]
    public void ForBins_Five_IsTheDefaultTable() => Assert.Same(RfmSegmentRules.Default, RfmSegmentRules.ForBins(5));

    [Theory]
    [InlineData(RfmScoring.RankBased)]
    [InlineData(RfmScoring.ValueBased)]
    public void Score_UnscoredCustomers_OverwriteStaleDestinationWithDefault(RfmScoring scoring)
    {
        var stale = new RfmScore(3, 3, 3);
        RfmScore[] destination = [stale, stale, stale];
        Rfm.Score([RfmValues.NoPurchase, new RfmValues(4, 2, 50), RfmValues.NoPurchase], 5, scoring, destination, null);

        // One scored customer is in bin 1 of every dimension; recency score k + 1 - 1 = 5.
        Assert.Equal([default, new RfmScore(5, 1, 1), default], destination);
    }

    [Fact]
    public void Score_NobodyScored_OverwritesStaleDestinationWithDefault()
    {
        RfmScore[] destination = [new RfmScore(3, 3, 3), new RfmScore(1, 2, 3)];
        Rfm.Score([RfmValues.NoPurchase, RfmValues.NoPurchase], 5, RfmScoring.RankBased, destination, new RfmWorkspace());
        Assert.Equal([default(RfmScore), default], destination);
    }
}
