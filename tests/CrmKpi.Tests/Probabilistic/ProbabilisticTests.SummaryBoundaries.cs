using System;
using CrmKpi.Probabilistic;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14: the summaries at their boundaries, against hand counts: a first purchase on the calibration end day, the
/// smallest summarised customer index not 0, purchases after the holdout end, a holdout window of zero length, zero
/// weights, the largest allowed periods and discount rate, and the compressed model inputs' totals.
/// </summary>
public partial class ProbabilisticTests
{
    [Fact]
    public void FromTransactions_FirstPurchaseOnTheCalibrationEnd_IsSummarisedWithAgeZero()
    {
        // Calibration end 2024-03-10. Customer 0: no rows. Customer 1: 03-01 (10), 03-05 (20), 03-15 (after the end, ignored).
        // Customer 2: only 03-10, the end day itself. Customer 3: only 03-12, after the end: not summarised.
        // By hand, in days: customer 1 x = 1, t_x = 4, T = 9, monetary 20; customer 2 x = 0, t_x = 0, T = 0.
        var end = new LocalDate(2024, 3, 10);
        var log = new TransactionColumns(
            [1, 2, 3, 1, 1],
            [new(2024, 3, 1), end, new(2024, 3, 12), new(2024, 3, 15), new(2024, 3, 5)],
            [10, 5, 7, 99, 20],
            4);

        CustomerSummary summary = CustomerSummary.FromTransactions(log, end, SummaryTimeUnit.Days);

        Assert.Equal([1, 2], summary.CustomerIndexes);
        Assert.Equal([1, 0], summary.Frequency);
        Assert.Equal([4, 0], summary.Recency);
        Assert.Equal([9, 0], summary.Age);
        Assert.Equal([20, 0], summary.MonetaryValue);
        Assert.Null(summary.HoldoutFrequency);
        Assert.Equal(0, summary.HoldoutDuration);
    }

    [Fact]
    public void FromTransactions_PurchasesAfterTheHoldoutEnd_AreNotCounted()
    {
        // Calibration end 2024-03-10, holdout end 03-24 (14 days = 2 weeks). Customer 0 buys 03-03 and 03-10 (calibration:
        // x = 1, t_x = 1 week, T = 1 week), twice on 03-12 and once on 03-20 (2 holdout days), and on 03-30 (after the holdout: ignored).
        var end = new LocalDate(2024, 3, 10);
        var log = new TransactionColumns(
            [0, 0, 0, 0, 0, 0],
            [new(2024, 3, 30), new(2024, 3, 12), new(2024, 3, 3), new(2024, 3, 12), end, new(2024, 3, 20)],
            [1, 1, 1, 1, 1, 1],
            1);

        CustomerSummary summary = CustomerSummary.FromTransactions(log, end, new LocalDate(2024, 3, 24), SummaryTimeUnit.Weeks);

        Assert.Equal([0], summary.CustomerIndexes);
        Assert.Equal([1], summary.Frequency);
        Assert.Equal([1], summary.Recency);
        Assert.Equal([1], summary.Age);
        Assert.Equal([2], summary.HoldoutFrequency!);
        Assert.Equal(2, summary.HoldoutDuration);
    }

    [Fact]
    public void FromTransactions_HoldoutEndingOnTheCalibrationEnd_IsAnEmptyWindow()
    {
        // A holdout end equal to the calibration end is allowed (on or after it): zero length, no holdout purchase days.
        var end = new LocalDate(2024, 3, 10);
        var log = new TransactionColumns([0, 0], [new(2024, 3, 3), new(2024, 3, 11)], [1, 1], 1);

        CustomerSummary summary = CustomerSummary.FromTransactions(log, end, end, SummaryTimeUnit.Days);

        Assert.Equal([0], summary.HoldoutFrequency!);
        Assert.Equal(0, summary.HoldoutDuration);
        Assert.Equal([7], summary.Age);
    }

    [Fact]
    public void DiscreteInput_TwoCustomersWithTwoPeriods_AreEnoughForAFit()
    {
        // The least a BG/BB fit accepts: total weight exactly 2 (no weights: 1 each), a repeat, a miss in each row, periods exactly 2.
        DiscreteInput input = DiscreteInput.Create(new DiscreteSummaryColumns([1, 0], [1, 0], [2, 2]), forFit: true);

        Assert.Equal(2, input.TotalWeight);
        Assert.Equal(2, input.LargestPeriods);
        Assert.Equal(2, input.X.Length);
    }

    [Fact]
    public void DiscreteInput_ZeroWeightRow_IsAcceptedAndLeftOut()
    {
        // The third row (x = 2 of n = 5) weighs 0: valid, but it adds no customer, no row and not its periods.
        DiscreteInput input = DiscreteInput.Create(new DiscreteSummaryColumns([1, 0, 2], [1, 0, 2], [2, 2, 5], [1, 1, 0]), forFit: true);

        Assert.Equal(2, input.TotalWeight);
        Assert.Equal(2, input.LargestPeriods);
        Assert.Equal(2, input.X.Length);
    }

    [Fact]
    public void DiscreteInput_PeriodsAtTheLimit_AreAccepted()
    {
        // 100,000 periods is the documented upper end of [0, 100000], inclusive, for a row and for a customer.
        DiscreteInput input = DiscreteInput.Create(new DiscreteSummaryColumns([0], [0], [100_000]), forFit: false);
        Assert.Equal(100_000, input.LargestPeriods);

        var model = new BetaGeoBetaBinomial(1.204, 0.750, 0.657, 2.783);
        double alive = model.ProbabilityAlive(0, 0, 100_000);
        Assert.InRange(alive, 0, 1);
    }

    [Fact]
    public void DiscreteInput_DiscountRateAtTheMinimum_IsAccepted()
    {
        // 0.0001 per period is the documented least discount rate, inclusive.
        var model = new BetaGeoBetaBinomial(1.204, 0.750, 0.657, 2.783);
        double residual = model.DiscountedExpectedResidualTransactions(DiscreteInput.MinDiscountRate, 1, 1, 2);
        Assert.True(double.IsFinite(residual) && residual > 0, $"residual {residual}");
    }

    [Fact]
    public void ModelInput_RowsWithZeroAndPositiveAges_CompressWithHandCountedTotals()
    {
        // Three customers (x, t_x, T): (2, 3, 4), (0, 0, 2), (0, 0, 0). Largest x 2; mean rate = sum x / sum T = 2 / 6.
        ModelInput input = ModelInput.Create(new CustomerSummaryColumns([2, 0, 0], [3, 0, 0], [4, 2, 0]));

        Assert.Equal(3, input.Customers);
        Assert.Equal(2, input.MaxFrequency);
        Assert.Equal(3, input.X.Length);
        Assert.Equal(1.0 / 3, input.MeanRate(), 15);
    }
}
