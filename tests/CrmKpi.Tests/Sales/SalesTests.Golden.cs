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
public partial class SalesTests
{
    private static readonly LocalDate Day0 = new(2024, 1, 1);

    // Cycles 10, 20, 30, 100 days: mean 160 / 4 = 40, median (20 + 30) / 2 = 25,
    // 90th percentile: position 3 x 0.9 = 2.7 -> 30 + 0.7 x (100 - 30) = 79.
    private static readonly LocalDate[] First = [Day0, Day0, Day0.PlusDays(5), Day0];
    private static readonly LocalDate[] Closed = [Day0.PlusDays(10), Day0.PlusDays(100), Day0.PlusDays(35), Day0.PlusDays(20)];

    [Fact]
    public void SalesCycle_FourDeals_MatchesHandComputation()
    {
        Assert.Equal(new SalesCycleSummary(4, 40, 25, 10, 100), Sales.SalesCycle(First, Closed));
        Approx.Equal(79, Sales.SalesCyclePercentile(First, Closed, 0.9), Tolerances.FewUlpsRelative);
        Assert.Equal(10, Sales.SalesCyclePercentile(First, Closed, 0));
        int[] days = new int[4];
        Sales.SalesCycleDays(First, Closed, days);
        Assert.Equal([10, 100, 30, 20], days);
    }

    [Fact]
    public void SalesCycle_NoDeals_NaN() => Assert.True(double.IsNaN(Sales.SalesCycle([], []).MeanDays));

    [Theory]
    [InlineData(30, 200, 0.15)]   // P2: 30 of 200 prospects
    [InlineData(0, 0, double.NaN)]
    public void ConversionRate_Examples(long converted, long prospects, double expected) =>
        Assert.Equal(expected, Sales.ConversionRate(converted, prospects));

    [Fact]
    public void CloseRate_25Of500_Is005() => Assert.Equal(0.05, Sales.CloseRate(25, 500));

    // 20 won, 30 lost, 50 open: win 20/100 and 20/50, failure 30/100 and 30/50.
    [Fact]
    public void WinAndFailureRate_BothDenominators_MatchHandComputation()
    {
        Assert.Equal(0.2, Sales.WinRate(20, 30, 50, OpportunityDenominator.AllOpportunities));
        Assert.Equal(0.4, Sales.WinRate(20, 30, 50, OpportunityDenominator.ClosedOnly));
        Assert.Equal(0.3, Sales.FailureRate(20, 30, 50, OpportunityDenominator.AllOpportunities));
        Assert.Equal(0.6, Sales.FailureRate(20, 30, 50, OpportunityDenominator.ClosedOnly));
        DealOutcome[] outcomes = [DealOutcome.Won, DealOutcome.Lost, DealOutcome.Open, DealOutcome.Lost];
        Assert.Equal(0.25, Sales.WinRate(outcomes, OpportunityDenominator.AllOpportunities));
        Assert.Equal(2.0 / 3, Sales.FailureRate(outcomes, OpportunityDenominator.ClosedOnly));
    }

    // Reps 0, 1, 0 selling 50, 80, 70 against quotas 100, 100: (50 + 70) / 100 and 80 / 100; rep 2 has a zero quota and no sales.
    [Fact]
    public void QuotaAttainment_PerRep_MatchesHandComputation()
    {
        double[] result = new double[3];
        Sales.QuotaAttainment([0, 1, 0], [50, 80, 70], [100, 100, 0], result);
        Assert.Equal(1.2, result[0]);
        Assert.Equal(0.8, result[1]);
        Assert.True(double.IsNaN(result[2]));
        Assert.Equal(1.2, Sales.QuotaAttainment(120_000, 100_000));
    }

    [Fact]
    public void SalesGrowthRate_Examples()
    {
        Assert.Equal(0.1, Sales.SalesGrowthRate(110_000, 100_000), 15);
        Assert.Equal(double.PositiveInfinity, Sales.SalesGrowthRate(5, 0));
        // SmallLog: January 2024 = 10 + 20 = 30; February = 30 + 40 + 60 + 15 + 25 = 170 -> 140 / 30.
        var january = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        Approx.Equal(140.0 / 30, Sales.SalesGrowthRate(SmallLog.Columns, SmallLog.February, january), Tolerances.FewUlpsRelative);
    }

    // 0.2 + 0.5 + 0.9 = 1.6 expected wins; 0.2 x 1,000 + 0.5 x 4,000 + 0.9 x 500 = 2,650.
    [Fact]
    public void WeightedPipeline_ThreeLeads_MatchesHandComputation()
    {
        Approx.Equal(1.6, Sales.ExpectedWins([0.2, 0.5, 0.9]), Tolerances.FewUlpsRelative);
        Approx.Equal(2_650, Sales.WeightedPipeline([0.2, 0.5, 0.9], [1_000, 4_000, 500]), Tolerances.FewUlpsRelative);
    }

    // SmallLog, February: first purchases c0 01-05, c1 2023-12-30, c2 02-01, c3 02-10 -> c2, c3 new.
    // New: 40 + 60 + 25 (c2) + 15 (c3) = 140 in 4 rows; existing: c0's 30 in 1 row.
    [Fact]
    public void Totals_SmallLogFebruary_SplitsNewAndExisting()
    {
        Assert.Equal(new SalesTotals(140, 4, 30, 1), Sales.Totals(SmallLog.Columns, SmallLog.February));
        Assert.Equal(new SalesTotals(120, 1, 90, 2), Sales.Totals([60, 120, 30], [false, true, false]));
    }

    // 300 in the 7 days before, 360 in the 7 days after: 360 / 300 - 1 = 0.2.
    [Fact]
    public void TrainingEffectiveness_EqualWeeks_MatchesHandComputation()
    {
        var before = new DateInterval(Day0, Day0.PlusDays(6));
        var after = new DateInterval(Day0.PlusDays(7), Day0.PlusDays(13));
        LocalDate[] dates = [Day0, Day0.PlusDays(6), Day0.PlusDays(7), Day0.PlusDays(13), Day0.PlusDays(14)];
        double[] amounts = [100, 200, 160, 200, 999];
        Approx.Equal(0.2, Sales.TrainingEffectiveness(dates, amounts, after, before), Tolerances.FewUlpsRelative);
        Approx.Equal(0.1, Sales.TrainingEffectiveness(55_000, 50_000), Tolerances.FewUlpsRelative);
    }
}
