using System;
using System.Globalization;
using ScottPlot;

namespace CrmKpi.Charts.Internal;

/// <summary>One look for every chart: a sans-serif font, readable sizes, named axes.</summary>
internal static class ChartStyle
{
    /// <summary>The default width in pixels of a rendered chart.</summary>
    public const int Width = 900;

    /// <summary>The default height in pixels of a rendered chart.</summary>
    public const int Height = 520;

    /// <summary>Promoters, the passing side and "good" bars.</summary>
    public static readonly Color Good = Color.FromHex("#2E7D32");

    /// <summary>Passives and neutral bars.</summary>
    public static readonly Color Neutral = Color.FromHex("#F9A825");

    /// <summary>Detractors, losses and "bad" bars.</summary>
    public static readonly Color Bad = Color.FromHex("#C62828");

    /// <summary>The main series colour.</summary>
    public static readonly Color Main = Color.FromHex("#1565C0");

    /// <summary>The second series colour.</summary>
    public static readonly Color Second = Color.FromHex("#6A1B9A");

    /// <summary>A new plot with a title and named axes, in the house font.</summary>
    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(SansFont());
        plot.Title(title, size: 18);
        plot.XLabel(xLabel, size: 15);
        plot.YLabel(yLabel, size: 15);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        return plot;
    }

    /// <summary>A line with markers and a legend entry, 2 px wide, optionally dashed.</summary>
    public static ScottPlot.Plottables.Scatter Line(Plot plot, double[] xs, double[] ys, Color colour, string legend, bool dashed = false)
    {
        var line = plot.Add.Scatter(xs, ys, colour);
        line.LegendText = legend;
        line.LineWidth = 2;
        if (dashed)
        {
            line.LinePattern = LinePattern.Dashed;
        }

        return line;
    }

    /// <summary>Manual ticks at 0, 1, 2, ... with the given labels on an axis.</summary>
    public static void IndexTicks(IAxis axis, string[] labels, double rotation = 0)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int i = 0; i < labels.Length; i++)
        {
            ticks.AddMajor(i, labels[i]);
        }

        axis.TickGenerator = ticks;
        axis.TickLabelStyle.Rotation = (float)rotation;
        if (rotation != 0)
        {
            axis.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            int longest = 0;
            foreach (string label in labels)
            {
                longest = Math.Max(longest, label.Length);
            }

            // Room for the rotated labels below the axis, and the axis title below them.
            axis.MinimumSize = 40 + (float)(longest * 8 * Math.Sin(rotation * Math.PI / 180));
        }
    }

    /// <summary>Ticks at whole numbers only (agents, purchase counts).</summary>
    public static void IntegerTicks(IAxis axis, double first, double last)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        double step = Math.Max(1, Math.Ceiling((last - first + 1) / 20));
        for (double v = Math.Ceiling(first); v <= last; v += step)
        {
            ticks.AddMajor(v, v.ToString("0", CultureInfo.InvariantCulture));
        }

        axis.TickGenerator = ticks;
    }

    /// <summary>A percentage with one decimal, invariant culture.</summary>
    public static string Percent(double fraction) =>
        double.IsNaN(fraction) ? ""
        : fraction > 0 && fraction < 0.0005 ? "<0.1%"   // not "0%" for a share that is not zero
        : (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A number with thousands separators and at most two decimals, invariant culture.</summary>
    public static string Number(double value) =>
        Math.Abs(value) >= 100 ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Formats an invariant-culture string.</summary>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string SansFont()
    {
        foreach (string name in new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica" })
        {
            if (System.Linq.Enumerable.Contains(SkiaSharp.SKFontManager.Default.FontFamilies, name))
            {
                return name;
            }
        }

        return Fonts.Default;
    }
}
