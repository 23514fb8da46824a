using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Golden values. A value with a source in its comment or name is that source's worked example, as the catalog
/// (docs/catalog/METRICS.md) quotes it: 000-004 are the catalog's Chinese CRM guides. Every other value is a hand calculation:
/// inputs chosen for the test and the result worked out by hand from the catalog's formula (the comment shows the arithmetic).
/// </summary>
public partial class LifetimeTests
{
    [Fact]
    public void SimpleClv_Source002Example_Returns1000() => Assert.Equal(1_000, Lifetime.SimpleClv(100, 2, 5));   // 002: 100 x 2 x 5

    [Fact]
    public void MarginClv_WorkedExample_Returns150() => Assert.Equal(150, Lifetime.MarginClv(50, 4, 3, 0.25));   // 50 x 4 x 3 x 0.25

    [Fact]
    public void HistoricalClv_WorkedExample_Returns1600() => Assert.Equal(1_600, Lifetime.HistoricalClv(2_400, 300, 500));

    // SmallLog totals: c0 10 + 30 + 70 = 110; c1 20 + 5 = 25; c2 40 + 60 + 25 = 125; c3 15; c4 0.
    [Fact]
    public void HistoricalClv_Columns_PurchasesLessCosts()
    {
        double[] costs = [10, 0, 25, 20, 0];
        double[] destination = new double[5];
        Lifetime.HistoricalClv(SmallLog.Columns, costs, destination);
        Assert.Equal([100, 25, 100, -5, 0], destination);
    }

    [Fact]
    public void HistoricalClv_ColumnsWithoutCosts_WritesPurchaseTotalsToDestination()
    {
        double[] destination = new double[5];
        Lifetime.HistoricalClv(SmallLog.Columns, destination);
        Assert.Equal([110, 25, 125, 15, 0], destination);
        Assert.Equal([110, 25, 125, 15, 0], Lifetime.HistoricalClv(SmallLog.Columns));
    }

    // m r / (1 + d - r) = 100 x 0.8 / 0.3 = 266.666...
    [Fact]
    public void RetentionDiscountClv_WorkedExample() => Assert.Equal(800.0 / 3, Lifetime.RetentionDiscountClv(100, 0.8, 0.1), 12);

    // Two periods: 100 x 0.8 / 1.1 + 100 x 0.64 / 1.21 = 72.7272... + 52.8925... = 125.6198...
    [Fact]
    public void RetentionDiscountClv_TwoPeriods_SumsTheTwoDiscountedMargins() =>
        Assert.Equal((80 / 1.1) + (64 / 1.21), Lifetime.RetentionDiscountClv(100, 0.8, 0.1, 2), 12);

    [Fact]
    public void RetentionDiscountClv_ZeroPeriods_IsZero() => Assert.Equal(0, Lifetime.RetentionDiscountClv(100, 0.8, 0.1, 0));

    [Fact]
    public void RetentionDiscountClv_FullRetentionNoDiscount_FiniteHorizonIsMarginTimesPeriods() =>
        Assert.Equal(1_200, Lifetime.RetentionDiscountClv(100, 1, 0, 12));

    [Fact]
    public void RetentionDiscountClv_FullRetentionNoDiscount_InfiniteHorizonIsInfinite() =>
        Assert.Equal(double.PositiveInfinity, Lifetime.RetentionDiscountClv(100, 1, 0));

    [Fact]
    public void ExpectedLifespan_FivePercentChurn_Returns20() => Assert.Equal(20, Lifetime.ExpectedLifespan(0.05), 12);

    [Fact]
    public void ExpectedLifespan_NoChurn_IsInfinite() => Assert.Equal(double.PositiveInfinity, Lifetime.ExpectedLifespan(0));
}
