using System;
using System.Globalization;
using System.Linq;
using CrmKpi.Charts.Internal;
using ScottPlot;

namespace CrmKpi.Charts;

/// <summary>
/// RFM pictures: the segment map (recency score across, the mean of frequency and monetary scores up, tiles
/// sized by customers and coloured by monetary value, each named by its segment) and the segment bars.
/// </summary>
public static class RfmCharts
{
    /// <summary>The tiles of the segment map.</summary>
    /// <param name="values">Each customer's RFM values (the monetary value of a tile is their sum).</param>
    /// <param name="scores">Each customer's scores, as long as <paramref name="values"/>; unscored customers (no purchase) are counted apart.</param>
    /// <param name="rules">The segment table (its bin count must match the scores).</param>
    /// <returns>The grid of customers and monetary sums.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is above the table's bin count, or only partly set.</exception>
    public static RfmGridData SegmentMapData(ReadOnlySpan<RfmValues> values, ReadOnlySpan<RfmScore> scores, RfmSegmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Check.SameLength(values.Length, scores.Length, nameof(scores));
        int bins = rules.Bins;
        var customers = new long[bins, bins];
        var monetary = new double[bins, bins];
        long unscored = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            RfmScore s = scores[i];
            if (s == default)
            {
                unscored++;
                continue;
            }

            CheckScore(s, bins, i);
            int fm = s.FrequencyMonetary;
            customers[s.Recency - 1, fm - 1]++;
            monetary[s.Recency - 1, fm - 1] += values[i].Monetary;
        }

        return new RfmGridData(rules, customers, monetary, unscored);
    }

    /// <summary>The segment map from its data.</summary>
    /// <param name="data">The data from <see cref="SegmentMapData"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot SegmentMap(RfmGridData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        int bins = data.Bins;
        Plot plot = ChartStyle.NewPlot(
            "RFM segment map: tile area = customers, colour = monetary value",
            "Recency score (higher = bought more recently)",
            "Mean of frequency and monetary scores");
        long maxCustomers = 0;
        double maxMonetary = 0;
        foreach (long c in data.Customers)
        {
            maxCustomers = Math.Max(maxCustomers, c);
        }

        foreach (double m in data.Monetary)
        {
            maxMonetary = Math.Max(maxMonetary, m);
        }

        IColormap colormap = new ScottPlot.Colormaps.Viridis();
        for (int r = 1; r <= bins; r++)
        {
            for (int fm = 1; fm <= bins; fm++)
            {
                var frame = plot.Add.Rectangle(r - 0.5, r + 0.5, fm - 0.5, fm + 0.5);
                frame.FillColor = Colors.Transparent;
                frame.LineColor = Colors.LightGray;
                long n = data.Customers[r - 1, fm - 1];
                RfmSegment segment = data.Rules.Classify(new RfmScore((byte)r, (byte)fm, (byte)fm));
                if (n > 0)
                {
                    double half = 0.47 * Math.Sqrt((double)n / maxCustomers);
                    var tile = plot.Add.Rectangle(r - half, r + half, fm - half, fm + half);
                    tile.FillColor = colormap.GetColor(maxMonetary > 0 ? data.Monetary[r - 1, fm - 1] / maxMonetary : 0).WithAlpha(0.85);
                    tile.LineWidth = 0;
                }

                var text = plot.Add.Text(SegmentName(segment) + "\n" + n.ToString("#,0", CultureInfo.InvariantCulture), r, fm);
                text.LabelFontSize = bins <= 5 ? 11 : 8;
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontColor = Colors.Black;
                text.LabelBackgroundColor = Colors.White.WithAlpha(0.7);
            }
        }

        string[] ticks = Enumerable.Range(0, bins + 1).Select(i => i == 0 ? "" : i.ToString(CultureInfo.InvariantCulture)).ToArray();
        ChartStyle.IndexTicks(plot.Axes.Bottom, ticks);
        ChartStyle.IndexTicks(plot.Axes.Left, ticks);
        plot.Axes.SetLimits(0.5, bins + 0.5, 0.5, bins + 0.5);
        plot.Grid.IsVisible = false;
        return plot;
    }

    /// <summary>Customers and monetary value per segment.</summary>
    /// <param name="values">Each customer's RFM values.</param>
    /// <param name="scores">Each customer's scores, as long as <paramref name="values"/>.</param>
    /// <param name="rules">The segment table.</param>
    /// <returns>One entry per segment of <see cref="RfmSegment"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is above the table's bin count, or only partly set.</exception>
    public static SegmentBarsData SegmentBarsData(ReadOnlySpan<RfmValues> values, ReadOnlySpan<RfmScore> scores, RfmSegmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Check.SameLength(values.Length, scores.Length, nameof(scores));
        RfmSegment[] segments = Enum.GetValues<RfmSegment>();
        var customers = new long[segments.Length];
        var monetary = new double[segments.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            RfmScore s = scores[i];
            RfmSegment segment = RfmSegment.NoPurchaseInWindow;
            if (s != default)
            {
                CheckScore(s, rules.Bins, i);
                segment = rules.Classify(s);
            }

            customers[(int)segment]++;
            monetary[(int)segment] += values[i].Monetary;
        }

        return new SegmentBarsData(segments, customers, monetary);
    }

    /// <summary>Horizontal bars of customers per segment, each labelled with its share of customers and of monetary value.</summary>
    /// <param name="data">The data from <see cref="SegmentBarsData"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot SegmentBars(SegmentBarsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Plot plot = ChartStyle.NewPlot("RFM segments: customers (share of customers / share of monetary value)", "Customers", "Segment");
        long totalCustomers = data.Customers.Sum();
        double totalMonetary = data.Monetary.Sum();
        int n = data.Segments.Length;
        var bars = new Bar[n];
        var labels = new string[n];
        for (int i = 0; i < n; i++)
        {
            int row = n - 1 - i;
            labels[row] = SegmentName(data.Segments[i]);
            bars[i] = new Bar
            {
                Position = row,
                Value = data.Customers[i],
                FillColor = ChartStyle.Main,
                Label = ChartStyle.Invariant($"{data.Customers[i]:#,0} ({ChartStyle.Percent((double)data.Customers[i] / totalCustomers)} / {ChartStyle.Percent(totalMonetary > 0 ? data.Monetary[i] / totalMonetary : double.NaN)})"),
                Orientation = Orientation.Horizontal,
            };
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 12;
        ChartStyle.IndexTicks(plot.Axes.Left, labels);
        plot.Axes.Margins(left: 0, right: 0.3);
        return plot;
    }

    /// <summary>A segment's display name: words split at capitals ("CannotLoseThem" is "Cannot lose them").</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The name.</returns>
    public static string SegmentName(RfmSegment segment)
    {
        if (segment == RfmSegment.NoPurchaseInWindow)
        {
            return "No purchase";
        }

        string name = segment.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static void CheckScore(RfmScore s, int bins, int index)
    {
        if (s.Recency < 1 || s.Recency > bins || s.Frequency < 1 || s.Frequency > bins || s.Monetary < 1 || s.Monetary > bins)
        {
            throw new ArgumentOutOfRangeException("scores", s, ChartStyle.Invariant($"scores[{index}] must have every score in 1..{bins}; it is {s}."));
        }
    }
}
