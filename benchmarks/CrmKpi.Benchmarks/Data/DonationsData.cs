using System;
using System.Globalization;
using System.IO;

namespace CrmKpi.Benchmarks.Data;

/// <summary>The donations patterns of Fader, Hardie and Shang (2010) from samples/data/cdnow/donations.csv, in columns.</summary>
public sealed class DonationsData
{
    private DonationsData(double[] frequency, double[] recency, double[] periods, double[] weights)
    {
        Frequency = frequency;
        Recency = recency;
        Periods = periods;
        Weights = weights;
    }

    /// <summary>Repeat donations x per pattern.</summary>
    public double[] Frequency { get; }

    /// <summary>Period t_x of the last donation per pattern.</summary>
    public double[] Recency { get; }

    /// <summary>Opportunities n per pattern (6).</summary>
    public double[] Periods { get; }

    /// <summary>Donors per pattern (11,104 in all).</summary>
    public double[] Weights { get; }

    /// <summary>The columns the BG/BB model takes.</summary>
    public DiscreteSummaryColumns Columns => new(Frequency, Recency, Periods, Weights);

    /// <summary>Reads the bundled file, found by walking up from the benchmark's folder.</summary>
    public static DonationsData Load()
    {
        string[] lines = File.ReadAllLines(PurchaseSummaryData.FindUp(Path.Combine("samples", "data", "cdnow", "donations.csv")));
        int n = lines.Length - 1;
        double[] x = new double[n], tx = new double[n], p = new double[n], w = new double[n];
        for (int i = 0; i < n; i++)
        {
            string[] f = lines[i + 1].Split(',');
            x[i] = double.Parse(f[0], CultureInfo.InvariantCulture);
            tx[i] = double.Parse(f[1], CultureInfo.InvariantCulture);
            p[i] = double.Parse(f[2], CultureInfo.InvariantCulture);
            w[i] = double.Parse(f[3], CultureInfo.InvariantCulture);
        }

        return new DonationsData(x, tx, p, w);
    }
}
