using System;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public partial class SalesTests
{
    [Fact]
    public void ConversionRate_MoreConvertedThanProspects_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.ConversionRate(5, 4));
        Assert.Equal("converted", e.ParamName);
        Assert.Equal(5L, e.ActualValue);
    }

    [Fact]
    public void WinRate_NegativeLost_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.WinRate(1, -1, 0, OpportunityDenominator.ClosedOnly));
        Assert.Equal("lost", e.ParamName);
        Assert.Equal(-1L, e.ActualValue);
    }

    [Fact]
    public void WinRate_UndefinedDenominator_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.WinRate(1, 1, 0, (OpportunityDenominator)9));
        Assert.Equal("denominator", e.ParamName);
        Assert.Equal((OpportunityDenominator)9, e.ActualValue);
    }

    [Fact]
    public void WinRate_UndefinedOutcome_ThrowsNamingTheRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.WinRate([DealOutcome.Won, (DealOutcome)5], OpportunityDenominator.ClosedOnly));
        Assert.Equal("outcomes", e.ParamName);
        Assert.Contains("outcomes[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SalesCycle_CloseBeforeFirstContact_ThrowsNamingTheRow()
    {
        LocalDate d = new(2024, 3, 1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.SalesCycle([d, d], [d, d.PlusDays(-1)]));
        Assert.Equal("closed", e.ParamName);
        Assert.Equal(d.PlusDays(-1), e.ActualValue);
    }

    [Fact]
    public void SalesCyclePercentile_ProbabilityAboveOne_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.SalesCyclePercentile(First, Closed, 1.5));
        Assert.Equal("probability", e.ParamName);
        Assert.Equal(1.5, e.ActualValue);
    }

    [Fact]
    public void QuotaAttainment_NegativeQuota_ThrowsNamingTheGroup()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.QuotaAttainment([0], [1.0], [10, -1], new double[2]));
        Assert.Equal("quotas", e.ParamName);
        Assert.Equal(-1.0, e.ActualValue);
    }

    [Fact]
    public void QuotaAttainment_GroupOutOfRange_ThrowsNamingTheRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.QuotaAttainment([0, 2], [1.0, 1.0], [10, 10], new double[2]));
        Assert.Equal("groupIndexes", e.ParamName);
        Assert.Equal(2, e.ActualValue);
    }

    [Fact]
    public void WeightedPipeline_ProbabilityAboveOne_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.WeightedPipeline([0.5, 1.2], [1, 1]));
        Assert.Equal("probabilities", e.ParamName);
        Assert.Equal(1.2, e.ActualValue);
    }

    [Fact]
    public void TrainingEffectiveness_UnequalWindows_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            Sales.TrainingEffectiveness([], [], new DateInterval(Day0.PlusDays(7), Day0.PlusDays(20)), new DateInterval(Day0, Day0.PlusDays(6))));
        Assert.Equal("after", e.ParamName);
    }

    [Fact]
    public void SalesGrowthRate_NaNCurrent_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.SalesGrowthRate(double.NaN, 1));
        Assert.Equal("currentSales", e.ParamName);
    }

    [Fact]
    public void TrainingEffectiveness_WindowsSwapped_ThrowsInsteadOfAnswering()
    {
        // The scalar form reads (after, before); so does the window form. Passing the windows the other way round
        // would turn +20% into -16.7%: it throws, naming the window that must come first in time.
        var before = new DateInterval(Day0, Day0.PlusDays(6));
        var after = new DateInterval(Day0.PlusDays(7), Day0.PlusDays(13));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.TrainingEffectiveness([Day0], [1.0], before, after));
        Assert.Equal("before", e.ParamName);
        Assert.Equal(after, e.ActualValue);
    }

    [Fact]
    public void SalesGrowthRate_WindowsSwapped_ThrowsInsteadOfAnswering()
    {
        var january = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.SalesGrowthRate(SmallLog.Columns, january, SmallLog.February));
        Assert.Equal("previous", e.ParamName);
        Assert.Equal(SmallLog.February, e.ActualValue);
    }
}
