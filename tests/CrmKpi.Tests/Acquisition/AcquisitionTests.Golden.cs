using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Golden values. A value with a source in its comment or name is that source's worked example, as the catalog
/// (docs/catalog/METRICS.md) quotes it: 000-004 are the catalog's Chinese CRM guides. Every other value is a hand calculation:
/// inputs chosen for the test and the result worked out by hand from the catalog's formula (the comment shows the arithmetic).
/// </summary>
public partial class AcquisitionTests
{
    [Theory]
    [InlineData(1_000_000, 100, 10_000)]   // 000: eight CRM operating KPIs
    [InlineData(100_000, 200, 500)]        // 002: common customer management metrics
    public void Cac_SourceExamples_MatchPublishedValues(double spend, long newCustomers, double expected) =>
        Assert.Equal(expected, Acquisition.Cac(spend, newCustomers));

    [Fact]
    public void Cac_MarketingAndSalesSpend_AddsBothParts() =>
        Assert.Equal(500, Acquisition.Cac(60_000, 40_000, 200));   // (60,000 + 40,000) / 200

    [Theory]
    [InlineData(100, 0, double.PositiveInfinity)]
    [InlineData(0, 0, double.NaN)]
    public void Cac_NoNewCustomers_ReturnsIeeeResult(double spend, long newCustomers, double expected) =>
        Assert.Equal(expected, Acquisition.Cac(spend, newCustomers));

    [Fact]
    public void CacPaybackMonths_WorkedExample_Returns20() =>
        Assert.Equal(20, Acquisition.CacPaybackMonths(1_200, 100, 0.6), 12);   // 1,200 / (100 x 0.6)

    [Fact]
    public void CacPaybackMonths_NoGrossProfit_IsInfinite() =>
        Assert.Equal(double.PositiveInfinity, Acquisition.CacPaybackMonths(1_200, 100, 0));

    [Fact]
    public void ClvToCac_WorkedExample_Returns2() => Assert.Equal(2, Acquisition.ClvToCac(1_000, 500));

    [Fact]
    public void Arpu_Totals_WorkedExample_Returns125() => Assert.Equal(125, Acquisition.Arpu(50_000, 400));

    // February 2024 in SmallLog: rows 2, 3, 5, 7, 8 = 30 + 40 + 60 + 15 + 25 = 170, customers {0, 2, 3}.
    [Fact]
    public void Arpu_SmallLogFebruary_RevenuePerDistinctCustomer() =>
        Assert.Equal(170.0 / 3, Acquisition.Arpu(SmallLog.Columns, SmallLog.February), 12);

    [Fact]
    public void Arpu_WindowWithNoRows_IsNaN() =>
        Assert.Equal(double.NaN, Acquisition.Arpu(SmallLog.Columns, new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31))));

    // First purchases in SmallLog: c0 2024-01-05, c1 2023-12-30, c2 2024-02-01, c3 2024-02-10.
    // New in February: c2 and c3 (c0 bought in January first, c1 in December).
    [Fact]
    public void NewCustomers_SmallLogFebruary_CountsFirstPurchasesInWindow() =>
        Assert.Equal(2, Acquisition.NewCustomers(SmallLog.Columns, SmallLog.February));

    // January 2024: c0's first purchase; c1's first purchase was in December, so only one.
    [Fact]
    public void NewCustomers_SmallLogJanuary_IgnoresCustomersWithEarlierPurchases() =>
        Assert.Equal(1, Acquisition.NewCustomers(SmallLog.Columns, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31))));

    [Fact]
    public void NewCustomers_FirstPurchaseDates_CountsThoseInWindow()
    {
        LocalDate[] firsts = [new(2024, 1, 31), new(2024, 2, 1), new(2024, 2, 29), new(2024, 3, 1)];
        Assert.Equal(2, Acquisition.NewCustomers(firsts, SmallLog.February));   // the window's ends are inclusive
    }

    [Fact]
    public void NewCustomerPenetration_WorkedExample_ReturnsQuarter() =>
        Assert.Equal(0.25, Acquisition.NewCustomerPenetration(30, 120));
}
