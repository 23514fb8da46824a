using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public partial class RfmTests
{
    /// <summary>Checks a property over random customers (with ties and non-buyers), any k and either scoring method.</summary>
    private static Property ForAnyScoring(Func<RfmValues[], int, RfmScoring, bool> property) =>
        Prop.ForAll(RfmGens.Customers().ToArbitrary(), RfmGens.Bins.ToArbitrary(), RfmGens.Scoring.ToArbitrary(), property);

    // The kernel (selection, no sort) agrees with the sort-based oracle on every input, both methods.
    [Property]
    public Property Score_AnyCustomers_EqualsSortBasedOracle() =>
        ForAnyScoring(
            (values, k, scoring) => RfmOracle.Scores(values, k, scoring).SequenceEqual(Rfm.Score(values, k, scoring)));

    // Scores in 1..k for buyers, default for the rest.
    [Property]
    public Property Score_AnyCustomers_ScoresInOneToKOrUnscored() =>
        ForAnyScoring(
            (values, k, scoring) =>
            {
                RfmScore[] s = Rfm.Score(values, k, scoring);
                return values.Zip(s).All(p => p.First.HasPurchase
                    ? p.Second.Recency is >= 1 && p.Second.Recency <= k && p.Second.Frequency >= 1 && p.Second.Frequency <= k && p.Second.Monetary >= 1 && p.Second.Monetary <= k
                    : p.Second == default);
            });

    // With all values distinct, every bin holds within one of n / k customers, on every dimension.
    [Property]
    public Property Score_DistinctValues_BinsBalancedWithinOne() =>
        Prop.ForAll(
            RfmGens.DistinctCustomers(200).ToArbitrary(),
            RfmGens.Bins.ToArbitrary(),
            RfmGens.Scoring.ToArbitrary(),
            (values, k, scoring) =>
            {
                RfmScore[] s = Rfm.Score(values, k, scoring);
                double target = (double)values.Length / k;
                bool Balanced(Func<RfmScore, int> dimension) =>
                    Enumerable.Range(1, k).All(bin => Math.Abs(s.Count(x => dimension(x) == bin) - target) <= 1);
                return Balanced(x => x.Recency) && Balanced(x => x.Frequency) && Balanced(x => x.Monetary);
            });

    // Monotone: more money never a lower M, more purchases never a lower F, fewer days never a lower R.
    [Property]
    public Property Score_AnyCustomers_MonotoneInEachValue() =>
        ForAnyScoring(
            (values, k, scoring) =>
            {
                RfmScore[] s = Rfm.Score(values, k, scoring);
                int[] buyers = Enumerable.Range(0, values.Length).Where(i => values[i].HasPurchase).ToArray();
                return buyers.All(a => buyers.All(b =>
                    (values[a].Monetary <= values[b].Monetary || s[a].Monetary >= s[b].Monetary)
                    && (values[a].Frequency <= values[b].Frequency || s[a].Frequency >= s[b].Frequency)
                    && (values[a].RecencyDays >= values[b].RecencyDays || s[a].Recency >= s[b].Recency)));
            });

    // Permuting customers permutes the scores (value-based always; rank-based when values are distinct,
    // since its tie rule is the customer order itself).
    [Property]
    public Property Score_PermutedCustomers_ScoresPermuteAlong() =>
        Prop.ForAll(
            RfmGens.Customers().ToArbitrary(),
            RfmGens.DistinctCustomers().ToArbitrary(),
            (from k in RfmGens.Bins from seed in Gen.Choose(0, int.MaxValue) select (k, seed)).ToArbitrary(),
            (tied, distinct, kSeed) =>
            {
                (int k, int seed) = kSeed;
                bool Invariant(RfmValues[] values, RfmScoring scoring)
                {
                    int[] order = Enumerable.Range(0, values.Length).ToArray();
                    new Random(seed).Shuffle(order);
                    RfmScore[] original = Rfm.Score(values, k, scoring);
                    RfmScore[] permuted = Rfm.Score(order.Select(i => values[i]).ToArray(), k, scoring);
                    return order.Select(i => original[i]).SequenceEqual(permuted);
                }

                return Invariant(tied, RfmScoring.ValueBased) && Invariant(distinct, RfmScoring.RankBased) && Invariant(distinct, RfmScoring.ValueBased);
            });

    // Rank-based ties: the multiset of scores of a tie group does not depend on the order.
    [Property]
    public Property Score_RankBasedPermuted_SameScoreMultiset() =>
        Prop.ForAll(
            RfmGens.Customers().ToArbitrary(),
            RfmGens.Bins.ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (values, k, seed) =>
            {
                RfmValues[] shuffled = values.ToArray();
                new Random(seed).Shuffle(shuffled);
                static string Key(RfmScore s) => s.Monetary.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var a = Rfm.Score(values, k, RfmScoring.RankBased).Select(Key).Order();
                var b = Rfm.Score(shuffled, k, RfmScoring.RankBased).Select(Key).Order();
                return a.SequenceEqual(b);
            });

    // The aggregation equals a LINQ grouping of the rows in the window, for any log and window.
    [Property]
    public Property Values_AnyLog_EqualsLinqGrouping() =>
        Prop.ForAll(
            TransactionGens.Log().ToArbitrary(),
            TransactionGens.Window.ToArbitrary(),
            (log, window) =>
            {
                NodaTime.LocalDate asOf = window.End.PlusDays(3);
                RfmValues[] expected = Enumerable.Repeat(RfmValues.NoPurchase, log.CustomerCount).ToArray();
                foreach (var g in Enumerable.Range(0, log.Length).Where(i => window.Contains(log.Dates[i])).GroupBy(i => log.Customers[i]))
                {
                    int days = NodaTime.Period.DaysBetween(g.Max(i => log.Dates[i]), asOf);
                    expected[g.Key] = new RfmValues(days, g.Count(), (double)g.Sum(i => (decimal)log.Amounts[i]));
                }

                RfmValues[] actual = Rfm.Values(log.Columns, window, asOf, RfmMonetary.Total);
                return expected.Zip(actual).All(p => p.First.RecencyDays == p.Second.RecencyDays && p.First.Frequency == p.Second.Frequency
                    && Approx.Close(p.First.Monetary, p.Second.Monetary, Tolerances.FewUlpsRelative * 100));
            });

    // A reused workspace gives the same scores as a fresh one, whatever ran in it before.
    [Property]
    public Property Score_ReusedWorkspace_SameAsFresh()
    {
        var workspace = new RfmWorkspace();
        return ForAnyScoring(
            (values, k, scoring) =>
            {
                var reused = new RfmScore[values.Length];
                Rfm.Score(values, k, scoring, reused, workspace);
                return reused.SequenceEqual(Rfm.Score(values, k, scoring));
            });
    }

    // Large integer values take the selection path instead of the count table; the results agree with the oracle.
    [Fact]
    public void Score_LargeRecencyAndFrequency_EqualsOracle()
    {
        var random = new Random(7);
        RfmValues[] values = Enumerable.Range(0, 500)
            .Select(_ => new RfmValues(random.Next(0, 200_000), random.Next(1, 100_000), random.Next(0, 50)))
            .ToArray();
        foreach (RfmScoring scoring in new[] { RfmScoring.RankBased, RfmScoring.ValueBased })
        {
            Assert.Equal(RfmOracle.Scores(values, 5, scoring), Rfm.Score(values, 5, scoring));
        }
    }


    // The aggregation partitioned by customer block (blocks of 1 to 16 customers: many blocks, empty ones, a partial last one)
    // is bit-identical to the direct pass, for any log, window, monetary variant, row order and with or without a workspace.
    [Property]
    public Property Values_PartitionedPath_BitIdenticalToDirectPath() =>
        Prop.ForAll(BlockGens.Log.ToArbitrary(), TransactionGens.Window.ToArbitrary(), BlockGens.Shift.SelectMany(s => Gen.Choose(0, 3).Select(v => (s, v))).ToArbitrary(), (log, window, choice) =>
        {
            (int shift, int variant) = choice;
            RandomLog rows = variant % 2 == 0 ? log : log.Shuffled(shift);
            RfmMonetary monetary = variant < 2 ? RfmMonetary.Total : RfmMonetary.AveragePerPurchase;
            LocalDate asOf = window.End.PlusDays(variant);
            RfmWorkspace? workspace = variant == 3 ? null : new RfmWorkspace();
            var direct = new RfmValues[rows.CustomerCount];
            var blocked = new RfmValues[rows.CustomerCount];
            Rfm.Values(rows.Columns, window, asOf, monetary, direct, workspace, -1);
            Rfm.Values(rows.Columns, window, asOf, monetary, blocked, workspace, shift);
            return BlockGens.Bits(direct).SequenceEqual(BlockGens.Bits(blocked));
        });

    // Customers only in the first and last of many blocks: the empty blocks between leave every customer's values right.
    [Property]
    public Property Values_PartitionedWithEmptyBlocks_BitIdenticalToDirectPath() =>
        Prop.ForAll(BlockGens.SparseLog.ToArbitrary(), BlockGens.Shift.ToArbitrary(), (log, shift) =>
        {
            var direct = new RfmValues[log.CustomerCount];
            var blocked = new RfmValues[log.CustomerCount];
            Rfm.Values(log.Columns, TransactionGens.Everything, TransactionGens.Everything.End, RfmMonetary.Total, direct, null, -1);
            Rfm.Values(log.Columns, TransactionGens.Everything, TransactionGens.Everything.End, RfmMonetary.Total, blocked, null, shift);
            return BlockGens.Bits(direct).SequenceEqual(BlockGens.Bits(blocked));
        });

    // One workspace reused over logs of different sizes (growing and shrinking) gives the same values as a fresh computation.
    [Fact]
    public void Values_WorkspaceReusedAcrossLogs_EqualsDirectPath()
    {
        var workspace = new RfmWorkspace();
        var random = new Random(7);
        foreach (int customers in new[] { 1, 33, 5, 40, 17 })
        {
            int rows = random.Next(0, 150);
            int[] c = Enumerable.Range(0, rows).Select(_ => random.Next(customers)).ToArray();
            NodaTime.LocalDate[] d = Enumerable.Range(0, rows).Select(_ => new LocalDate(2024, 1, 1).PlusDays(random.Next(366))).ToArray();
            double[] a = Enumerable.Range(0, rows).Select(_ => random.Next(-500, 10_000) / 100.0).ToArray();
            var log = new TransactionColumns(c, d, a, customers);
            var window = new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 11, 30));
            var direct = new RfmValues[customers];
            var blocked = new RfmValues[customers];
            Rfm.Values(log, window, window.End, RfmMonetary.Total, direct, null, -1);
            Rfm.Values(log, window, window.End, RfmMonetary.Total, blocked, workspace, 2);
            Assert.Equal(BlockGens.Bits(direct), BlockGens.Bits(blocked));
        }
    }

    // A log large enough for the automatic choice to partition (600,000 customers: 9.6 MB of state) equals the direct pass,
    // and so does the whole table with scores.
    [Fact]
    public void Table_LogAbovePartitionThreshold_EqualsDirectPath()
    {
        const int customers = 600_000;
        var random = new Random(11);
        int rows = customers + 50_000;
        int[] c = new int[rows];
        var d = new LocalDate[rows];
        double[] a = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            c[i] = random.Next(customers);
            d[i] = new LocalDate(2023, 1, 1).PlusDays(random.Next(1000));
            a[i] = random.Next(1, 100_000) / 100.0;
        }

        var log = new TransactionColumns(c, d, a, customers);
        var window = new DateInterval(new LocalDate(2023, 3, 1), new LocalDate(2025, 6, 30));
        var direct = new RfmValues[customers];
        var values = new RfmValues[customers];
        var scores = new RfmScore[customers];
        Rfm.Values(log, window, window.End, RfmMonetary.AveragePerPurchase, direct, null, -1);
        Rfm.Table(log, window, window.End, RfmMonetary.AveragePerPurchase, 5, RfmScoring.RankBased, values, scores, new RfmWorkspace());
        Assert.Equal(BlockGens.Bits(direct), BlockGens.Bits(values));
        Assert.Equal(Rfm.Score(direct, 5, RfmScoring.RankBased), scores);
    }
}
