using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmKpi.Charts.Internal;
using ScottPlot;

namespace CrmKpi.Charts;

/// <summary>
/// Probabilistic CLV pictures: the P(alive) and expected-purchases matrices over frequency and recency (as
/// lifetimes draws them), calibration against holdout, and the CLV distribution.
/// </summary>
public static class ClvCharts
{
    /// <summary>P(alive) of a customer of age <paramref name="maxRecency"/> for each frequency 0..<paramref name="maxFrequency"/> and recency 0..<paramref name="maxRecency"/>.</summary>
    /// <param name="model">A fitted model (<see cref="BetaGeo"/> or <see cref="ParetoNbd"/>).</param>
    /// <param name="maxFrequency">The largest frequency row, 1 to 1,000 (lifetimes: the largest frequency in the data).</param>
    /// <param name="maxRecency">The largest recency column and the age of every customer, 1 to 1,000 (lifetimes: the largest T in the data, as an integer).</param>
    /// <param name="timeUnit">The name of the model's time unit, for the labels ("weeks").</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="timeUnit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    public static ModelMatrixData ProbabilityAliveData(IPurchaseModel model, int maxFrequency, int maxRecency, string timeUnit = "weeks")
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(timeUnit);
        return Matrix(maxFrequency, maxRecency, 0, timeUnit, (x, tx, age) => model.ProbabilityAlive(x, tx, age));
    }

    /// <summary>Expected purchases in the next <paramref name="time"/> units for each frequency and recency, every customer of age <paramref name="maxRecency"/>.</summary>
    /// <param name="model">A fitted model.</param>
    /// <param name="maxFrequency">The largest frequency row, 1 to 1,000.</param>
    /// <param name="maxRecency">The largest recency column and the customers' age, 1 to 1,000.</param>
    /// <param name="time">The horizon, in the model's time unit (lifetimes' default: 1). Finite, greater than zero.</param>
    /// <param name="timeUnit">The name of the model's time unit, for the labels ("weeks").</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="timeUnit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size or the horizon is out of range.</exception>
    public static ModelMatrixData ExpectedPurchasesData(IPurchaseModel model, int maxFrequency, int maxRecency, double time = 1, string timeUnit = "weeks")
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(timeUnit);
        Check.FinitePositive(time);
        return Matrix(maxFrequency, maxRecency, time, timeUnit, (x, tx, age) => model.ConditionalExpectedPurchases(time, x, tx, age));
    }

    /// <summary>The P(alive) or expected-purchases matrix as a heatmap (frequency 0 at the top, as lifetimes draws it).</summary>
    /// <param name="data">The data from <see cref="ProbabilityAliveData"/> or <see cref="ExpectedPurchasesData"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot ModelMatrix(ModelMatrixData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        bool alive = data.Time == 0;
        string title = alive
            ? ChartStyle.Invariant($"Probability a customer is alive, by frequency and recency (age {data.Age:0.##} {data.TimeUnit})")
            : ChartStyle.Invariant($"Expected purchases in the next {data.Time:0.##} {data.TimeUnit}, by frequency and recency (age {data.Age:0.##})");
        Plot plot = ChartStyle.NewPlot(title, ChartStyle.Invariant($"Recency (age at last purchase, {data.TimeUnit})"), "Frequency (repeat purchases)");
        double max = 0;
        foreach (double v in data.Values)
        {
            if (v > max)
            {
                max = v;
            }
        }

        CellGrid.Add(plot, data.Values, alive ? 1 : (max > 0 ? max : 1), v => v.ToString(alive ? "0.00" : "0.0", CultureInfo.InvariantCulture), colourBarLabel: alive ? "P(alive)" : "Expected purchases");
        int rows = data.Frequencies.Length;
        int stepRows = Math.Max(1, rows / 15);
        int stepColumns = Math.Max(1, data.Recencies.Length / 20);
        ChartStyle.IndexTicks(plot.Axes.Left, Enumerable.Range(0, rows).Select(i => (rows - 1 - i) % stepRows == 0 ? data.Frequencies[rows - 1 - i].ToString(CultureInfo.InvariantCulture) : "").ToArray());
        ChartStyle.IndexTicks(plot.Axes.Bottom, data.Recencies.Select((r, i) => i % stepColumns == 0 ? r.ToString(CultureInfo.InvariantCulture) : "").ToArray());
        return plot;
    }

    /// <summary>Mean actual and predicted holdout purchases by calibration frequency.</summary>
    /// <param name="model">A model fitted on the calibration columns of <paramref name="summary"/>.</param>
    /// <param name="summary">A calibration/holdout summary (<see cref="CustomerSummary.FromTransactions(TransactionColumns, NodaTime.LocalDate, NodaTime.LocalDate, SummaryTimeUnit)"/>).</param>
    /// <param name="groups">How many of the lowest calibration frequencies to show, 1 to 100 (lifetimes' default: 7).</param>
    /// <param name="timeUnit">The name of the summary's time unit, for the labels ("weeks").</param>
    /// <returns>The groups.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/>, <paramref name="summary"/> or <paramref name="timeUnit"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="summary"/> has no holdout period.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="groups"/> is out of range.</exception>
    public static CalibrationHoldoutData CalibrationHoldoutData(IPurchaseModel model, CustomerSummary summary, int groups = 7, string timeUnit = "weeks")
    {
        ArgumentNullException.ThrowIfNull(timeUnit);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(summary);
        Check.InRange(groups, 1, 100);
        double[] holdout = summary.HoldoutFrequency
            ?? throw new ArgumentException("summary has no holdout period; build it with CustomerSummary.FromTransactions(transactions, calibrationEnd, holdoutEnd, unit).", nameof(summary));
        var byFrequency = new SortedDictionary<double, (long Customers, double Actual, double Predicted)>();
        for (int i = 0; i < summary.Count; i++)
        {
            double x = summary.Frequency[i];
            double predicted = model.ConditionalExpectedPurchases(summary.HoldoutDuration, x, summary.Recency[i], summary.Age[i]);
            byFrequency.TryGetValue(x, out var group);
            byFrequency[x] = (group.Customers + 1, group.Actual + holdout[i], group.Predicted + predicted);
        }

        var kept = byFrequency.Take(groups).ToArray();
        return new CalibrationHoldoutData(
            kept.Select(g => g.Key).ToArray(),
            kept.Select(g => g.Value.Customers).ToArray(),
            kept.Select(g => g.Value.Actual / g.Value.Customers).ToArray(),
            kept.Select(g => g.Value.Predicted / g.Value.Customers).ToArray(),
            summary.HoldoutDuration,
            timeUnit);
    }

    /// <summary>Actual and predicted holdout purchases as two lines over the calibration frequency.</summary>
    /// <param name="data">The data from <see cref="CalibrationHoldoutData"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot CalibrationHoldout(CalibrationHoldoutData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Plot plot = ChartStyle.NewPlot(
            ChartStyle.Invariant($"Actual vs predicted purchases in the holdout period ({data.HoldoutDuration:0.##} {data.TimeUnit})"),
            "Purchases in the calibration period (frequency)",
            "Mean purchases in the holdout period");
        var actual = ChartStyle.Line(plot, data.Frequencies, data.Actual, ChartStyle.Main, "Actual");
        actual.MarkerSize = 8;
        var predicted = ChartStyle.Line(plot, data.Frequencies, data.Predicted, ChartStyle.Bad, "Model", dashed: true);
        predicted.MarkerSize = 8;
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Margins(bottom: 0);
        ChartStyle.IntegerTicks(plot.Axes.Bottom, data.Frequencies[0], data.Frequencies[^1]);
        return plot;
    }

    /// <summary>A histogram of customer lifetime values (from <see cref="GammaGamma.Clv(IPurchaseModel, CustomerSummaryColumns, ReadOnlySpan{double}, int, double, double, Span{double})"/>).</summary>
    /// <param name="values">The CLV of each customer; finite.</param>
    /// <param name="bins">The number of bins, 2 to 200.</param>
    /// <param name="upperQuantile">The quantile that sets the last edge, in (0, 1]; the values above it are counted apart (0.99 keeps a long tail from squashing the bars).</param>
    /// <returns>The histogram.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or <paramref name="bins"/> or <paramref name="upperQuantile"/> is out of range.</exception>
    public static HistogramData ClvDistributionData(ReadOnlySpan<double> values, int bins = 40, double upperQuantile = 0.99)
    {
        Check.InRange(bins, 2, 200);
        if (!(upperQuantile > 0 && upperQuantile <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(upperQuantile), upperQuantile, ChartStyle.Invariant($"upperQuantile must be in (0, 1]; it is {upperQuantile}."));
        }

        if (values.IsEmpty)
        {
            throw new ArgumentException("values is empty; a histogram needs at least one value.", nameof(values));
        }

        double[] sorted = values.ToArray();
        for (int i = 0; i < sorted.Length; i++)
        {
            if (!double.IsFinite(sorted[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(values), sorted[i], ChartStyle.Invariant($"values[{i}] must be finite; it is {sorted[i]}."));
            }
        }

        Array.Sort(sorted);
        int n = sorted.Length;
        double low = Math.Min(0, sorted[0]);
        double high = sorted[Math.Min(n - 1, (int)Math.Ceiling(upperQuantile * n) - 1)];
        if (high <= low)
        {
            high = low + 1;
        }

        var edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++)
        {
            edges[b] = low + ((high - low) * b / bins);
        }

        var counts = new long[bins];
        long above = 0;
        double sum = 0;
        foreach (double v in sorted)
        {
            sum += v;
            if (v > high)
            {
                above++;
                continue;
            }

            int b = (int)((v - low) * bins / (high - low));
            counts[Math.Min(b, bins - 1)]++;
        }

        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        return new HistogramData(edges, counts, above, sum / n, median);
    }

    /// <summary>The CLV distribution as bars, with the mean and median marked.</summary>
    /// <param name="data">The data from <see cref="ClvDistributionData"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot ClvDistribution(HistogramData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Plot plot = ChartStyle.NewPlot(
            ChartStyle.Invariant($"Customer lifetime value: mean {ChartStyle.Number(data.Mean)}, median {ChartStyle.Number(data.Median)}; {data.Above:#,0} above {ChartStyle.Number(data.Edges[^1])} not drawn"),
            "CLV (currency units)",
            "Customers");
        double width = data.Edges[1] - data.Edges[0];
        var bars = new Bar[data.Counts.Length];
        for (int b = 0; b < bars.Length; b++)
        {
            bars[b] = new Bar { Position = data.Edges[b] + (width / 2), Value = data.Counts[b], Size = width * 0.95, FillColor = ChartStyle.Main };
        }

        plot.Add.Bars(bars);
        var mean = plot.Add.VerticalLine(data.Mean, 2, ChartStyle.Bad, LinePattern.Dashed);
        mean.LegendText = "Mean";
        var median = plot.Add.VerticalLine(data.Median, 2, ChartStyle.Good, LinePattern.Dotted);
        median.LegendText = "Median";
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    private static ModelMatrixData Matrix(int maxFrequency, int maxRecency, double time, string timeUnit, Func<double, double, double, double> cell)
    {
        Check.InRange(maxFrequency, 1, 1000);
        Check.InRange(maxRecency, 1, 1000);
        double[] frequencies = Enumerable.Range(0, maxFrequency + 1).Select(f => (double)f).ToArray();
        double[] recencies = Enumerable.Range(0, maxRecency + 1).Select(r => (double)r).ToArray();
        var values = new double[frequencies.Length, recencies.Length];
        for (int f = 0; f < frequencies.Length; f++)
        {
            for (int r = 0; r < recencies.Length; r++)
            {
                values[f, r] = f == 0 && r > 0 ? double.NaN : cell(f, r, maxRecency);
            }
        }

        return new ModelMatrixData(frequencies, recencies, maxRecency, time, values, timeUnit);
    }
}
