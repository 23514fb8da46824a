using System;
using System.Linq;
using CrmKpi.Charts.Internal;
using NodaTime;
using ScottPlot;

namespace CrmKpi.Charts;

/// <summary>
/// Retention pictures: the cohort heatmap, retention and churn by period, and the revenue retention bridge.
/// Each chart has a <c>...Data</c> method that returns the numbers it draws, so the data can be checked or
/// exported without pixels, and a method that returns the ScottPlot <see cref="Plot"/> (render it with
/// <see cref="ChartImage"/>).
/// </summary>
public static class RetentionCharts
{
    /// <summary>The cells of a cohort heatmap: shares active by cohort and periods since acquisition, with the cohort sizes.</summary>
    /// <param name="table">A cohort table from <see cref="Retention.Cohorts(TransactionColumns, DateInterval, PeriodUnit)"/>.</param>
    /// <returns>The heatmap's data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static CohortHeatmapData CohortHeatmapData(CohortTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var cohorts = new DateInterval[table.CohortCount];
        var sizes = new long[table.CohortCount];
        for (int q = 0; q < cohorts.Length; q++)
        {
            cohorts[q] = table.Period(q);
            sizes[q] = table.Size(q);
        }

        return new CohortHeatmapData(table.Unit, cohorts, sizes, table.ToShareArray());
    }

    /// <summary>
    /// The cohort retention heatmap: cohorts down the side (with their sizes), periods since acquisition
    /// across, each cell coloured by the share of the cohort active (the colour scale tops out at the largest
    /// share after the acquisition period, so the later cells are not washed out by column 0's 100%). Cohorts
    /// without customers are not drawn (the title counts them); the data keeps every row.
    /// </summary>
    /// <param name="table">A cohort table.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static Plot CohortHeatmap(CohortTable table) => CohortHeatmap(CohortHeatmapData(table));

    /// <summary>The cohort retention heatmap from its data.</summary>
    /// <param name="data">The data from <see cref="CohortHeatmapData(CohortTable)"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot CohortHeatmap(CohortHeatmapData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        string unit = UnitName(data.Unit);
        int[] drawn = Enumerable.Range(0, data.Cohorts.Length).Where(q => data.Sizes[q] > 0).ToArray();
        int empty = data.Cohorts.Length - drawn.Length;
        Plot plot = ChartStyle.NewPlot(
            ChartStyle.Invariant($"Cohort retention: % active by {unit}s since acquisition") + (empty > 0 ? ChartStyle.Invariant($" ({empty} empty cohorts not drawn)") : ""),
            $"{Capital(unit)}s since acquisition",
            "Cohort (first purchase, customers)");
        int n = data.Cohorts.Length;
        var shares = new double[drawn.Length, n];
        double colourMax = 0;
        for (int row = 0; row < drawn.Length; row++)
        {
            for (int k = 0; k < n; k++)
            {
                double share = data.Shares[drawn[row], k];
                shares[row, k] = share;
                if (k > 0 && share > colourMax)
                {
                    colourMax = share;
                }
            }
        }

        CellGrid.Add(plot, shares, colourMax > 0 ? colourMax : 1, share => ChartStyle.Invariant($"{share * 100:0}"), colourBarLabel: "Share of the cohort active (capped at the largest after period 0)");
        var rowLabels = new string[drawn.Length];
        for (int row = 0; row < drawn.Length; row++)
        {
            rowLabels[drawn.Length - 1 - row] = data.RowLabel(drawn[row]);
        }

        ChartStyle.IndexTicks(plot.Axes.Left, rowLabels);
        ChartStyle.IndexTicks(plot.Axes.Bottom, Enumerable.Range(0, n).Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = drawn.Length > 20 ? 9 : 12;
        plot.Axes.Bottom.TickLabelStyle.FontSize = n > 20 ? 9 : 12;
        return plot;
    }

    /// <summary>Retention and churn of each period of a range against the previous period (the base window).</summary>
    /// <param name="transactions">The purchase log.</param>
    /// <param name="range">The range; split into periods of <paramref name="unit"/>, and every period after the first is charted.</param>
    /// <param name="unit">The period unit (months for monthly retention).</param>
    /// <returns>The counts and rates of each period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException">The range holds a single period, or is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index of the log is out of range.</exception>
    public static RetentionByPeriodData RetentionByPeriodData(TransactionColumns transactions, DateInterval range, PeriodUnit unit)
    {
        ArgumentNullException.ThrowIfNull(range);
        DateInterval[] all = Periods.Split(range, unit);
        if (all.Length < 2)
        {
            throw new ArgumentException(ChartStyle.Invariant($"range {range} holds {all.Length} period of unit {unit}; at least two are needed to compare a period with the previous one."), nameof(range));
        }

        var periods = new DateInterval[all.Length - 1];
        var counts = new RetentionCounts[periods.Length];
        var retention = new double[periods.Length];
        var churn = new double[periods.Length];
        for (int i = 0; i < periods.Length; i++)
        {
            periods[i] = all[i + 1];
            counts[i] = Retention.Classify(transactions, all[i + 1], all[i]);
            retention[i] = Retention.Crr(counts[i]);
            churn[i] = Retention.ChurnRate(counts[i], ChurnDenominator.CustomersAtStart);
        }

        return new RetentionByPeriodData(unit, periods, counts, retention, churn);
    }

    /// <summary>Retention and churn by period as two lines (the shares of the customers active in the previous period).</summary>
    /// <param name="data">The data from <see cref="RetentionByPeriodData(TransactionColumns, DateInterval, PeriodUnit)"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot RetentionByPeriod(RetentionByPeriodData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        string unit = UnitName(data.Unit);
        Plot plot = ChartStyle.NewPlot($"Retention and churn by {unit} (base: customers active the {unit} before)", Capital(unit), "Share of customers active the previous " + unit + " (%)");
        double[] xs = Enumerable.Range(0, data.Periods.Length).Select(i => (double)i).ToArray();
        ChartStyle.Line(plot, xs, data.Retention.Select(r => r * 100).ToArray(), ChartStyle.Good, "Retained (CRR)");
        ChartStyle.Line(plot, xs, data.Churn.Select(r => r * 100).ToArray(), ChartStyle.Bad, "Churned");
        string[] labels = data.Periods.Select(p => PeriodLabel(p, data.Unit)).ToArray();
        ChartStyle.IndexTicks(plot.Axes.Bottom, Thin(labels), labels.Length > 12 ? 45 : 0);
        plot.Axes.SetLimitsY(0, 100);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>The steps of the revenue retention bridge of a movement.</summary>
    /// <param name="movement">The revenue movement between two windows (<see cref="Retention.DecomposeRevenue(TransactionColumns, DateInterval, DateInterval)"/>).</param>
    /// <returns>The bridge's bars, GRR and NRR.</returns>
    public static RevenueBridgeData RevenueBridgeData(RevenueMovement movement)
    {
        double start = movement.StartRevenue;
        double afterExpansion = start + movement.Expansion;
        double afterContraction = afterExpansion - movement.Contraction;
        double end = afterContraction - movement.Churned;
        return new RevenueBridgeData(
            ["Start", "Expansion", "Contraction", "Churned", "End"],
            [0, start, afterExpansion, afterContraction, 0],
            [start, afterExpansion, afterContraction, end, end],
            Retention.GrossRevenueRetention(movement),
            Retention.NetRevenueRetention(movement),
            movement.NewRevenue);
    }

    /// <summary>The revenue retention bridge: a waterfall from start revenue to the end revenue of the start base, with GRR and NRR in the title.</summary>
    /// <param name="movement">The revenue movement.</param>
    /// <returns>The plot.</returns>
    public static Plot RevenueBridge(RevenueMovement movement) => RevenueBridge(RevenueBridgeData(movement));

    /// <summary>The revenue retention bridge from its data.</summary>
    /// <param name="data">The data from <see cref="RevenueBridgeData(RevenueMovement)"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot RevenueBridge(RevenueBridgeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Plot plot = ChartStyle.NewPlot(
            ChartStyle.Invariant($"Revenue retention bridge: GRR {ChartStyle.Percent(data.GrossRetention)}, NRR {ChartStyle.Percent(data.NetRetention)}"),
            ChartStyle.Invariant($"Revenue of the start base (new customers' revenue, {ChartStyle.Number(data.NewRevenue)}, is outside it)"),
            "Revenue");
        Color[] colours = [ChartStyle.Main, ChartStyle.Good, ChartStyle.Neutral, ChartStyle.Bad, ChartStyle.Main];
        var bars = new Bar[data.Labels.Length];
        for (int i = 0; i < bars.Length; i++)
        {
            bars[i] = new Bar
            {
                Position = i,
                ValueBase = Math.Min(data.From[i], data.To[i]),
                Value = Math.Max(data.From[i], data.To[i]),
                FillColor = colours[i],
                Label = ChartStyle.Number(i is 0 or 4 ? data.To[i] : data.To[i] - data.From[i]),
            };
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 13;
        ChartStyle.IndexTicks(plot.Axes.Bottom, data.Labels);
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    internal static string UnitName(PeriodUnit unit) => unit switch
    {
        PeriodUnit.IsoWeek => "week",
        PeriodUnit.Month => "month",
        PeriodUnit.Quarter => "quarter",
        PeriodUnit.Year => "year",
        _ => unit.ToString().ToLowerInvariant(),
    };

    internal static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    internal static string PeriodLabel(DateInterval period, PeriodUnit unit) =>
        period.Start.ToString(unit == PeriodUnit.Month ? "yyyy-MM" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Keeps every label when there are few, else every second or third, so rotated labels do not overlap.</summary>
    internal static string[] Thin(string[] labels)
    {
        int step = labels.Length <= 18 ? 1 : labels.Length <= 36 ? 2 : (labels.Length + 17) / 18;
        return labels.Select((l, i) => i % step == 0 ? l : "").ToArray();
    }
}
