using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CrmKpi.Samples.Sections;

/// <summary>
/// Catalog R3 and V4: the sBG retention projection of Fader and Hardie (2007), "How to Project Customer
/// Retention": each segment's model is fitted on the survivors per 1,000 of years 0-7 and projected to
/// year 12, with the retention rate by tenure, and the discounted expected lifetime against the
/// constant-retention value (V4) for the same data.
/// </summary>
public sealed class RetentionProjectionSection : IReportSection
{
    /// <summary>Discount rate per year for DEL, DERL and the V4 comparison.</summary>
    private const double DiscountRate = 0.10;

    /// <summary>Years projected after year 0.</summary>
    private const int Horizon = 12;

    // Fader and Hardie (2007), table 1: customers still active at the end of years 0-7, per 1,000 of a cohort.
    private static readonly (string Segment, long[] Survivors)[] Segments =
    [
        ("regular", [1000, 631, 468, 382, 326, 289, 262, 241]),
        ("high end", [1000, 869, 743, 653, 593, 551, 517, 491]),
    ];

    public void Write(Report report, SampleData data)
    {
        report.Section("Retention projection (R3, V4): sBG on Fader and Hardie's survivors per 1,000, years 0-7");
        ShiftedBetaGeometric[] models = [.. Segments.Select(s => ShiftedBetaGeometric.Fit(s.Survivors))];
        report.Table(
            ["segment", "alpha", "beta", "log-likelihood", "converged", "mean churn alpha/(alpha+beta)"],
            Segments.Zip(models, (s, m) => (IReadOnlyList<string>)
            [
                s.Segment, Report.Format(m.Alpha, "F3"), Report.Format(m.Beta, "F3"), Report.Format(m.LogLikelihood, "F1"),
                m.Diagnostics!.Converged ? "yes" : "NO", Report.Format(m.Alpha / (m.Alpha + m.Beta), "F3"),
            ]));

        report.Text("  survivors per 1,000 (observed to year 7, projected to year 12) and retention rate r_t = S(t) / S(t-1):");
        double[][] projected = [.. models.Select(m => m.ProjectSurvivors(1000, Horizon))];
        report.Table(
            ["year", "regular observed", "regular projected", "regular r_t", "high end observed", "high end projected", "high end r_t"],
            Enumerable.Range(0, Horizon + 1).Select(t => (IReadOnlyList<string>)
            [
                t.ToString(CultureInfo.InvariantCulture),
                Observed(Segments[0].Survivors, t), Report.Format(projected[0][t], "F1"), t == 0 ? "" : Report.Format(models[0].RetentionRate(t), "F3"),
                Observed(Segments[1].Survivors, t), Report.Format(projected[1][t], "F1"), t == 0 ? "" : Report.Format(models[1].RetentionRate(t), "F3"),
            ]));

        report.Text(FormattableString.Invariant($"  value per unit margin at {DiscountRate:P0} a year: payments after the first, sBG (DEL - 1) against the constant-retention V4 m r / (1 + d - r)"));
        report.Table(
            ["segment", "sBG DEL", "sBG DEL - 1", "V4 at year-1 r", "off by", "V4 at mean r over years 1-7", "off by", "DERL after 4 renewals"],
            Segments.Zip(models, (s, m) =>
            {
                double del = m.DiscountedExpectedLifetime(DiscountRate);
                double firstYear = (double)s.Survivors[1] / s.Survivors[0];
                double mean = Enumerable.Range(1, s.Survivors.Length - 1).Average(t => (double)s.Survivors[t] / s.Survivors[t - 1]);
                double v4First = Lifetime.RetentionDiscountClv(1, firstYear, DiscountRate);
                double v4Mean = Lifetime.RetentionDiscountClv(1, mean, DiscountRate);
                return (IReadOnlyList<string>)
                [
                    s.Segment, Report.Format(del, "F3"), Report.Format(del - 1, "F3"),
                    Report.Format(v4First, "F3") + " (r " + Report.Format(firstYear, "F3") + ")", Report.Format((v4First / (del - 1)) - 1, "+0.0%;-0.0%"),
                    Report.Format(v4Mean, "F3") + " (r " + Report.Format(mean, "F3") + ")", Report.Format((v4Mean / (del - 1)) - 1, "+0.0%;-0.0%"),
                    Report.Format(m.DiscountedExpectedResidualLifetime(DiscountRate, 4), "F3"),
                ];
            }));
    }

    private static string Observed(long[] survivors, int year) =>
        year < survivors.Length ? survivors[year].ToString(CultureInfo.InvariantCulture) : "";
}
