using System;
using Xunit;

namespace CrmKpi.Tests.Satisfaction;

public partial class SatisfactionTests
{
    [Fact]
    public void Nps_ByteAnswerAboveTen_ThrowsWithPositionAndValue()
    {
        byte[] answers = new byte[1_000];
        answers[700] = 11;
        answers[900] = 12;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.Nps(answers));
        Assert.Equal("answers", e.ParamName);
        Assert.Equal((byte)11, e.ActualValue);
        Assert.Contains("answers[700]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nps_ByteAnswerAboveTenInTail_ThrowsWithPosition()
    {
        byte[] answers = new byte[67];
        answers[66] = 255;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.Nps(answers));
        Assert.Contains("answers[66]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nps_NegativeIntAnswer_ThrowsWithPositionAndValue()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.Nps(new[] { 3, -1, 10 }));
        Assert.Equal("answers", e.ParamName);
        Assert.Equal(-1, e.ActualValue);
        Assert.Contains("answers[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nps_NegativeCount_ThrowsArgumentOutOfRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.Nps(1, -2, 3));
        Assert.Equal("passives", e.ParamName);
        Assert.Equal(-2L, e.ActualValue);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Nps_ConfidenceLevelOutsideOpenUnitInterval_Throws(double level)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.Nps(7, 2, 1).ConfidenceInterval(level));
        Assert.Equal("level", e.ParamName);
        Assert.Equal(level, e.ActualValue);
    }

    [Fact]
    public void Csat_ScoreOffScale_ThrowsWithPositionAndValue()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.Csat([1, 5, 6], 1, 5));
        Assert.Equal("scores", e.ParamName);
        Assert.Equal(6, e.ActualValue);
        Assert.Contains("scores[2]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ces_EmptyScale_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.Ces([1], 7, 7));
        Assert.Equal("scaleMax", e.ParamName);
    }

    [Fact]
    public void CsatTopBox_TooManyBoxes_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.CsatTopBox([1], 1, 5, 6));
        Assert.Equal("topBoxes", e.ParamName);
        Assert.Equal(6L, e.ActualValue);
    }

    [Fact]
    public void SatisfactionIndex_NegativeWeight_ThrowsWithPosition()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.SatisfactionIndex([1, 2], [1, -1]));
        Assert.Equal("weights", e.ParamName);
        Assert.Equal(-1.0, e.ActualValue);
    }

    [Fact]
    public void SatisfactionIndex_LengthMismatch_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => CrmKpi.Satisfaction.SatisfactionIndex([1, 2], [1]));
        Assert.Equal("weights", e.ParamName);
    }

    [Fact]
    public void ReferralRate_MoreReferredThanNew_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.ReferralRate(5, 4));
        Assert.Equal("referredNewCustomers", e.ParamName);
        Assert.Equal(5L, e.ActualValue);
    }

    [Fact]
    public void AverageResolutionTime_NegativeDuration_ThrowsWithRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CrmKpi.Satisfaction.AverageResolutionTime(new TicketColumns([1, 1], [5, -3], [1, 1])));
        Assert.Equal("resolutionSeconds", e.ParamName);
        Assert.Equal(-3.0, e.ActualValue);
        Assert.Contains("resolutionSeconds[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TicketColumns_LengthMismatch_NamesSecondColumn()
    {
        var e = Assert.Throws<ArgumentException>(() => new TicketColumns([1, 2], [1], [1, 2]));
        Assert.Equal("resolutionSeconds", e.ParamName);
    }

    [Fact]
    public void ElapsedSeconds_EndBeforeStart_ThrowsWithRow()
    {
        var start = NodaTime.Instant.FromUnixTimeSeconds(100);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CrmKpi.Satisfaction.ElapsedSeconds([start], [NodaTime.Instant.FromUnixTimeSeconds(50)], new double[1]));
        Assert.Equal("to", e.ParamName);
    }

    [Fact]
    public void InteractionFrequency_IndexOutOfRange_ThrowsWithRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.InteractionFrequency([0, 2], 2, 1, new double[2]));
        Assert.Equal("customerIndexes", e.ParamName);
        Assert.Equal(2, e.ActualValue);
    }
}
