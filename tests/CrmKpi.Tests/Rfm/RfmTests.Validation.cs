using System;
using System.Linq;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public partial class RfmTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    public void Score_BinsOutOfRange_ThrowsArgumentOutOfRange(int bins)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Rfm.Score([new RfmValues(1, 1, 1)], bins, RfmScoring.RankBased));
        Assert.Equal("bins", e.ParamName);
        Assert.Equal((long)bins, e.ActualValue);
    }

    [Fact]
    public void Score_UndefinedScoring_ThrowsArgumentOutOfRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Rfm.Score([new RfmValues(1, 1, 1)], 5, (RfmScoring)7));
        Assert.Equal("scoring", e.ParamName);
        Assert.Equal((RfmScoring)7, e.ActualValue);
    }

    [Theory]
    [InlineData(-1, 1, 10.0)]
    [InlineData(1, 1, double.NaN)]
    [InlineData(1, -2, 10.0)]
    public void Score_InvalidCustomer_ThrowsNamingTheIndex(int recency, int frequency, double monetary)
    {
        RfmValues bad = new(recency, frequency, monetary);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Rfm.Score([new RfmValues(1, 1, 1), bad], 5, RfmScoring.RankBased));
        Assert.Equal("values", e.ParamName);
        Assert.Equal(bad, e.ActualValue);
        Assert.Contains("values[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ShortDestination_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => Rfm.Score([new RfmValues(1, 1, 1), new RfmValues(2, 1, 1)], 5, RfmScoring.RankBased, new RfmScore[1], null));
        Assert.Equal("destination", e.ParamName);
    }

    [Fact]
    public void Values_AsOfBeforeWindowEnd_ThrowsArgumentOutOfRange()
    {
        var asOf = new LocalDate(2024, 2, 28);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Rfm.Values(SmallLog.Columns, SmallLog.February, asOf, RfmMonetary.Total));
        Assert.Equal("asOf", e.ParamName);
        Assert.Equal(asOf, e.ActualValue);
    }

    [Fact]
    public void Values_UndefinedMonetary_ThrowsArgumentOutOfRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Rfm.Values(SmallLog.Columns, SmallLog.February, EndOfFebruary, (RfmMonetary)3));
        Assert.Equal("monetary", e.ParamName);
        Assert.Equal((RfmMonetary)3, e.ActualValue);
    }

    [Fact]
    public void Values_ShortDestination_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => Rfm.Values(SmallLog.Columns, SmallLog.February, EndOfFebruary, RfmMonetary.Total, new RfmValues[4]));
        Assert.Equal("destination", e.ParamName);
    }

    [Fact]
    public void Values_NaNAmount_ThrowsNamingColumnAndRow()
    {
        double[] amounts = (double[])SmallLog.Amounts.Clone();
        amounts[4] = double.NaN;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Rfm.Values(new TransactionColumns(SmallLog.Customers, SmallLog.Dates, amounts, SmallLog.CustomerCount), SmallLog.February, EndOfFebruary, RfmMonetary.Total));
        Assert.Equal("amounts", e.ParamName);
        Assert.Contains("amounts[4]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_CustomerIndexOutOfRange_ThrowsNamingColumnAndRow()
    {
        int[] customers = (int[])SmallLog.Customers.Clone();
        customers[6] = 9;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Rfm.Values(new TransactionColumns(customers, SmallLog.Dates, SmallLog.Amounts, SmallLog.CustomerCount), SmallLog.February, EndOfFebruary, RfmMonetary.Total));
        Assert.Equal("customerIndexes", e.ParamName);
        Assert.Equal(9, e.ActualValue);
    }

    [Fact]
    public void RuleTable_UncoveredCell_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => new RfmSegmentRules(2, [new RfmSegmentRule(RfmSegment.Champions, 2, 2, 1, 2)]));
        Assert.Equal("rules", e.ParamName);
        Assert.Contains("R = 1, FM = 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleTable_BoundAboveBins_ThrowsArgumentOutOfRange()
    {
        var row = new RfmSegmentRule(RfmSegment.Lost, 1, 3, 1, 2);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RfmSegmentRules(2, [row]));
        Assert.Equal("rules", e.ParamName);
        Assert.Equal(row, e.ActualValue);
    }

    [Fact]
    public void Classify_ScoreAboveBins_ThrowsArgumentOutOfRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RfmSegmentRules.Default.Classify(new RfmScore(6, 1, 1)));
        Assert.Equal("score", e.ParamName);
        Assert.Equal(new RfmScore(6, 1, 1), e.ActualValue);
    }

    [Fact]
    public void Segments_ScoreAboveBins_ThrowsNamingTheIndex()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Rfm.Segments([new RfmScore(1, 1, 1), new RfmScore(1, 6, 1)], RfmSegmentRules.Default));
        Assert.Equal("scores", e.ParamName);
        Assert.Contains("scores[1]", e.Message, StringComparison.Ordinal);
    }


    // The partitioned path checks the rows as the direct pass does: same exception, parameter, value and row.
    [Theory]
    [InlineData("customer")]
    [InlineData("amount")]
    [InlineData("calendar")]
    public void Values_PartitionedPathBadRow_ThrowsAsDirectPath(string fault)
    {
        int[] customers = [0, 5, 9, 3, 9, 1];
        LocalDate[] dates = Enumerable.Repeat(new LocalDate(2024, 3, 1), 6).ToArray();
        double[] amounts = [1, 2, 3, 4, 5, 6];
        switch (fault)
        {
            case "customer":
                customers[4] = 10;
                break;
            case "amount":
                amounts[3] = double.PositiveInfinity;
                break;
            default:
                dates[2] = dates[2].WithCalendar(CalendarSystem.Julian);
                break;
        }

        var window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        Exception Run(int shift) => Record.Exception(() => Rfm.Values(new TransactionColumns(customers, dates, amounts, 10), window, window.End, RfmMonetary.Total, new RfmValues[10], new RfmWorkspace(), shift))!;
        Exception direct = Run(-1), blocked = Run(1);
        Assert.NotNull(direct);
        Assert.Equal(direct.GetType(), blocked.GetType());
        Assert.Equal(((ArgumentException)direct).ParamName, ((ArgumentException)blocked).ParamName);
        Assert.Equal(direct.Message, blocked.Message);
    }
}
