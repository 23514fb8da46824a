using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Xunit;

namespace CrmKpi.Charts.Tests;

public sealed class RetentionChartDataTests
{
    // Five customers, January to March 2024:
    //   c0 buys in Jan, Feb, Mar; c1 in Jan and Mar; c2 in Jan only; c3 first in Feb, again in Mar; c4 first in Mar.
    private static readonly int[] Customers = [0, 0, 0, 1, 1, 2, 3, 3, 4];
    private static readonly LocalDate[] Dates =
    [
        new(2024, 1, 3), new(2024, 2, 3), new(2024, 3, 3), new(2024, 1, 9), new(2024, 3, 9),
        new(2024, 1, 20), new(2024, 2, 11), new(2024, 3, 12), new(2024, 3, 30),
    ];
    private static readonly double[] Amounts = [10, 12, 14, 20, 5, 7, 9, 9, 30];
    private static readonly DateInterval Quarter = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31));

    private static TransactionColumns Log => new(Customers, Dates, Amounts, 5);

    [Fact]
    public void Cohort_heatmap_cells_are_the_hand_counted_shares()
    {
        CohortHeatmapData data = RetentionCharts.CohortHeatmapData(Retention.Cohorts(Log, Quarter, PeriodUnit.Month));
        // January cohort {c0, c1, c2}: Feb active {c0} = 1/3, Mar active {c0, c1} = 2/3.
        // February cohort {c3}: Mar active {c3} = 1. March cohort {c4}.
        Assert.Equal([3L, 1, 1], data.Sizes);
        Assert.Equal(new LocalDate(2024, 2, 1), data.Cohorts[1].Start);
        Assert.Equal(1.0, data.Shares[0, 0]);
        Assert.Equal(1.0 / 3, data.Shares[0, 1], 12);
        Assert.Equal(2.0 / 3, data.Shares[0, 2], 12);
        Assert.Equal(1.0, data.Shares[1, 1]);
        Assert.True(double.IsNaN(data.Shares[1, 2]));   // April is outside the range
        Assert.True(double.IsNaN(data.Shares[2, 1]));
        Assert.Equal("2024-01 (n=3)", data.RowLabel(0));
    }

    [Fact]
    public void Cohort_heatmap_renders_with_empty_cohorts()
    {
        // A cohort with no customers (February when nobody starts then) is kept in the data.
        int[] customers = [0, 0, 1];
        LocalDate[] dates = [new(2024, 1, 5), new(2024, 3, 5), new(2024, 3, 6)];
        CohortTable table = Retention.Cohorts(new TransactionColumns(customers, dates, [1.0, 2, 3], 2), Quarter, PeriodUnit.Month);
        CohortHeatmapData data = RetentionCharts.CohortHeatmapData(table);
        Assert.Equal([1L, 0, 1], data.Sizes);
        Assert.True(double.IsNaN(data.Shares[1, 0]));
        Assert.NotEmpty(ChartImage.Png(RetentionCharts.CohortHeatmap(data), 300, 200));
    }

    [Fact]
    public void Retention_by_month_counts_the_previous_month_base_by_hand()
    {
        RetentionByPeriodData data = RetentionCharts.RetentionByPeriodData(Log, Quarter, PeriodUnit.Month);
        // Feb: base = Jan actives {c0, c1, c2}; retained {c0}; lost {c1, c2}.
        // Mar: base = Feb actives {c0, c3}; retained {c0, c3}; lost none.
        Assert.Equal(2, data.Periods.Length);
        Assert.Equal(new LocalDate(2024, 2, 1), data.Periods[0].Start);
        Assert.Equal(3, data.Counts[0].AtStart);
        Assert.Equal(1, data.Counts[0].Retained);
        Assert.Equal(1.0 / 3, data.Retention[0], 12);
        Assert.Equal(2.0 / 3, data.Churn[0], 12);
        Assert.Equal(1.0, data.Retention[1], 12);
        Assert.Equal(0.0, data.Churn[1], 12);
    }

    [Fact]
    public void Retention_by_month_matches_a_set_oracle_on_random_logs()
    {
        var random = new Random(1234);
        for (int trial = 0; trial < 40; trial++)
        {
            int customers = random.Next(1, 30), rows = random.Next(1, 200);
            var ids = new int[rows];
            var dates = new LocalDate[rows];
            for (int i = 0; i < rows; i++)
            {
                ids[i] = random.Next(customers);
                dates[i] = new LocalDate(2023, 1, 1).PlusDays(random.Next(365));
            }

            var range = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));
            RetentionByPeriodData data = RetentionCharts.RetentionByPeriodData(new TransactionColumns(ids, dates, new double[rows], customers), range, PeriodUnit.Month);
            Assert.Equal(11, data.Periods.Length);
            for (int m = 2; m <= 12; m++)
            {
                HashSet<int> before = Active(ids, dates, m - 1), now = Active(ids, dates, m);
                double expected = before.Count == 0 ? double.NaN : (double)before.Count(now.Contains) / before.Count;
                Assert.Equal(expected, data.Retention[m - 2], 12);
                Assert.Equal(before.Count == 0 ? double.NaN : 1 - expected, data.Churn[m - 2], 12);
            }
        }

        static HashSet<int> Active(int[] ids, LocalDate[] dates, int month) =>
            [.. ids.Where((_, i) => dates[i].Month == month)];
    }

    [Fact]
    public void Retention_by_period_needs_two_periods()
    {
        var january = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        var e = Assert.Throws<ArgumentException>(() => RetentionCharts.RetentionByPeriodData(Log, january, PeriodUnit.Month));
        Assert.Equal("range", e.ParamName);
    }

    [Fact]
    public void Revenue_bridge_steps_from_start_to_end()
    {
        // Start 100, +20 expansion, -10 contraction, -30 churned: end 80, GRR 60%, NRR 80%.
        RevenueBridgeData data = RetentionCharts.RevenueBridgeData(new RevenueMovement(100, 20, 10, 30, 7));
        Assert.Equal(["Start", "Expansion", "Contraction", "Churned", "End"], data.Labels);
        Assert.Equal([0.0, 100, 120, 110, 0], data.From);
        Assert.Equal([100.0, 120, 110, 80, 80], data.To);
        Assert.Equal(0.6, data.GrossRetention, 12);
        Assert.Equal(0.8, data.NetRetention, 12);
        Assert.Equal(7, data.NewRevenue);
    }

    [Fact]
    public void Revenue_bridge_of_a_log_decomposes_customer_by_customer()
    {
        // January vs March of the log: c0 10 -> 14 (+4), c1 20 -> 5 (-15 contraction), c2 7 -> 0 (churned 7); c3, c4 new in March (9 + 30).
        var january = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        var march = new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31));
        RevenueBridgeData data = RetentionCharts.RevenueBridgeData(Retention.DecomposeRevenue(Log, january, march));
        Assert.Equal([37.0, 41, 26, 19, 19], data.To);
        Assert.Equal(39, data.NewRevenue, 12);
        Assert.Equal((37 - 15 - 7) / 37.0, data.GrossRetention, 12);
        Assert.Equal(19 / 37.0, data.NetRetention, 12);
        Assert.NotEmpty(ChartImage.Png(RetentionCharts.RevenueBridge(data), 300, 200));
        Assert.NotEmpty(ChartImage.Png(RetentionCharts.RetentionByPeriod(RetentionCharts.RetentionByPeriodData(Log, Quarter, PeriodUnit.Month)), 300, 200));
    }
}
