using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace CrmKpi.Tests;

/// <summary>Reader of the bundled donations.csv (samples/data/cdnow): frequency, recency, periods, weights per pattern.</summary>
internal static class DonationsFile
{
    private static readonly Lazy<Patterns> File_ = new(Read);

    /// <summary>The 22 patterns of the 11,104 donors of Fader, Hardie and Shang (2010).</summary>
    public static Patterns Donations => File_.Value;

    private static Patterns Read()
    {
        var x = new List<double>();
        var tx = new List<double>();
        var n = new List<double>();
        var w = new List<double>();
        foreach (string line in File.ReadLines(CdnowFiles.PathOf("donations.csv")))
        {
            if (line.Length == 0 || !char.IsDigit(line[0]))
            {
                continue;   // header
            }

            string[] f = line.Split(',');
            x.Add(double.Parse(f[0], CultureInfo.InvariantCulture));
            tx.Add(double.Parse(f[1], CultureInfo.InvariantCulture));
            n.Add(double.Parse(f[2], CultureInfo.InvariantCulture));
            w.Add(double.Parse(f[3], CultureInfo.InvariantCulture));
        }

        return new Patterns([.. x], [.. tx], [.. n], [.. w]);
    }

    /// <summary>The donations file in columns.</summary>
    public sealed record Patterns(double[] Frequency, double[] Recency, double[] Periods, double[] Weights)
    {
        public DiscreteSummaryColumns Columns => new(Frequency, Recency, Periods, Weights);
    }
}
