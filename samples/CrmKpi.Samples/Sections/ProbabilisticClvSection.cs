using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace CrmKpi.Samples.Sections;

/// <summary>
/// Catalog V6: BG/NBD, Pareto/NBD, MBG/NBD and Gamma-Gamma fitted on the CDNOW master log (calibration
/// 1997-01-01..1997-09-30, holdout to 1998-06-30, weeks), the holdout check and the top customers by
/// predicted 12-month CLV.
/// </summary>
public sealed class ProbabilisticClvSection : IReportSection
{
    private static readonly LocalDate CalibrationEnd = new(1997, 9, 30);
    private static readonly LocalDate HoldoutEnd = new(1998, 6, 30);

    /// <summary>One month in weeks (52 / 12), the CLV period.</summary>
    private const double MonthInWeeks = 52.0 / 12.0;

    public void Write(Report report, SampleData data)
    {
        CdnowLog log = data.Cdnow;
        CustomerSummary summary = CustomerSummary.FromTransactions(log.Columns, CalibrationEnd, HoldoutEnd, SummaryTimeUnit.Weeks);
        CustomerSummaryColumns columns = summary.Columns;

        report.Section("Probabilistic CLV (V6): CDNOW master, calibration to 1997-09-30, weeks");
        report.Value("customers summarised", summary.Count, "N0");
        report.Value("customers with repeat purchases", summary.Frequency.Count(f => f > 0), "N0");

        BetaGeo bg = BetaGeo.Fit(columns);
        ParetoNbd pn = ParetoNbd.Fit(columns);
        ModifiedBetaGeo mbg = ModifiedBetaGeo.Fit(columns);
        report.Table(
            ["model", "parameters", "log-likelihood", "converged", "iterations"],
            [
                ["BG/NBD", $"r={F(bg.R)} alpha={F(bg.Alpha)} a={F(bg.A)} b={F(bg.B)}", Report.Format(bg.LogLikelihood, "F1"), bg.Diagnostics!.Converged ? "yes" : "NO", bg.Diagnostics.Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                ["Pareto/NBD", $"r={F(pn.R)} alpha={F(pn.Alpha)} s={F(pn.S)} beta={F(pn.Beta)}", Report.Format(pn.LogLikelihood, "F1"), pn.Diagnostics!.Converged ? "yes" : "NO", pn.Diagnostics.Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                ["MBG/NBD", $"r={F(mbg.R)} alpha={F(mbg.Alpha)} a={F(mbg.A)} b={F(mbg.B)}", Report.Format(mbg.LogLikelihood, "F1"), mbg.Diagnostics!.Converged ? "yes" : "NO", mbg.Diagnostics.Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            ]);

        // Holdout check: predicted vs actual repeat purchases of the calibration customers in the 39 weeks after it.
        double actual = summary.HoldoutFrequency!.Sum();
        double bgPredicted = 0, pnPredicted = 0, mbgPredicted = 0;
        for (int i = 0; i < summary.Count; i++)
        {
            bgPredicted += bg.ConditionalExpectedPurchases(summary.HoldoutDuration, summary.Frequency[i], summary.Recency[i], summary.Age[i]);
            pnPredicted += pn.ConditionalExpectedPurchases(summary.HoldoutDuration, summary.Frequency[i], summary.Recency[i], summary.Age[i]);
            mbgPredicted += mbg.ConditionalExpectedPurchases(summary.HoldoutDuration, summary.Frequency[i], summary.Recency[i], summary.Age[i]);
        }

        report.Value("holdout weeks", summary.HoldoutDuration, "F1");
        report.Value("holdout purchase days, actual", actual, "N0");
        report.Value("holdout purchase days, BG/NBD", bgPredicted, "N0", Report.Format((bgPredicted / actual) - 1, "+0.0%;-0.0%") + " vs actual");
        report.Value("holdout purchase days, Pareto/NBD", pnPredicted, "N0", Report.Format((pnPredicted / actual) - 1, "+0.0%;-0.0%") + " vs actual");
        report.Value("holdout purchase days, MBG/NBD", mbgPredicted, "N0", Report.Format((mbgPredicted / actual) - 1, "+0.0%;-0.0%") + " vs actual");

        // Spend model on repeat customers with a positive average (one CDNOW repeater only bought $0.00 items).
        List<int> repeaters = [.. Enumerable.Range(0, summary.Count).Where(i => summary.Frequency[i] > 0 && summary.MonetaryValue[i] > 0)];
        GammaGamma gg = GammaGamma.Fit([.. repeaters.Select(i => summary.Frequency[i])], [.. repeaters.Select(i => summary.MonetaryValue[i])]);
        report.Value("Gamma-Gamma p, q, gamma", $"{F(gg.P)} {F(gg.Q)} {F(gg.Gamma)}", $"{gg.Diagnostics!.Customers:N0} repeat customers, LL {gg.LogLikelihood:F1}");
        report.Value("mean spend per transaction, model", gg.ConditionalExpectedAverageSpend(0, 0), "F2", "population mean p gamma / (q - 1), US$");

        // 12-month CLV with BG/NBD purchases, 1 % discount per month.
        double[] clv = new double[summary.Count];
        gg.Clv(bg, columns, summary.MonetaryValue, 12, MonthInWeeks, 0.01, clv);
        report.Value("total 12-month CLV (BG/NBD x Gamma-Gamma)", clv.Sum(), "N0", "US$, 1 % monthly discount");
        report.Text("  top 10 customers by predicted 12-month CLV:");
        report.Table(
            ["customer", "x", "t_x", "T", "avg spend", "P(alive)", "E[purchases 52w]", "CLV 12m"],
            Enumerable.Range(0, summary.Count).OrderByDescending(i => clv[i]).Take(10).Select(i => (IReadOnlyList<string>)
            [
                log.CustomerIds[summary.CustomerIndexes[i]],
                Report.Format(summary.Frequency[i], "F0"),
                Report.Format(summary.Recency[i], "F2"),
                Report.Format(summary.Age[i], "F2"),
                Report.Format(summary.MonetaryValue[i], "F2"),
                Report.Format(bg.ProbabilityAlive(summary.Frequency[i], summary.Recency[i], summary.Age[i]), "F3"),
                Report.Format(bg.ConditionalExpectedPurchases(52, summary.Frequency[i], summary.Recency[i], summary.Age[i]), "F2"),
                Report.Format(clv[i], "F2"),
            ]));
    }

    private static string F(double value) => Report.Format(value, "G4");
}
