using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Rank-based scoring when exactly one dimension is a single tie group and the other two are all distinct: the tied
/// dimension is ranked in customer-index order and spread over every bin, whichever dimension it is. Five customers,
/// five bins: rank r is in bin max(1, ceil((r - 1) 5 / 4)) = r (hand-computed: 1, ceil(5/4) = 2, ceil(10/4) = 3,
/// ceil(15/4) = 4, 5), and the recency score is 6 - bin.
/// </summary>
public partial class RfmTests
{
    [Fact]
    public void Score_RankBased_EveryRecencyEqual_RecencyScoresFollowIndexOrder()
    {
        RfmValues[] values = [new(3, 1, 10), new(3, 2, 20), new(3, 3, 30), new(3, 4, 40), new(3, 5, 50)];
        Assert.Equal(
            [new RfmScore(5, 1, 1), new RfmScore(4, 2, 2), new RfmScore(3, 3, 3), new RfmScore(2, 4, 4), new RfmScore(1, 5, 5)],
            Rfm.Score(values, 5, RfmScoring.RankBased));
    }

    [Fact]
    public void Score_RankBased_EveryFrequencyEqual_FrequencyScoresFollowIndexOrder()
    {
        // Recency 0..4 ascending: ranks 1..5, bins 1..5, recency scores 5..1.
        RfmValues[] values = [new(0, 2, 10), new(1, 2, 20), new(2, 2, 30), new(3, 2, 40), new(4, 2, 50)];
        Assert.Equal(
            [new RfmScore(5, 1, 1), new RfmScore(4, 2, 2), new RfmScore(3, 3, 3), new RfmScore(2, 4, 4), new RfmScore(1, 5, 5)],
            Rfm.Score(values, 5, RfmScoring.RankBased));
    }

    [Fact]
    public void Score_RankBased_EveryMonetaryEqual_MonetaryScoresFollowIndexOrder()
    {
        RfmValues[] values = [new(0, 1, 7.5), new(1, 2, 7.5), new(2, 3, 7.5), new(3, 4, 7.5), new(4, 5, 7.5)];
        Assert.Equal(
            [new RfmScore(5, 1, 1), new RfmScore(4, 2, 2), new RfmScore(3, 3, 3), new RfmScore(2, 4, 4), new RfmScore(1, 5, 5)],
            Rfm.Score(values, 5, RfmScoring.RankBased));
    }
}
