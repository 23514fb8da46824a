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
    public static (int[] Customers, LocalDate[] Dates, double[] Amounts, int CustomerCount) ReadSample()
    {
        var customers = new List<int>();
        var dates = new List<LocalDate>();
        var amounts = new List<double>();
        int max = 0;
        foreach (string line in File.ReadLines(PathOf("CDNOW_sample.txt")))
        {
            string[] f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != 5)
            {
                continue;
            }

            int id = int.Parse(f[1], CultureInfo.InvariantCulture);
            max = Math.Max(max, id);
            customers.Add(id - 1);
            DateOnly d = DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture);
            dates.Add(LocalDate.FromDateOnly(d));
            amounts.Add(double.Parse(f[4], CultureInfo.InvariantCulture));
        }

        return ([.. customers], [.. dates], [.. amounts], max);
    }

    /// <summary>CDNOW_master.txt: id (1..23,570), YYYYMMDD, CDs, dollars after a header line; customers indexed by id - 1.</summary>
    public static (int[] Customers, LocalDate[] Dates, double[] Amounts, int CustomerCount) ReadMaster()
    {
        var customers = new List<int>();
        var dates = new List<LocalDate>();
        var amounts = new List<double>();
        int max = 0;
        foreach (string line in File.ReadLines(PathOf("CDNOW_master.txt")))
        {
            string[] f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != 4 || !char.IsDigit(f[0][0]))
            {
                continue;   // header
            }

            int id = int.Parse(f[0], CultureInfo.InvariantCulture);
            max = Math.Max(max, id);
            customers.Add(id - 1);
            dates.Add(LocalDate.FromDateOnly(DateOnly.ParseExact(f[1], "yyyyMMdd", CultureInfo.InvariantCulture)));
            amounts.Add(double.Parse(f[3], CultureInfo.InvariantCulture));
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
