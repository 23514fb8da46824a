using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// RFM over the CDNOW master log (69,659 purchases by 23,570 customers, 1997-01-01 to 1998-06-30) as of
/// 1998-06-30, checked against an independent computation: a LINQ grouping for the values and a
/// sort-based ranking (<see cref="RfmOracle"/>) for the scores.
/// </summary>
public class CdnowRfmReferenceTests
{
    private static readonly LocalDate AsOf = new(1998, 6, 30);
    private static readonly DateInterval Window = new(new LocalDate(1997, 1, 1), AsOf);
    private static readonly Lazy<Log> Master = new(() => Log.Read(Path.Combine(AppContext.BaseDirectory, "data", "cdnow", "CDNOW_master.txt")));

    [Fact]
    public void Values_CdnowAsOf19980630_EqualLinqGrouping()
    {
        Log log = Master.Value;
        RfmValues[] actual = Rfm.Values(log.Columns, Window, AsOf, RfmMonetary.Total);

        var expected = Enumerable.Range(0, log.Customers.Length)
            .GroupBy(i => log.Customers[i])
            .ToDictionary(g => g.Key, g => (Days: Period.DaysBetween(g.Max(i => log.Dates[i]), AsOf), Count: g.Count(), Spend: g.Sum(i => (decimal)log.Amounts[i])));
        Assert.Equal(23_570, actual.Length);
        Assert.Equal(23_570, expected.Count);
        foreach ((int c, var e) in expected)
        {
            Assert.Equal(e.Days, actual[c].RecencyDays);
            Assert.Equal(e.Count, actual[c].Frequency);
            Assert.Equal((double)e.Spend, actual[c].Monetary, 1e-9);   // sum of at most a few hundred cents amounts: exact to 1e-9 US$
        }

        // Totals from samples/data/cdnow/README.md.
        Assert.Equal(69_659, actual.Sum(v => (long)v.Frequency));
        Assert.Equal(2_500_315.63m, Math.Round(actual.Sum(v => (decimal)v.Monetary), 2));
    }

    [Theory]
    [InlineData(5, RfmScoring.RankBased)]
    [InlineData(5, RfmScoring.ValueBased)]
    [InlineData(4, RfmScoring.RankBased)]
    [InlineData(10, RfmScoring.ValueBased)]
    public void Score_CdnowAsOf19980630_EqualsSortBasedRanking(int bins, RfmScoring scoring)
    {
        Log log = Master.Value;
        RfmValues[] values = Rfm.Values(log.Columns, Window, AsOf, RfmMonetary.Total);
        Assert.Equal(RfmOracle.Scores(values, bins, scoring), Rfm.Score(values, bins, scoring));
    }

    // Rank-based quintiles over 23,570 distinct ranks: bins of 4,714 or 4,715 customers (n - 1 = 23,569 ranks
    // cut at 1 + 23,569 j / 5), whatever the ties; value-based bins are uneven because frequency is mostly 1.
    [Fact]
    public void Score_CdnowRankBasedQuintiles_AreBalanced()
    {
        Log log = Master.Value;
        RfmScore[] s = Rfm.Score(Rfm.Values(log.Columns, Window, AsOf, RfmMonetary.Total), 5, RfmScoring.RankBased);
        foreach (Func<RfmScore, byte> d in new Func<RfmScore, byte>[] { x => x.Recency, x => x.Frequency, x => x.Monetary })
        {
            Assert.All(s.GroupBy(d), g => Assert.InRange(g.Count(), 4_714, 4_715));
        }

        long[] counts = Rfm.SegmentCounts(s, RfmSegmentRules.Default);
        Assert.Equal(23_570, counts.Sum());
        Assert.Equal(0, counts[(int)RfmSegment.NoPurchaseInWindow]);
    }

    /// <summary>The master file read independently of the library: customer ids in order of first appearance.</summary>
    private sealed record Log(int[] Customers, LocalDate[] Dates, double[] Amounts, int CustomerCount)
    {
        public TransactionColumns Columns => new(Customers, Dates, Amounts, CustomerCount);

        public static Log Read(string path)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var customers = new List<int>();
            var dates = new List<LocalDate>();
            var amounts = new List<double>();
            foreach (string line in File.ReadLines(path).Skip(1))
            {
                string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (f.Length != 4)
                {
                    continue;
                }

                if (!ids.TryGetValue(f[0], out int c))
                {
                    ids.Add(f[0], c = ids.Count);
                }

                customers.Add(c);
                dates.Add(LocalDate.FromDateTime(DateTime.ParseExact(f[1], "yyyyMMdd", CultureInfo.InvariantCulture)));
                amounts.Add(double.Parse(f[3], CultureInfo.InvariantCulture));
            }

            return new Log([.. customers], [.. dates], [.. amounts], ids.Count);
        }
    }
}
