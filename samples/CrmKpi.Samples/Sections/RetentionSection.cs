using System.Linq;
using NodaTime;

namespace CrmKpi.Samples;

/// <summary>
/// Retention and churn (catalog R1, R2, R4, R5, R7, R8) over the CDNOW log: churn and CRR of the first half of
/// 1998, year-over-year retention, quarter-over-quarter retention, revenue retention and the monthly cohort table.
/// </summary>
public sealed class RetentionSection : IReportSection
{
    public void Write(Report report, SampleData data)
    {
        CdnowLog log = data.Cdnow;
        TransactionColumns tx = log.Columns;
        var range = new DateInterval(new LocalDate(1997, 1, 1), new LocalDate(1998, 6, 30));
        var h1 = new DateInterval(new LocalDate(1998, 1, 1), new LocalDate(1998, 6, 30));
        var h2 = new DateInterval(new LocalDate(1997, 7, 1), new LocalDate(1997, 12, 31));

        report.Section("Retention and churn (CDNOW master log)");
        report.Text("  Window 1998-01 .. 1998-06; at start = bought in the previous half year, 1997-07 .. 1997-12 (the default reading;");
        report.Text("  a non-contractual log: nobody cancels, so a customer is lost in the first window without a purchase).");
        RetentionCounts c = Retention.Classify(tx, h1, CustomersAtStartBasis.PreviousWindow);
        report.Value("Customers at start (S)", c.AtStart, "N0");
        report.Value("New in window (N)", c.New, "N0", "CDNOW holds only customers acquired in Q1 1997");
        report.Value("Retained (bought in the window)", c.Retained, "N0");
        report.Value("Lost (no purchase in the window)", c.Lost, "N0");
        report.Percent("Churn rate, lost / S (R1)", Retention.ChurnRate(c, ChurnDenominator.CustomersAtStart));
        report.Percent("Churn rate, lost / total (R1, 003)", Retention.ChurnRate(c, ChurnDenominator.TotalCustomers));
        report.Percent("Customer retention rate, CRR (R2)", Retention.Crr(c), "(E - N) / S = 1 - churn");
        RetentionCounts ever = Retention.Classify(tx, h1, CustomersAtStartBasis.EverBoughtBefore);
        report.Percent("Churn rate, cumulative reading (R1)", Retention.ChurnRate(ever, ChurnDenominator.CustomersAtStart), "S = ever bought before: a lapsed buyer is lost again each window");
        report.Percent("Repurchase rate (R5)", Retention.RepurchaseRate(c), "2+ purchases among active customers");
        report.Percent("Year-over-year retention 1997 -> 1998 (R4)", Retention.YearOverYearRetention(tx, 1998), "1998 covers January to June only");

        RevenueMovement m = Retention.DecomposeRevenue(tx, h2, h1);
        report.Text("");
        report.Text("  Revenue retention, 1997-H2 -> 1998-H1 (R8), US$");
        report.Value("Start revenue (1997-H2 buyers)", m.StartRevenue, "N2");
        report.Value("Expansion", m.Expansion, "N2");
        report.Value("Contraction", m.Contraction, "N2");
        report.Value("Churned", m.Churned, "N2");
        report.Percent("Gross revenue retention, GRR", Retention.GrossRevenueRetention(m));
        report.Percent("Net revenue retention, NRR", Retention.NetRevenueRetention(m));

        report.Text("");
        report.Text("  Quarter over quarter: of the previous quarter's buyers, the share who bought again (R4 over quarters)");
        DateInterval[] quarters = Periods.Quarters(range);
        report.Table(
            ["quarter", "buyers", "previous buyers", "bought again", "retention"],
            quarters.Skip(1).Select(q =>
            {
                DateInterval previous = Periods.Previous(q);
                RetentionCounts k = Retention.Classify(log.Columns, q, previous);
                return (string[])[
                    $"{q.Start:yyyy-MM} .. {q.End:yyyy-MM}",
                    Report.Format(k.Active, "N0"),
                    Report.Format(k.AtStart, "N0"),
                    Report.Format(k.Retained, "N0"),
                    Report.Format(Retention.YearOverYearRetention(k.Retained, k.AtStart), "P1"),
                ];
            }));

        CohortTable cohorts = Retention.Cohorts(tx, range, PeriodUnit.Month);
        report.Text("");
        report.Text("  Monthly cohort retention (R7): share of each first-purchase cohort buying in month k after acquisition");
        int[] nonEmpty = Enumerable.Range(0, cohorts.CohortCount).Where(q => cohorts.Size(q) > 0).ToArray();
        report.Table(
            ["cohort", "size", .. Enumerable.Range(0, cohorts.PeriodCount).Select(k => $"m{k}")],
            nonEmpty.Select(q => (string[])[
                $"{cohorts.Period(q).Start:yyyy-MM}",
                Report.Format(cohorts.Size(q), "N0"),
                .. Enumerable.Range(0, cohorts.PeriodCount).Select(k => cohorts.IsObserved(q, k) ? Report.Format(cohorts.Share(q, k) * 100, "F0") : ""),
            ]));
        report.Text("  (percent; blank = after 1998-06-30)");
    }
}
