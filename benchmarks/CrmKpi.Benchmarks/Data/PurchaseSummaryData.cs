using System;
using System.Globalization;
using System.IO;

namespace CrmKpi.Benchmarks.Data;

/// <summary>
/// Frequency / recency / T columns for the probabilistic CLV benchmarks: either generated (a fixed-seed
/// population shaped like CDNOW, in weeks) or read from the bundled CDNOW summary files.
/// </summary>
public sealed class PurchaseSummaryData
{
    private PurchaseSummaryData(double[] frequency, double[] recency, double[] age, double[] monetaryValue)
    {
        Frequency = frequency;
        Recency = recency;
        Age = age;
        MonetaryValue = monetaryValue;
    }

    public double[] Frequency { get; }

    public double[] Recency { get; }

    public double[] Age { get; }

    public double[] MonetaryValue { get; }

    public CustomerSummaryColumns Columns => new(Frequency, Recency, Age);

    /// <summary>
    /// A population like CDNOW's: T uniform in [27, 39] weeks, 60 % without repeat purchases, the rest with
    /// 1 + a geometric number of repeats (mean about 2.6) and a last purchase uniform in (0, T].
    /// </summary>
    public static PurchaseSummaryData Generate(int customers = 1_000_000, int seed = 42)
    {
        var random = new Random(seed);
        double[] x = new double[customers], tx = new double[customers], t = new double[customers], z = new double[customers];
        for (int i = 0; i < customers; i++)
        {
            t[i] = Math.Round(27 + (random.NextDouble() * 12), 2);
            if (random.NextDouble() < 0.6)
            {
                continue;
            }

            int repeats = 1;
            while (random.NextDouble() < 0.62 && repeats < 60)
            {
                repeats++;
            }

            x[i] = repeats;
            tx[i] = Math.Round(t[i] * (0.05 + (0.95 * random.NextDouble())), 2);
            z[i] = Math.Round(5 + (random.NextDouble() * random.NextDouble() * 80), 2);
        }

        return new PurchaseSummaryData(x, tx, t, z);
    }

    /// <summary>The CDNOW summary with spend (2,357 customers, weeks), found by walking up to samples/data/cdnow.</summary>
    public static PurchaseSummaryData LoadCdnow()
    {
        string path = FindUp(Path.Combine("samples", "data", "cdnow", "cdnow_customers_summary_with_transactions.csv"));
        string[] lines = File.ReadAllLines(path);
        int n = lines.Length - 1;
        double[] x = new double[n], tx = new double[n], t = new double[n], z = new double[n];
        for (int i = 0; i < n; i++)
        {
            string[] f = lines[i + 1].Split(',');
            x[i] = double.Parse(f[1], CultureInfo.InvariantCulture);
            tx[i] = double.Parse(f[2], CultureInfo.InvariantCulture);
            t[i] = double.Parse(f[3], CultureInfo.InvariantCulture);
            z[i] = double.Parse(f[4], CultureInfo.InvariantCulture);
        }

        return new PurchaseSummaryData(x, tx, t, z);
    }

    internal static string FindUp(string relative)
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}.");
    }
}
