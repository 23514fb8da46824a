using System;
using System.Linq;
using NodaTime;
using Xunit;

namespace CrmKpi.Charts.Tests;

public sealed class ClvChartDataTests
{
    // BG/NBD parameters of CDNOW (Fader, Hardie and Lee 2005; lifetimes' example).
    private static readonly BetaGeo Cdnow = new(0.243, 4.414, 0.793, 2.426);

    [Fact]
    public void Probability_alive_cells_follow_the_closed_form()
    {
        ModelMatrixData data = ClvCharts.ProbabilityAliveData(Cdnow, 10, 38);
        Assert.Equal(11, data.Frequencies.Length);
        Assert.Equal(39, data.Recencies.Length);
        Assert.Equal(38, data.Age);
        for (int x = 0; x <= 10; x++)
        {
            for (int tx = 0; tx <= 38; tx++)
            {
                // FHL 2005 eq. 11: P(alive) = 1 / (1 + [x > 0] a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)); no customer has x = 0 and t_x > 0.
                double expected = x == 0
                    ? (tx == 0 ? 1 : double.NaN)
                    : 1 / (1 + (0.793 / (2.426 + x - 1) * Math.Pow((4.414 + 38) / (4.414 + tx), 0.243 + x)));
                Assert.Equal(expected, data.Values[x, tx], 10);
            }
        }
    }

    [Fact]
    public void Expected_purchases_cells_are_the_model_at_each_frequency_and_recency()
    {
        ModelMatrixData data = ClvCharts.ExpectedPurchasesData(Cdnow, 5, 20, time: 4);
        Assert.Equal(4, data.Time);
        Assert.Equal(Cdnow.ConditionalExpectedPurchases(4, 3, 12, 20), data.Values[3, 12], 12);
        Assert.Equal(Cdnow.ConditionalExpectedPurchases(4, 0, 0, 20), data.Values[0, 0], 12);
        Assert.True(double.IsNaN(data.Values[0, 5]));
        // More recent buyers are expected to buy more (monotone in recency for x > 0).
        for (int tx = 1; tx <= 20; tx++)
        {
            Assert.True(data.Values[3, tx] > data.Values[3, tx - 1]);
        }

        Assert.NotEmpty(ChartImage.Png(ClvCharts.ModelMatrix(data), 300, 200));
    }

    [Fact]
    public void Calibration_holdout_groups_by_frequency_and_averages()
    {
        // Four customers, days: calibration to 2024-01-31, holdout to 2024-03-31.
        //   c0: 01-01, 01-11, 01-21 (x = 2), holdout 02-10, 03-01 (2);  c1: 01-01, 01-21 (x = 1), holdout 02-15 (1)
        //   c2: 01-05 (x = 0), none;  c3: 01-10 (x = 0), holdout 03-10 (1).
        int[] ids = [0, 0, 0, 0, 0, 1, 1, 1, 2, 3, 3];
        LocalDate[] dates =
        [
            new(2024, 1, 1), new(2024, 1, 11), new(2024, 1, 21), new(2024, 2, 10), new(2024, 3, 1),
            new(2024, 1, 1), new(2024, 1, 21), new(2024, 2, 15), new(2024, 1, 5), new(2024, 1, 10), new(2024, 3, 10),
        ];
        var log = new TransactionColumns(ids, dates, new double[ids.Length], 4);
        CustomerSummary summary = CustomerSummary.FromTransactions(log, new LocalDate(2024, 1, 31), new LocalDate(2024, 3, 31), SummaryTimeUnit.Days);
        var model = new BetaGeo(0.5, 10, 0.8, 2.5);
        CalibrationHoldoutData data = ClvCharts.CalibrationHoldoutData(model, summary, timeUnit: "days");
        Assert.Equal([0.0, 1, 2], data.Frequencies);
        Assert.Equal([2L, 1, 1], data.Customers);
        Assert.Equal([0.5, 1, 2], data.Actual);
        var groups = Enumerable.Range(0, summary.Count).GroupBy(i => summary.Frequency[i]).OrderBy(g => g.Key)
            .Select(g => g.Average(i => model.ConditionalExpectedPurchases(summary.HoldoutDuration, summary.Frequency[i], summary.Recency[i], summary.Age[i]))).ToArray();
        Assert.Equal(groups, data.Predicted);
        Assert.Equal(60, data.HoldoutDuration);
        Assert.Equal([0.0], ClvCharts.CalibrationHoldoutData(model, summary, groups: 1).Frequencies);
        Assert.NotEmpty(ChartImage.Png(ClvCharts.CalibrationHoldout(data), 300, 200));
    }

    [Fact]
    public void Calibration_holdout_needs_a_holdout()
    {
        var log = new TransactionColumns([0, 0], [new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 5)], [1.0, 1], 1);
        CustomerSummary summary = CustomerSummary.FromTransactions(log, new LocalDate(2024, 1, 31), SummaryTimeUnit.Days);
        Assert.Equal("summary", Assert.Throws<ArgumentException>(() => ClvCharts.CalibrationHoldoutData(Cdnow, summary)).ParamName);
    }

    [Fact]
    public void Clv_histogram_bins_by_hand_and_counts_the_tail_apart()
    {
        // 1..100 with 10 bins up to the 90% quantile (90): bins of 9 from 0; 91..100 above.
        double[] values = Enumerable.Range(1, 100).Select(v => (double)v).ToArray();
        HistogramData data = ClvCharts.ClvDistributionData(values, bins: 10, upperQuantile: 0.9);
        Assert.Equal(0, data.Edges[0]);
        Assert.Equal(90, data.Edges[^1]);
        Assert.Equal(10, data.Above);
        Assert.Equal(90, data.Counts.Sum());
        Assert.Equal(8, data.Counts[0]);    // 1..8 (9 starts bin 1)
        Assert.Equal(9, data.Counts[1]);    // 9..17
        Assert.Equal(10, data.Counts[9]);   // 81..90, the top edge included
        Assert.Equal(50.5, data.Mean, 12);
        Assert.Equal(50.5, data.Median, 12);
        Assert.NotEmpty(ChartImage.Png(ClvCharts.ClvDistribution(data), 300, 200));
    }

    [Fact]
    public void Clv_histogram_rejects_bad_values()
    {
        Assert.Equal("values", Assert.Throws<ArgumentOutOfRangeException>(() => ClvCharts.ClvDistributionData([1, double.NaN])).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => ClvCharts.ClvDistributionData([])).ParamName);
        Assert.Equal("bins", Assert.Throws<ArgumentOutOfRangeException>(() => ClvCharts.ClvDistributionData([1.0], bins: 1)).ParamName);
        Assert.Equal("maxFrequency", Assert.Throws<ArgumentOutOfRangeException>(() => ClvCharts.ProbabilityAliveData(Cdnow, 0, 5)).ParamName);
    }
}
