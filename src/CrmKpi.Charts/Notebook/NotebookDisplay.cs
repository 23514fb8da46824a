using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using CrmKpi.Charts.Internal;
using Microsoft.DotNet.Interactive.Formatting;
using ScottPlot;

namespace CrmKpi.Charts.Notebook;

/// <summary>
/// How CrmKpi results show in a Polyglot (.NET Interactive) notebook: HTML tables and inline charts for
/// <see cref="CohortTable"/>, RFM tables (<see cref="RfmScore"/> and <see cref="RfmValues"/> arrays),
/// <see cref="NpsResult"/>, <see cref="CallCenterSummary"/>, the fitted models (<see cref="BetaGeo"/>,
/// <see cref="ParetoNbd"/>, <see cref="GammaGamma"/>) and any ScottPlot <see cref="Plot"/>. The package's
/// .NET Interactive extension (<c>interactive-extensions/dotnet/extension.dib</c>) calls
/// <see cref="Register"/> when a notebook references the package, so nothing needs calling by hand.
/// </summary>
public static class NotebookDisplay
{
    private const string Html = "text/html";

    /// <summary>Registers the HTML formatters. Calling it again replaces them with the same ones.</summary>
    public static void Register()
    {
        Formatter.Register<CohortTable>((table, writer) => writer.Write(CohortTableHtml(table)), Html);
        Formatter.Register<RfmScore[]>((scores, writer) => writer.Write(RfmScoresHtml(scores)), Html);
        Formatter.Register<RfmValues[]>((values, writer) => writer.Write(RfmValuesHtml(values)), Html);
        Formatter.Register<NpsResult>((nps, writer) => writer.Write(NpsHtml(nps)), Html);
        Formatter.Register<CallCenterSummary>((summary, writer) => writer.Write(CallCenterHtml(summary)), Html);
        Formatter.Register<BetaGeo>((model, writer) => writer.Write(ModelHtml("BG/NBD", [("r", model.R), ("alpha", model.Alpha), ("a", model.A), ("b", model.B)], model.LogLikelihood, model.Diagnostics, model)), Html);
        Formatter.Register<ParetoNbd>((model, writer) => writer.Write(ModelHtml("Pareto/NBD", [("r", model.R), ("alpha", model.Alpha), ("s", model.S), ("beta", model.Beta)], model.LogLikelihood, model.Diagnostics, model)), Html);
        Formatter.Register<GammaGamma>((model, writer) => writer.Write(ModelHtml("Gamma-Gamma", [("p", model.P), ("q", model.Q), ("gamma", model.Gamma)], model.LogLikelihood, model.Diagnostics, null)), Html);
        Formatter.Register<Plot>((plot, writer) => writer.Write(Image(plot, "chart")), Html);
    }

    /// <summary>A cohort table as HTML: one row per non-empty cohort with its size and the share active per period since acquisition, and the heatmap.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string CohortTableHtml(CohortTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        CohortHeatmapData data = RetentionCharts.CohortHeatmapData(table);
        var html = new StringWriter(CultureInfo.InvariantCulture);
        html.Write(Invariant($"<div class=\"crmkpi\"><p><b>Cohort table</b>: {table.CohortCount} {RetentionCharts.UnitName(table.Unit)}ly cohorts, {table.TotalCustomers:#,0} customers, {Date(table.Range.Start)} to {Date(table.Range.End)}</p>"));
        html.Write("<table><thead><tr><th>cohort</th><th>customers</th>");
        for (int k = 0; k < table.PeriodCount; k++)
        {
            html.Write(Invariant($"<th>+{k}</th>"));
        }

        html.Write("</tr></thead><tbody>");
        for (int q = 0; q < table.CohortCount; q++)
        {
            if (data.Sizes[q] == 0)
            {
                continue;
            }

            html.Write(Invariant($"<tr><td>{Date(data.Cohorts[q].Start)}</td><td>{data.Sizes[q]:#,0}</td>"));
            for (int k = 0; k < table.PeriodCount; k++)
            {
                html.Write("<td>" + ChartStyle.Percent(data.Shares[q, k]) + "</td>");
            }

            html.Write("</tr>");
        }

        html.Write("</tbody></table>");
        html.Write(Image(RetentionCharts.CohortHeatmap(data), "cohort heatmap", 900, Math.Max(420, 160 + (22 * data.Sizes.Count(s => s > 0)))));
        html.Write("</div>");
        return html.ToString();
    }

    /// <summary>
    /// RFM scores as HTML: customers and share per segment and the segment bars. The bin count is taken from
    /// the highest score (at least 2), and the segments from <see cref="RfmSegmentRules.ForBins(int)"/>; call
    /// <see cref="RfmCharts.SegmentBarsData"/> with your own rules for anything else.
    /// </summary>
    /// <param name="scores">One score per customer, as from <see cref="Rfm.Score(ReadOnlySpan{RfmValues}, int, RfmScoring)"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    public static string RfmScoresHtml(RfmScore[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        int bins = Math.Max(Rfm.MinBins, scores.Length == 0 ? Rfm.DefaultBins : scores.Max(s => Math.Max(s.Recency, Math.Max(s.Frequency, s.Monetary))));
        RfmSegmentRules rules = RfmSegmentRules.ForBins(Math.Min(bins, Rfm.MaxBins));
        SegmentBarsData bars = RfmCharts.SegmentBarsData(new RfmValues[scores.Length], scores, rules);
        var html = new StringWriter(CultureInfo.InvariantCulture);
        html.Write(Invariant($"<div class=\"crmkpi\"><p><b>RFM scores</b>: {scores.Length:#,0} customers, {rules.Bins} bins (from the highest score; segments by the default rules of that many bins)</p><table><thead><tr><th>segment</th><th>customers</th><th>share</th></tr></thead><tbody>"));
        for (int i = 0; i < bars.Segments.Length; i++)
        {
            html.Write(Invariant($"<tr><td>{RfmCharts.SegmentName(bars.Segments[i])}</td><td>{bars.Customers[i]:#,0}</td><td>{ChartStyle.Percent(scores.Length == 0 ? double.NaN : (double)bars.Customers[i] / scores.Length)}</td></tr>"));
        }

        html.Write("</tbody></table>");
        html.Write(Image(RfmCharts.SegmentBars(bars), "RFM segments"));
        html.Write("</div>");
        return html.ToString();
    }

    /// <summary>RFM values as HTML: customers with a purchase and the quartiles of recency, frequency and monetary value.</summary>
    /// <param name="values">One entry per customer, as from <see cref="Rfm.Values(TransactionColumns, NodaTime.DateInterval, NodaTime.LocalDate, RfmMonetary)"/>.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static string RfmValuesHtml(RfmValues[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        RfmValues[] buyers = values.Where(v => v.HasPurchase).ToArray();
        var html = new StringWriter(CultureInfo.InvariantCulture);
        html.Write(Invariant($"<div class=\"crmkpi\"><p><b>RFM values</b>: {values.Length:#,0} customers, {buyers.Length:#,0} with a purchase in the window</p>"));
        if (buyers.Length > 0)
        {
            html.Write("<table><thead><tr><th></th><th>min</th><th>25%</th><th>median</th><th>75%</th><th>max</th></tr></thead><tbody>");
            Row("recency (days)", buyers.Select(v => (double)v.RecencyDays));
            Row("frequency", buyers.Select(v => (double)v.Frequency));
            Row("monetary", buyers.Select(v => v.Monetary));
            html.Write("</tbody></table>");
        }

        html.Write("</div>");
        return html.ToString();

        void Row(string name, System.Collections.Generic.IEnumerable<double> column)
        {
            double[] sorted = column.Order().ToArray();
            html.Write("<tr><td>" + name + "</td>");
            foreach (double q in new[] { 0, 0.25, 0.5, 0.75, 1 })
            {
                html.Write("<td>" + ChartStyle.Number(sorted[(int)Math.Round(q * (sorted.Length - 1))]) + "</td>");
            }

            html.Write("</tr>");
        }
    }

    /// <summary>An NPS result as HTML: score, 95% interval, the three groups with counts and shares, and a bar of the shares.</summary>
    /// <param name="nps">The result.</param>
    /// <returns>The HTML fragment.</returns>
    public static string NpsHtml(NpsResult nps)
    {
        (double lower, double upper) = nps.Count == 0 ? (double.NaN, double.NaN) : nps.ConfidenceInterval(0.95);
        return Invariant($"<div class=\"crmkpi\"><p><b>NPS {nps.Score:0.0}</b> (95% CI {lower:0.0} to {upper:0.0}, SE {nps.StandardError:0.00}), {nps.Count:#,0} answers</p>")
            + "<table><thead><tr><th>group</th><th>answers</th><th>share</th></tr></thead><tbody>"
            + Invariant($"<tr><td>promoters (9-10)</td><td>{nps.Promoters:#,0}</td><td>{ChartStyle.Percent(nps.PromoterShare)}</td></tr>")
            + Invariant($"<tr><td>passives (7-8)</td><td>{nps.Passives:#,0}</td><td>{ChartStyle.Percent(nps.PassiveShare)}</td></tr>")
            + Invariant($"<tr><td>detractors (0-6)</td><td>{nps.Detractors:#,0}</td><td>{ChartStyle.Percent(nps.DetractorShare)}</td></tr>")
            + "</tbody></table>"
            + Invariant($"<div style=\"display:flex;width:480px;height:18px\"><div style=\"background:#C62828;width:{nps.DetractorShare * 100:0.##}%\"></div><div style=\"background:#F9A825;width:{nps.PassiveShare * 100:0.##}%\"></div><div style=\"background:#2E7D32;width:{nps.PromoterShare * 100:0.##}%\"></div></div></div>");
    }

    /// <summary>A call-center summary as an HTML table of its KPIs.</summary>
    /// <param name="s">The summary.</param>
    /// <returns>The HTML fragment.</returns>
    public static string CallCenterHtml(CallCenterSummary s) =>
        Invariant($"<div class=\"crmkpi\"><p><b>Call center</b>: {s.Calls:#,0} calls, threshold {s.ThresholdSeconds:0.#} s, short abandons under {s.ShortAbandonSeconds:0.#} s</p><table><tbody>")
        + Invariant($"<tr><td>offered / answered / abandoned / blocked</td><td>{s.Offered:#,0} / {s.Answered:#,0} / {s.Abandoned:#,0} / {s.Blocked:#,0}</td></tr>")
        + Invariant($"<tr><td>service level (abandoned in denominator)</td><td>{ChartStyle.Percent(s.ServiceLevel(ServiceLevelDefinition.AbandonedInDenominator))}</td></tr>")
        + Invariant($"<tr><td>average speed of answer</td><td>{s.AverageSpeedOfAnswer:0.0} s</td></tr>")
        + Invariant($"<tr><td>abandonment rate</td><td>{ChartStyle.Percent(s.AbandonmentRate)}</td></tr>")
        + Invariant($"<tr><td>average handle time (talk + hold + ACW)</td><td>{s.AverageHandleTime(HandleTimeDefinition.TalkHoldAfterCallWork):0.0} s</td></tr>")
        + "</tbody></table></div>";

    private static string ModelHtml(string name, (string Name, double Value)[] parameters, double logLikelihood, FitDiagnostics? diagnostics, IPurchaseModel? model)
    {
        var html = new StringWriter(CultureInfo.InvariantCulture);
        html.Write(Invariant($"<div class=\"crmkpi\"><p><b>{name}</b>"));
        if (diagnostics is not null)
        {
            html.Write(Invariant($": fitted on {diagnostics.Customers:#,0} customers, log-likelihood {logLikelihood:F2}, {(diagnostics.Converged ? "converged" : "NOT converged (" + WebUtility.HtmlEncode(diagnostics.ExitReason) + ")")} in {diagnostics.Iterations} iterations"));
        }

        html.Write("</p><table><thead><tr><th>parameter</th><th>value</th></tr></thead><tbody>");
        foreach ((string p, double v) in parameters)
        {
            html.Write(Invariant($"<tr><td>{p}</td><td>{v:G6}</td></tr>"));
        }

        html.Write("</tbody></table>");
        if (model is not null)
        {
            html.Write(Image(ClvCharts.ModelMatrix(ClvCharts.ProbabilityAliveData(model, 20, 52, "time units")), "P(alive) matrix", 900, 560));
        }

        html.Write("</div>");
        return html.ToString();
    }

    private static string Image(Plot plot, string alt, int width = ChartStyle.Width, int height = ChartStyle.Height) =>
        $"<img src=\"{ChartImage.PngDataUri(plot, width, height)}\" width=\"{width}\" height=\"{height}\" alt=\"{alt}\">";

    private static string Date(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
