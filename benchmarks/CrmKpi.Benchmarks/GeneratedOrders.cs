using System;
using System.Globalization;
using System.IO;
using CrmKpi.Benchmarks.Data;
using NodaTime;

namespace CrmKpi.Benchmarks;

/// <summary>
/// What the file benchmarks (CSV, Parquet, Arrow) share: the generated order export in the temporary folder
/// (10 million rows unless <c>CRMKPI_BENCH_ROWS</c> names another count) and the RFM table they compute from it.
/// </summary>
public static class GeneratedOrders
{
    /// <summary>The last order date of the export, the RFM as-of date.</summary>
    public static readonly LocalDate AsOf = LocalDate.FromDateOnly(OrderExport.End);

    /// <summary>The export's whole date range.</summary>
    public static readonly DateInterval Range = new(LocalDate.FromDateOnly(OrderExport.Start), AsOf);

    /// <summary>The path of the generated CSV export, written on first use.</summary>
    public static string CsvPath()
    {
        string variable = Environment.GetEnvironmentVariable("CRMKPI_BENCH_ROWS") ?? "10000000";
        int rows = int.Parse(variable, NumberStyles.None, CultureInfo.InvariantCulture);
        return OrderExport.Ensure(Path.Combine(Path.GetTempPath(), $"crmkpi-orders-{rows}-42.csv"), rows);
    }

    /// <summary>The RFM table (totals, default bins, rank-based scores) of a log; returns a check value.</summary>
    public static long RfmTable(TransactionLog log)
    {
        var values = new RfmValues[log.CustomerCount];
        var scores = new RfmScore[log.CustomerCount];
        Rfm.Table(log, Range, AsOf, RfmMonetary.Total, Rfm.DefaultBins, RfmScoring.RankBased, values, scores, null);
        return log.CustomerCount + scores[0].Recency;
    }
}
