using System;
using System.Linq;

namespace CrmKpi.Samples;

/// <summary>Historical customer value (catalog V1) over the CDNOW log: its distribution and the top customers.</summary>
public sealed class LifetimeValueSection : IReportSection
{
    public void Write(Report report, SampleData data)
    {
        CdnowLog log = data.Cdnow;
        double[] value = new double[log.CustomerCount];
        Lifetime.HistoricalClv(log.Columns, value);   // revenue so far; the data carry no costs
        double[] sorted = [.. value.Order()];

        report.Section("Historical customer value (V1, revenue to date; CDNOW carries no costs)");
        report.Value("Mean per customer", value.Average(), "N2", "US$");
        report.Value("Median per customer", Median(sorted), "N2", "US$");
        report.Value("90th percentile", sorted[(int)Math.Ceiling(0.9 * sorted.Length) - 1], "N2", "US$ (nearest rank)");
        double top10 = sorted.Skip(sorted.Length - (sorted.Length / 10)).Sum();
        report.Percent("Revenue share of the top 10 % of customers", top10 / sorted.Sum());
        report.Text("");
        report.Text("  Top five customers by historical value");
        report.Table(
            ["customer", "value (US$)"],
            Enumerable.Range(0, value.Length).OrderByDescending(c => value[c]).Take(5)
                .Select(c => (string[])[log.CustomerIds[c], Report.Format(value[c], "N2")]));
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}
