using System;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Golden values. A value with a source in its comment or name is that source's worked example, as the catalog
/// (docs/catalog/METRICS.md) quotes it: 000-004 are the catalog's Chinese CRM guides. Every other value is a hand calculation:
/// inputs chosen for the test and the result worked out by hand from the catalog's formula (the comment shows the arithmetic).
/// </summary>
public partial class RetentionTests
{
    [Fact]
    public void ChurnRate_Source002Example_Returns5Percent() =>
        Assert.Equal(0.05, Retention.ChurnRate(50, 1_000));   // 002: 50 / 1,000 = 5%

    [Theory]
    [InlineData(ChurnDenominator.CustomersAtStart, 50.0 / 1_000)]   // 002
    [InlineData(ChurnDenominator.TotalCustomers, 50.0 / 1_200)]     // 003: total = 1,000 at start + 200 new
    public void ChurnRate_Denominators_DivideByTheChosenCount(ChurnDenominator denominator, double expected) =>
        Assert.Equal(expected, Retention.ChurnRate(50, 1_000, 1_200, denominator));

    [Fact]
    public void Crr_Source002And003Example_Returns90Percent() =>
        Assert.Equal(0.9, Retention.Crr(1_100, 200, 1_000));   // 002, 003: (1,100 - 200) / 1,000 = 90%

    [Theory]
    [InlineData(RenewalDenominator.UpForRenewal, 0.9)]   // 450 / 500
    [InlineData(RenewalDenominator.TotalUsers, 0.225)]   // 003's "/ total users": 450 / 2,000
    public void RenewalRate_Denominators_DivideByTheChosenCount(RenewalDenominator denominator, double expected) =>
        Assert.Equal(expected, Retention.RenewalRate(450, 500, 2_000, denominator));

    [Fact]
    public void YearOverYearRetention_HandExample_Returns30Percent() =>
        Assert.Equal(0.3, Retention.YearOverYearRetention(600, 2_000));

    [Fact]
    public void RepurchaseRate_HandExample_ReturnsQuarter() =>
        Assert.Equal(0.25, Retention.RepurchaseRate(300, 1_200));

    [Fact]
    public void RetentionCost_HandExample_Returns50PerCustomer() =>
        Assert.Equal(50, Retention.RetentionCost(45_000, 900));

    [Fact]
    public void RetentionCost_NobodyRetained_ReturnsIeeeResults()
    {
        Assert.Equal(double.PositiveInfinity, Retention.RetentionCost(100, 0));
        Assert.True(double.IsNaN(Retention.RetentionCost(0, 0)));
    }

    [Fact]
    public void RevenueRetention_SaasExample_GrossAndNet()
    {
        // start 100,000; expansion 20,000; contraction 5,000; churned 10,000.
        Assert.Equal(0.85, Retention.GrossRevenueRetention(100_000, 5_000, 10_000), 15);   // 85,000 / 100,000
        Assert.Equal(1.05, Retention.NetRevenueRetention(100_000, 20_000, 5_000, 10_000), 15);   // 105,000 / 100,000
    }

    [Fact]
    public void LoyaltyIndex_HandExample_ReturnsWeightedMean() =>
        // 0.5 * 0.8 + 0.3 * 0.3 + 0.2 * 0.1 = 0.40 + 0.09 + 0.02 = 0.51, weights summing to 1.
        Assert.Equal(0.51, Retention.LoyaltyIndex(0.8, 0.3, 0.1, new LoyaltyWeights(0.5, 0.3, 0.2)), 15);

    [Fact]
    public void LoyaltyIndex_ZeroWeights_ReturnsNaN() =>
        Assert.True(double.IsNaN(Retention.LoyaltyIndex(0.8, 0.3, 0.1, new LoyaltyWeights(0, 0, 0))));

    [Fact]
    public void ChurnRate_NobodyAtStart_ReturnsNaN() => Assert.True(double.IsNaN(Retention.ChurnRate(0, 0)));

    // SmallLog, window February 2024 (see Support/SmallLog.cs):
    //   bought before February: customers 0 (Jan 5) and 1 (Dec 30, Jan 20)      -> S = 2
    //   bought in February: 0 (Feb 3), 2 (Feb 1, 14, 29), 3 (Feb 10)            -> active 3
    //   first purchase in February: 2 and 3                                    -> N = 2
    //   retained: 0; lost: 1; repeat (two or more rows in February): 2; total known by Feb 29: 0, 1, 2, 3
    [Fact]
    public void Classify_SmallLogFebruary_MatchesHandCounts() =>
        Assert.Equal(
            new RetentionCounts(AtStart: 2, New: 2, Retained: 1, Lost: 1, Reactivated: 0, Active: 3, Repeat: 1, Total: 4),
            Retention.Classify(SmallLog.Columns, SmallLog.February));

    [Fact]
    public void ColumnForms_SmallLogFebruary_MatchHandRatios()
    {
        TransactionColumns tx = SmallLog.Columns;
        Assert.Equal(0.5, Retention.ChurnRate(tx, SmallLog.February, ChurnDenominator.CustomersAtStart));   // 1 / 2
        Assert.Equal(0.25, Retention.ChurnRate(tx, SmallLog.February, ChurnDenominator.TotalCustomers));    // 1 / 4
        Assert.Equal(0.5, Retention.Crr(tx, SmallLog.February));                                            // (3 - 2) / 2
        Assert.Equal(1.0 / 3, Retention.RepurchaseRate(tx, SmallLog.February));                             // 1 / 3
        Assert.Equal(100, Retention.RetentionCost(tx, SmallLog.February, 100));                              // 100 / 1 retained
    }

    // Base window December 2023: only customer 1 bought in it (S = 1), and 1 did not buy in February (lost).
    // Customer 0 first bought on Jan 5: before the window, not in the base, and again in February -> reactivated.
    // New: 2 and 3.
    [Fact]
    public void Classify_SmallLogWithDecemberBase_CountsReactivated()
    {
        var december = new DateInterval(new LocalDate(2023, 12, 1), new LocalDate(2023, 12, 31));
        Assert.Equal(
            new RetentionCounts(AtStart: 1, New: 2, Retained: 0, Lost: 1, Reactivated: 1, Active: 3, Repeat: 1, Total: 4),
            Retention.Classify(SmallLog.Columns, SmallLog.February, december));
    }

    // Buyers in 2023: {1}; customer 1 bought again on 2024-01-20 -> 1 / 1.
    [Fact]
    public void YearOverYearRetention_SmallLog2024_ReturnsOne() =>
        Assert.Equal(1.0, Retention.YearOverYearRetention(SmallLog.Columns, 2024));

    // January 2024 -> February 2024 per customer: 0: 10 -> 30 (expansion 20); 1: 20 -> 0 (churned 20);
    // 2: 0 -> 40 + 60 + 25 = 125 (new); 3: 0 -> 15 (new). Start 30, GRR = (30 - 20) / 30, NRR = (30 - 20 + 20) / 30.
    [Fact]
    public void DecomposeRevenue_SmallLogJanuaryToFebruary_MatchesHandSplit()
    {
        var january = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        RevenueMovement m = Retention.DecomposeRevenue(SmallLog.Columns, january, SmallLog.February);
        Assert.Equal(new RevenueMovement(StartRevenue: 30, Expansion: 20, Contraction: 0, Churned: 20, NewRevenue: 140), m);
        Assert.Equal(1.0 / 3, Retention.GrossRevenueRetention(m), 15);
        Assert.Equal(1.0, Retention.NetRevenueRetention(m), 15);
    }

    [Fact]
    public void DecomposeRevenue_PerCustomerSpans_SplitsEachCase()
    {
        // churn 50; contraction 100 - 60 = 40; expansion 90 - 10 = 80; unchanged 5; new 7; refund-only start (-3) with end 4 is new.
        double[] start = [50, 100, 10, 5, 0, -3];
        double[] end = [0, 60, 90, 5, 7, 4];
        Assert.Equal(new RevenueMovement(165, 80, 40, 50, 11), Retention.DecomposeRevenue(start, end));
    }

    // Months of 2024-01-01 .. 2024-03-31. Customer 1 bought before (2023-12-30): no cohort.
    // January cohort {0}: active in Jan, Feb, Mar. February cohort {2, 3}: active in Feb only. March cohort: empty.
    [Fact]
    public void Cohorts_SmallLogMonthly_MatchesHandTable()
    {
        var range = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31));
        CohortTable t = Retention.Cohorts(SmallLog.Columns, range, PeriodUnit.Month);
        Assert.Equal(3, t.CohortCount);
        Assert.Equal(new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)), t.Period(1));
        Assert.Equal(new long[,] { { 1, 1, 1 }, { 2, 0, 0 }, { 0, 0, 0 } }, t.ToCountArray());
        Assert.Equal([1L, 2L, 0L], [t.Size(0), t.Size(1), t.Size(2)]);
        Assert.Equal(3, t.TotalCustomers);
        Assert.Equal(1.0, t.Share(0, 2));
        Assert.Equal(0.0, t.Share(1, 1));
        Assert.False(t.IsObserved(1, 2));
        Assert.True(double.IsNaN(t.Share(1, 2)));   // March + 1 month is outside the range
        Assert.True(double.IsNaN(t.Share(2, 0)));   // empty cohort: 0 / 0
    }

    // Subscriptions due in February: rows 0 (renewed), 2 (not), 3 (renewed); row 1 falls due in March.
    [Fact]
    public void RenewalRate_ColumnForm_CountsDueInWindow()
    {
        LocalDate[] due = [new(2024, 2, 1), new(2024, 3, 1), new(2024, 2, 29), new(2024, 2, 10)];
        bool[] renewed = [true, true, false, true];
        Assert.Equal(2.0 / 3, Retention.RenewalRate(due, renewed, SmallLog.February));
    }
}
