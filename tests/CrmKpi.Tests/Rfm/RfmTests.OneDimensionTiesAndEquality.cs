using System;
using System.Linq;
using Xunit;

namespace CrmKpi.Tests;

// Rank-based scoring resolves a tie group that straddles a cut whichever dimension it is in, even when the other two
// dimensions have no tie at all; RfmValues equality needs every field equal; a half-set score is not "no purchase".
public partial class RfmTests
{
    // Recency days 10, 10, 10, 40, 50 (the only ties), frequency and monetary 1..5, k = 5: ranks in index order
    // (pandas rank(method='first')), one a bin; recency scores in reverse, R = 6 - bin.
    [Fact]
    public void Score_RankBased_TieOnlyInRecency_IsResolved()
    {
        RfmValues[] v = [new(10, 1, 1), new(10, 2, 2), new(10, 3, 3), new(40, 4, 4), new(50, 5, 5)];
        RfmScore[] s = Rfm.Score(v, 5, RfmScoring.RankBased);
        Assert.Equal(new byte[] { 5, 4, 3, 2, 1 }, s.Select(x => x.Recency).ToArray());
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, s.Select(x => x.Frequency).ToArray());
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, s.Select(x => x.Monetary).ToArray());
    }

    [Fact]
    public void Score_RankBased_TieOnlyInFrequency_IsResolved()
    {
        RfmValues[] v = [new(1, 7, 1), new(2, 7, 2), new(3, 7, 3), new(4, 8, 4), new(5, 9, 5)];
        RfmScore[] s = Rfm.Score(v, 5, RfmScoring.RankBased);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, s.Select(x => x.Frequency).ToArray());
    }

    [Theory]
    [InlineData(11, 2, 5.0)]
    [InlineData(10, 3, 5.0)]
    [InlineData(10, 2, 5.5)]
    public void RfmValues_DifferInOneField_AreNotEqual(int recency, int frequency, double monetary)
    {
        var a = new RfmValues(10, 2, 5.0);
        var b = new RfmValues(recency, frequency, monetary);
        Assert.False(a.Equals(b));
        Assert.True(a.Equals(new RfmValues(10, 2, 5.0)));
    }

    [Fact]
    public void Classify_RecencySetAloneWithZeros_IsRejectedNotNoPurchase() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmSegmentRules.Default.Classify(new RfmScore(3, 0, 0)));
}
