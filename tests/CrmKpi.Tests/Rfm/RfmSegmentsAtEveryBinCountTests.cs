using System;
using Xunit;
using S = CrmKpi.RfmSegment;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 12: the default segment rules mean the same at every bin count from 2 to 10, because they are defined on
/// the score's position in its scale; with two bins the worst customers are Lost, not Loyal.
/// </summary>
public class RfmSegmentsAtEveryBinCountTests
{
    // The documented five-bin grid (RfmSegmentRules remarks), rows R = 1..5, columns FM = 1..5: the oracle's table.
    private static readonly S[,] FiveBinGrid =
    {
        { S.Lost, S.Hibernating, S.AtRisk, S.CannotLoseThem, S.CannotLoseThem },
        { S.Hibernating, S.Hibernating, S.AtRisk, S.AtRisk, S.AtRisk },
        { S.AboutToSleep, S.NeedsAttention, S.Loyal, S.Loyal, S.Loyal },
        { S.Promising, S.PotentialLoyalist, S.Loyal, S.Champions, S.Champions },
        { S.New, S.PotentialLoyalist, S.Loyal, S.Champions, S.Champions },
    };

    public static TheoryData<int> BinCounts => [2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Theory]
    [MemberData(nameof(BinCounts))]
    public void Corners_MeanTheSameAtEveryBinCount(int k)
    {
        RfmSegmentRules rules = RfmSegmentRules.ForBins(k);
        byte top = (byte)k;
        Assert.Equal(S.Lost, rules.Classify(new RfmScore(1, 1, 1)));
        Assert.Equal(S.Champions, rules.Classify(new RfmScore(top, top, top)));
        Assert.Equal(S.New, rules.Classify(new RfmScore(top, 1, 1)));
        Assert.Equal(S.CannotLoseThem, rules.Classify(new RfmScore(1, top, top)));
    }

    [Fact]
    public void TwoBins_AreTheFourCorners()
    {
        RfmSegmentRules rules = RfmSegmentRules.ForBins(2);
        Assert.Equal(S.Lost, rules.Classify(new RfmScore(1, 1, 1)));
        Assert.Equal(S.CannotLoseThem, rules.Classify(new RfmScore(1, 2, 2)));
        Assert.Equal(S.CannotLoseThem, rules.Classify(new RfmScore(1, 1, 2)));   // FM = (1 + 2 + 1) / 2 = 2
        Assert.Equal(S.New, rules.Classify(new RfmScore(2, 1, 1)));
        Assert.Equal(S.Champions, rules.Classify(new RfmScore(2, 2, 2)));
    }

    // Every cell at every k against the grid read at the nearest five-scale position, found by comparing distances
    // |(s - 1) / (k - 1) - (j - 1) / 4| exactly in integers (ties toward the middle score 3).
    [Theory]
    [MemberData(nameof(BinCounts))]
    public void EveryCell_IsTheFiveBinSegmentAtTheNearestPosition(int k)
    {
        RfmSegmentRules rules = RfmSegmentRules.ForBins(k);
        for (int r = 1; r <= k; r++)
        {
            for (int f = 1; f <= k; f++)
            {
                for (int m = 1; m <= k; m++)
                {
                    var score = new RfmScore((byte)r, (byte)f, (byte)m);
                    S expected = FiveBinGrid[Nearest(r, k) - 1, Nearest(score.FrequencyMonetary, k) - 1];
                    Assert.True(expected == rules.Classify(score), $"k = {k}, score {score}: expected {expected}, got {rules.Classify(score)}");
                }
            }
        }
    }

    private static int Nearest(int s, int k)
    {
        int best = 0;
        long bestDistance = long.MaxValue;
        for (int j = 1; j <= 5; j++)
        {
            long distance = Math.Abs((4L * (s - 1)) - ((long)(j - 1) * (k - 1)));   // 4 (k - 1) times |p - (j - 1) / 4|
            if (distance < bestDistance || (distance == bestDistance && Math.Abs(j - 3) < Math.Abs(best - 3)))
            {
                best = j;
                bestDistance = distance;
            }
        }

        return best;
    }
}
