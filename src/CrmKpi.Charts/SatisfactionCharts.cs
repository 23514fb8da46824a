using System;
using System.Globalization;
using System.Linq;
using CrmKpi.Charts.Internal;
using ScottPlot;

namespace CrmKpi.Charts;

/// <summary>Survey pictures: NPS answers coloured by detractor, passive and promoter with the score and its confidence interval; CSAT and CES distributions.</summary>
public static class SatisfactionCharts
{
    /// <summary>Counts the answers 0-10 and computes the NPS result and its confidence interval.</summary>
    /// <param name="answers">One answer per respondent, each 0 to 10.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1 (0.95 for 95%).</param>
    /// <returns>The chart's data.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside 0-10, or <paramref name="level"/> is out of range.</exception>
    public static NpsChartData NpsData(ReadOnlySpan<int> answers, double level = 0.95)
    {
        NpsResult result = Satisfaction.Nps(answers);
        var counts = new long[11];
        foreach (int a in answers)
        {
            counts[a]++;
        }

        return new NpsChartData(counts, result, level, result.ConfidenceInterval(level));
    }

    /// <summary>The NPS answers 0-10 as bars coloured by group, with the score and its interval in the title.</summary>
    /// <param name="data">The data from <see cref="NpsData"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot Nps(NpsChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        NpsResult r = data.Result;
        Plot plot = ChartStyle.NewPlot(
            ChartStyle.Invariant($"NPS {r.Score:0.0} ({data.Level * 100:0.#}% CI {data.Interval.Lower:0.0} to {data.Interval.Upper:0.0}), {r.Count:#,0} answers"),
            ChartStyle.Invariant($"Answer (0-6 detractors {ChartStyle.Percent(r.DetractorShare)}, 7-8 passives {ChartStyle.Percent(r.PassiveShare)}, 9-10 promoters {ChartStyle.Percent(r.PromoterShare)})"),
            "Respondents");
        var bars = new Bar[11];
        for (int s = 0; s <= 10; s++)
        {
            bars[s] = new Bar
            {
                Position = s,
                Value = data.Counts[s],
                FillColor = s <= 6 ? ChartStyle.Bad : s <= 8 ? ChartStyle.Neutral : ChartStyle.Good,
                Label = data.Counts[s].ToString("#,0", CultureInfo.InvariantCulture),
            };
        }

        plot.Add.Bars(bars);
        ChartStyle.IndexTicks(plot.Axes.Bottom, Enumerable.Range(0, 11).Select(s => s.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.15);
        return plot;
    }

    /// <summary>Counts CSAT answers on a scale and takes their mean (<see cref="Satisfaction.Csat(System.ReadOnlySpan{int}, int, int)"/>).</summary>
    /// <param name="scores">One answer per respondent, on the scale.</param>
    /// <param name="scaleMin">The lowest answer (1 on a 1-5 scale).</param>
    /// <param name="scaleMax">The highest answer; greater than <paramref name="scaleMin"/>, at most 100 points in all.</param>
    /// <returns>The chart's data.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale is invalid or an answer is off it.</exception>
    public static ScaleDistributionData CsatData(ReadOnlySpan<int> scores, int scaleMin, int scaleMax) =>
        Distribution("CSAT", scores, scaleMin, scaleMax, Satisfaction.Csat(scores, scaleMin, scaleMax));

    /// <summary>Counts CES answers on a scale and takes their mean (<see cref="Satisfaction.Ces(System.ReadOnlySpan{int}, int, int)"/>).</summary>
    /// <param name="scores">One answer per respondent, on the scale.</param>
    /// <param name="scaleMin">The lowest answer (1 on a 1-7 scale).</param>
    /// <param name="scaleMax">The highest answer; greater than <paramref name="scaleMin"/>, at most 100 points in all.</param>
    /// <returns>The chart's data.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale is invalid or an answer is off it.</exception>
    public static ScaleDistributionData CesData(ReadOnlySpan<int> scores, int scaleMin, int scaleMax) =>
        Distribution("CES", scores, scaleMin, scaleMax, Satisfaction.Ces(scores, scaleMin, scaleMax));

    /// <summary>A CSAT or CES distribution as bars, with the mean answer marked.</summary>
    /// <param name="data">The data from <see cref="CsatData"/> or <see cref="CesData"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot ScaleDistribution(ScaleDistributionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        long n = data.Counts.Sum();
        Plot plot = ChartStyle.NewPlot(
            ChartStyle.Invariant($"{data.Metric} {data.Mean:0.00} on a {data.ScaleMin}-{data.ScaleMax} scale (mean answer), {n:#,0} answers"),
            "Answer",
            "Respondents");
        var bars = new Bar[data.Counts.Length];
        for (int i = 0; i < bars.Length; i++)
        {
            bars[i] = new Bar
            {
                Position = data.ScaleMin + i,
                Value = data.Counts[i],
                FillColor = ChartStyle.Main,
                Label = data.Counts[i].ToString("#,0", CultureInfo.InvariantCulture),
            };
        }

        plot.Add.Bars(bars);
        var mean = plot.Add.VerticalLine(data.Mean, 2, ChartStyle.Bad, LinePattern.Dashed);
        mean.LegendText = ChartStyle.Invariant($"Mean {data.Mean:0.00}");
        plot.ShowLegend(Alignment.UpperLeft);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int s = data.ScaleMin; s <= data.ScaleMax; s++)
        {
            ticks.AddMajor(s, s.ToString(CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Margins(bottom: 0, top: 0.15);
        return plot;
    }

    private static ScaleDistributionData Distribution(string metric, ReadOnlySpan<int> scores, int scaleMin, int scaleMax, double mean)
    {
        Check.InRange((long)scaleMax - scaleMin, 1, 99, nameof(scaleMax));
        var counts = new long[scaleMax - scaleMin + 1];
        foreach (int s in scores)
        {
            counts[s - scaleMin]++;   // the metric call above has checked every answer is on the scale
        }

        return new ScaleDistributionData(metric, scaleMin, scaleMax, counts, mean);
    }
}
