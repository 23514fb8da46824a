using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CrmKpi.Tests;

public partial class RfmTests
{
    /// <summary>Checks a property over random customers (with ties and non-buyers), any k and either scoring method.</summary>
    private static void ForAnyScoring(Func<RfmValues[], int, RfmScoring, bool> property) =>
        Prop.ForAll(RfmGens.Customers().ToArbitrary(), RfmGens.Bins.ToArbitrary(), RfmGens.Scoring.ToArbitrary(), property)
        .QuickCheckThrowOnFailure();

    // The kernel (selection, no sort) agrees with the sort-based oracle on every input, both methods.
    [Fact]
    public void Score_AnyCustomers_EqualsSortBasedOracle() =>
        ForAnyScoring(
            (values, k, scoring) => RfmOracle.Scores(values, k, scoring).SequenceEqual(Rfm.Score(values, k, scoring)));

    // Scores in 1..k for buyers, default for the rest.
    [Fact]
    public void Score_AnyCustomers_ScoresInOneToKOrUnscored() =>
        ForAnyScoring(
            (values, k, scoring) =>
            {
                RfmScore[] s = Rfm.Score(values, k, scoring);
                return values.Zip(s).All(p => p.First.HasPurchase
                    ? p.Second.Recency is >= 1 && p.Second.Recency <= k && p.Second.Frequency >= 1 && p.Second.Frequency <= k && p.Second.Monetary >= 1 && p.Second.Monetary <= k
                    : p.Second == default);
            });

    // With all values distinct, every bin holds within one of n / k customers, on every dimension.
    [Fact]
    public void Score_DistinctValues_BinsBalancedWithinOne() =>
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
            })
        .QuickCheckThrowOnFailure();

    // Monotone: more money never a lower M, more purchases never a lower F, fewer days never a lower R.
    [Fact]
    public void Score_AnyCustomers_MonotoneInEachValue() =>
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
    [Fact]
    public void Score_PermutedCustomers_ScoresPermuteAlong() =>
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
            })
        .QuickCheckThrowOnFailure();

    // Rank-based ties: the multiset of scores of a tie group does not depend on the order.
    [Fact]
    public void Score_RankBasedPermuted_SameScoreMultiset() =>
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
            })
        .QuickCheckThrowOnFailure();

    // The aggregation equals a LINQ grouping of the rows in the window, for any log and window.
    [Fact]
    public void Values_AnyLog_EqualsLinqGrouping() =>
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
            })
        .QuickCheckThrowOnFailure();

    // A reused workspace gives the same scores as a fresh one, whatever ran in it before.
    [Fact]
    public void Score_ReusedWorkspace_SameAsFresh()
    {
        var workspace = new RfmWorkspace();
        ForAnyScoring(
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
}
