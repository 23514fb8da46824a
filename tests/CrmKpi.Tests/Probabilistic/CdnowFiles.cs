using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NodaTime;

namespace CrmKpi.Tests;

/// <summary>Readers of the bundled CDNOW files (samples/data/cdnow, copied to the test output).</summary>
internal static class CdnowFiles
{
    private static readonly Lazy<Summary> SummaryFile = new(() => ReadSummary("cdnow_customers_summary.csv", monetary: false));
    private static readonly Lazy<Summary> SummaryWithSpendFile = new(() => ReadSummary("cdnow_customers_summary_with_transactions.csv", monetary: true));

    /// <summary>cdnow_customers_summary.csv: ID, frequency, recency, T (weeks, 2 decimals).</summary>
    public static Summary CustomersSummary => SummaryFile.Value;

    /// <summary>cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar.</summary>
    public static Summary CustomersSummaryWithSpend => SummaryWithSpendFile.Value;

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "data", "cdnow", file);

    /// <summary>CDNOW_sample.txt: master id, sample id, YYYYMMDD, CDs, dollars; customers indexed by sample id - 1.</summary>
    public static (int[] Customers, LocalDate[] Dates, double[] Amounts, int CustomerCount) ReadSample() => ReadLog("CDNOW_sample.txt", fields: 5, idField: 1);

    /// <summary>CDNOW_master.txt: id (1..23,570), YYYYMMDD, CDs, dollars after a header line; customers indexed by id - 1.</summary>
    public static (int[] Customers, LocalDate[] Dates, double[] Amounts, int CustomerCount) ReadMaster() => ReadLog("CDNOW_master.txt", fields: 4, idField: 0);

    /// <summary>A whitespace-separated log whose last three fields are YYYYMMDD, CDs, dollars; lines with another field count or a non-numeric id (headers) are skipped.</summary>
    private static (int[] Customers, LocalDate[] Dates, double[] Amounts, int CustomerCount) ReadLog(string file, int fields, int idField)
    {
        var customers = new List<int>();
        var dates = new List<LocalDate>();
        var amounts = new List<double>();
        int max = 0;
        foreach (string line in File.ReadLines(PathOf(file)))
        {
            string[] f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != fields || !char.IsDigit(f[idField][0]))
            {
                continue;
            }

            int id = int.Parse(f[idField], CultureInfo.InvariantCulture);
            max = Math.Max(max, id);
            customers.Add(id - 1);
            DateOnly d = DateOnly.ParseExact(f[fields - 3], "yyyyMMdd", CultureInfo.InvariantCulture);
            dates.Add(LocalDate.FromDateOnly(d));
            amounts.Add(double.Parse(f[fields - 1], CultureInfo.InvariantCulture));
        }

        return ([.. customers], [.. dates], [.. amounts], max);
    }

    private static Summary ReadSummary(string file, bool monetary)
    {
        var id = new List<int>();
        var x = new List<double>();
        var tx = new List<double>();
        var t = new List<double>();
        var z = new List<double>();
        foreach (string line in File.ReadLines(PathOf(file)))
        {
            if (line.Length == 0 || !char.IsDigit(line[0]))
            {
                continue;   // header
            }

            string[] f = line.Split(',');
            id.Add(int.Parse(f[0], CultureInfo.InvariantCulture));
            x.Add(double.Parse(f[1], CultureInfo.InvariantCulture));
            tx.Add(double.Parse(f[2], CultureInfo.InvariantCulture));
            t.Add(double.Parse(f[3], CultureInfo.InvariantCulture));
            z.Add(monetary ? double.Parse(f[4], CultureInfo.InvariantCulture) : 0);
        }

        return new Summary([.. id], [.. x], [.. tx], [.. t], [.. z]);
    }

    /// <summary>One summary file in columns.</summary>
    public sealed record Summary(int[] Id, double[] Frequency, double[] Recency, double[] Age, double[] MonetaryValue)
    {
        public CustomerSummaryColumns Columns => new(Frequency, Recency, Age);
    }
}
