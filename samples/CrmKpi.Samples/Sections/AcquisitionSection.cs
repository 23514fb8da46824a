using System.Linq;
using NodaTime;

namespace CrmKpi.Samples;

/// <summary>Acquisition and order-level metrics (catalog A4 to A7, A9) over the CDNOW log, for the whole range and by half-year.</summary>
public sealed class AcquisitionSection : IReportSection
{
    public void Write(Report report, SampleData data)
    {
        CdnowLog log = data.Cdnow;
        TransactionColumns tx = log.Columns;
        var all = new DateInterval(log.Dates.Min(), log.Dates.Max());

        report.Section("Acquisition and revenue per customer (CDNOW master log)");
        report.Value("Range", $"{all.Start:yyyy-MM-dd} .. {all.End:yyyy-MM-dd}");
        report.Value("Purchases (rows)", log.CustomerIndexes.Length, "N0");
        report.Value("Customers", log.CustomerCount, "N0");
        report.Value("Revenue", log.Amounts.Sum(), "N2", "US$");
        report.Value("ARPU, whole range (A4)", Acquisition.Arpu(tx, all), "N2", "US$ per customer active in the range");
        report.Value("Average order value (A5)", CustomerValue.AverageOrderValue(log.Amounts), "N2", "US$ per purchase");
        report.Value("Items per transaction (A6)", CustomerValue.ItemsPerTransaction(log.ItemCounts), "N3", "CDs per purchase");
        report.Value("Purchase frequency, whole range (A7)", CustomerValue.PurchaseFrequency(tx, all), "N3", "purchases per active customer");

        report.Text("");
        report.Text("  By half-year: new customers (A9), ARPU (A4) and frequency (A7)");
        LocalDate[] starts = [new(1997, 1, 1), new(1997, 7, 1), new(1998, 1, 1)];
        report.Table(
            ["half-year", "new customers", "ARPU (US$)", "purchases per customer"],
            starts.Select(start =>
            {
                var window = new DateInterval(start, start.PlusMonths(6).PlusDays(-1));
                return (string[])[
                    $"{start:yyyy-MM} .. {window.End:yyyy-MM}",
                    Report.Format(Acquisition.NewCustomers(log.Columns, window), "N0"),
                    Report.Format(Acquisition.Arpu(log.Columns, window), "N2"),
                    Report.Format(CustomerValue.PurchaseFrequency(log.Columns, window), "N3"),
                ];
            }));
    }
}
