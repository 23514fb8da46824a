using System;
using System.Linq;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Golden values. A value with a source in its comment or name is that source's worked example, as the catalog
/// (docs/catalog/METRICS.md) quotes it: 000-004 are the catalog's Chinese CRM guides. Every other value is a hand calculation:
/// inputs chosen for the test and the result worked out by hand from the catalog's formula (the comment shows the arithmetic).
/// </summary>
public partial class RfmTests
{
    private static readonly LocalDate EndOfFebruary = new(2024, 2, 29);

    // SmallLog, February 2024, as of 2024-02-29 (rows 2, 3, 5, 7, 8 fall in the window):
    //   c0: 02-03 (30)                      -> R 26, F 1, M 30
    //   c1: 01-20 and 2023-12-30, outside   -> no purchase
    //   c2: 02-14 (40), 02-29 (60), 02-01 (25) -> R 0, F 3, M 125
    //   c3: 02-10 (15)                      -> R 19, F 1, M 15
    //   c4: never bought                    -> no purchase
    [Fact]
    public void Values_SmallLogFebruary_MatchesHandComputation()
    {
        RfmValues[] v = Rfm.Values(SmallLog.Columns, SmallLog.February, EndOfFebruary, RfmMonetary.Total);
        Assert.Equal(
            [new RfmValues(26, 1, 30), RfmValues.NoPurchase, new RfmValues(0, 3, 125), new RfmValues(19, 1, 15), RfmValues.NoPurchase],
            v);
    }

    // Same window as of 2024-03-31: c0's recency is 26 + 31 = 57 days; c2 averages 125 / 3 per purchase.
    [Fact]
    public void Values_LaterAsOfAndAverage_MatchesHandComputation()
    {
        RfmValues[] v = Rfm.Values(SmallLog.Columns, SmallLog.February, new LocalDate(2024, 3, 31), RfmMonetary.AveragePerPurchase);
        Assert.Equal(new RfmValues(57, 1, 30), v[0]);
        Assert.Equal(31, v[2].RecencyDays);
        Assert.Equal(125.0 / 3, v[2].Monetary);
        Assert.False(v[1].HasPurchase);
    }

    // Three scored customers, k = 2: ranks 1, 2, 3 fall in bins 1, 1, 2 (pandas edges 1, 2, 3).
    //   recency days c2 0, c3 19, c0 26 -> bins 1, 1, 2 -> R = 3 - bin: c2 2, c3 2, c0 1
    //   frequency c0 1, c3 1 (tie, index order), c2 3 -> bins 1, 1, 2
    //   monetary c3 15, c0 30, c2 125 -> bins 1, 1, 2
    [Fact]
    public void Score_SmallLogTwoBins_MatchesHandComputation()
    {
        RfmValues[] v = Rfm.Values(SmallLog.Columns, SmallLog.February, EndOfFebruary, RfmMonetary.Total);
        RfmScore[] s = Rfm.Score(v, 2, RfmScoring.RankBased);
        Assert.Equal([new RfmScore(1, 1, 1), default, new RfmScore(2, 2, 2), new RfmScore(2, 1, 1), default], s);
        Assert.Equal("111", s[0].ToString());
        Assert.False(s[1].IsScored);
    }

    // Values 10, 10, 10, 40, 50 and k = 5 (n = 5, one rank per bin): rank-based 1..5 in index order,
    // value-based gives the tie group the first member's bin.
    [Theory]
    [InlineData(RfmScoring.RankBased, new byte[] { 1, 2, 3, 4, 5 })]
    [InlineData(RfmScoring.ValueBased, new byte[] { 1, 1, 1, 4, 5 })]
    public void Score_TiedMonetary_FollowsTheTieRule(RfmScoring scoring, byte[] expected)
    {
        RfmValues[] v = [new(1, 1, 10), new(2, 2, 10), new(3, 3, 10), new(4, 4, 40), new(5, 5, 50)];
        Assert.Equal(expected, Rfm.Score(v, 5, scoring).Select(s => s.Monetary).ToArray());
    }

    // pandas: x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]; qcut(x.rank(method='first'), 4, labels=False) + 1.
    // Ranks (ties in order): i1 1, i3 2, i6 3, i0 4, i9 5, i2 6, i4 7, i8 8, i7 9, i5 10.
    // Edges 1 + 9j/4 = 3.25, 5.5, 7.75, 10 -> ranks 1-3 bin 1, 4-5 bin 2, 6-7 bin 3, 8-10 bin 4.
    // Value-based: the 5s (ranks 7, 8) share bin 3; the 3s (ranks 4, 5) share bin 2.
    [Theory]
    [InlineData(RfmScoring.RankBased, new byte[] { 2, 1, 3, 1, 3, 4, 1, 4, 4, 2 })]
    [InlineData(RfmScoring.ValueBased, new byte[] { 2, 1, 3, 1, 3, 4, 1, 4, 3, 2 })]
    public void Score_PandasQcutExample_MatchesHandComputation(RfmScoring scoring, byte[] expected)
    {
        double[] x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
        RfmValues[] v = x.Select((m, i) => new RfmValues(i, 1, m)).ToArray();
        RfmScore[] s = Rfm.Score(v, 4, scoring);
        Assert.Equal(expected, s.Select(t => t.Monetary).ToArray());

        // The same numbers as recency days score in reverse: R = 5 - bin.
        RfmValues[] asRecency = x.Select((d, i) => new RfmValues((int)d, 1, i)).ToArray();
        Assert.Equal(expected.Select(b => (byte)(5 - b)).ToArray(), Rfm.Score(asRecency, 4, scoring).Select(t => t.Recency).ToArray());
    }

    [Fact]
    public void Score_SingleScoredCustomer_GetsBinOne()
    {
        RfmScore[] s = Rfm.Score([RfmValues.NoPurchase, new RfmValues(3, 2, 10)], 5, RfmScoring.RankBased);
        Assert.Equal([default, new RfmScore(5, 1, 1)], s);
    }

    [Fact]
    public void Score_NobodyBought_AllUnscored() =>
        Assert.All(Rfm.Score([RfmValues.NoPurchase, RfmValues.NoPurchase], 5, RfmScoring.ValueBased), s => Assert.False(s.IsScored));

    // Default table (see RfmSegmentRules remarks): FM = (F + M + 1) / 2.
    [Theory]
    [InlineData(5, 5, 5, RfmSegment.Champions)]
    [InlineData(1, 5, 5, RfmSegment.CannotLoseThem)]
    [InlineData(5, 1, 1, RfmSegment.New)]
    [InlineData(1, 1, 1, RfmSegment.Lost)]
    [InlineData(3, 3, 5, RfmSegment.Loyal)]             // FM 4
    [InlineData(2, 5, 1, RfmSegment.AtRisk)]            // FM 3
    [InlineData(4, 1, 2, RfmSegment.PotentialLoyalist)] // FM 2
    [InlineData(4, 1, 1, RfmSegment.Promising)]
    [InlineData(3, 2, 2, RfmSegment.NeedsAttention)]
    [InlineData(3, 1, 1, RfmSegment.AboutToSleep)]
    [InlineData(2, 2, 1, RfmSegment.Hibernating)]       // FM 2
    [InlineData(1, 2, 1, RfmSegment.Hibernating)]
    public void Classify_DefaultTable_NamesTheSegment(byte r, byte f, byte m, RfmSegment expected) =>
        Assert.Equal(expected, RfmSegmentRules.Default.Classify(new RfmScore(r, f, m)));

    [Fact]
    public void Segments_CallerTable_OverridesTheDefault()
    {
        var rules = new RfmSegmentRules(2, [new RfmSegmentRule(RfmSegment.Champions, 2, 2, 2, 2), new RfmSegmentRule(RfmSegment.Lost, 1, 2, 1, 2)]);
        RfmScore[] scores = [new(2, 2, 2), new(2, 1, 1), default, new(1, 2, 2)];
        Assert.Equal([RfmSegment.Champions, RfmSegment.Lost, RfmSegment.NoPurchaseInWindow, RfmSegment.Lost], Rfm.Segments(scores, rules));
        Assert.Equal([1L, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2], Rfm.SegmentCounts(scores, rules));
    }

    // By position (s - 1) / 9 against 1/8, 3/8, 5/8, 7/8: 10 -> 5, 1 -> 1, 2 -> 1, 6 -> 3.
    [Theory]
    [InlineData(10, 10, 10, RfmSegment.Champions)]
    [InlineData(1, 1, 1, RfmSegment.Lost)]
    [InlineData(2, 2, 2, RfmSegment.Lost)]
    [InlineData(6, 6, 6, RfmSegment.Loyal)]
    [InlineData(10, 1, 1, RfmSegment.New)]
    public void ForBins_TenBins_MapsToTheFiveBinTable(byte r, byte f, byte m, RfmSegment expected) =>
        Assert.Equal(expected, RfmSegmentRules.ForBins(10).Classify(new RfmScore(r, f, m)));

    [Fact]
    public void ScoreToString_TenBins_UsesDashes() =>
        Assert.Equal("10-9-10", new RfmScore(10, 9, 10).ToString());
}
