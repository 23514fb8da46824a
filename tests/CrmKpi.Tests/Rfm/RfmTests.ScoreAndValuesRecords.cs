using System.Collections.Generic;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// The record types' documented members: <see cref="RfmScore"/>'s code text (three digits below 10, dashes from 10),
/// sum, field-by-field equality and hash, and <see cref="RfmValues"/>' no-purchase value and inequality.
/// </summary>
public partial class RfmTests
{
    [Theory]
    [InlineData(9, 9, 9, "999")]
    [InlineData(10, 9, 9, "10-9-9")]
    [InlineData(9, 10, 9, "9-10-9")]
    [InlineData(9, 9, 10, "9-9-10")]
    [InlineData(0, 0, 0, "000")]
    public void ScoreToString_DigitsBelowTenDashesFromTen(byte r, byte f, byte m, string expected) =>
        Assert.Equal(expected, new RfmScore(r, f, m).ToString());

    [Fact]
    public void ScoreSum_AddsTheThreeScores() => Assert.Equal(2 + 3 + 7, new RfmScore(2, 3, 7).Sum);

    [Theory]
    [InlineData(1, 2, 4)]   // only monetary differs
    [InlineData(1, 5, 3)]   // only frequency differs
    [InlineData(4, 2, 3)]   // only recency differs
    public void ScoreEquals_OneFieldDiffers_NotEqual(byte r, byte f, byte m)
    {
        var one = new RfmScore(1, 2, 3);
        var other = new RfmScore(r, f, m);
        Assert.False(one.Equals(other));
        Assert.False(one == other);
        Assert.True(one != other);
        Assert.True(one.Equals(new RfmScore(1, 2, 3)));
    }

    [Fact]
    public void ScoreHashCode_EveryScoreOfTenBins_Distinct()
    {
        var hashes = new HashSet<int>();
        for (byte r = 0; r <= 10; r++)
        {
            for (byte f = 0; f <= 10; f++)
            {
                for (byte m = 0; m <= 10; m++)
                {
                    Assert.Equal(new RfmScore(r, f, m).GetHashCode(), new RfmScore(r, f, m).GetHashCode());
                    hashes.Add(new RfmScore(r, f, m).GetHashCode());
                }
            }
        }

        Assert.Equal(11 * 11 * 11, hashes.Count);
    }

    [Fact]
    public void NoPurchase_IsRecencyMinusOneFrequencyZeroMonetaryZero()
    {
        // The documented value (RfmValues.NoPurchase and Rfm.Values' remarks): recency -1, frequency 0, monetary 0.
        Assert.Equal(-1, RfmValues.NoPurchase.RecencyDays);
        Assert.Equal(0, RfmValues.NoPurchase.Frequency);
        Assert.Equal(0.0, RfmValues.NoPurchase.Monetary);
    }

    [Fact]
    public void ValuesInequality_IsTheNegationOfEquality()
    {
        Assert.True(new RfmValues(1, 1, 1) != new RfmValues(1, 1, 2));
        Assert.False(new RfmValues(1, 1, 1) != new RfmValues(1, 1, 1));
    }
}
