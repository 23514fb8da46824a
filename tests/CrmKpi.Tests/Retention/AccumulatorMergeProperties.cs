using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// Accumulators built apart over any partition of a log's rows (the same customer numbering) and merged, against the
// in-memory calculators on the whole log: cohorts, dates and counts exactly; spend within the rounding of adding two
// partial sums of at most a few hundred two-decimal amounts (1e-12 relative, far above that rounding, far below a cent).
public class AccumulatorMergeProperties
{
    private static readonly DateInterval Range = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
    private static readonly DateInterval Window = new(new LocalDate(2024, 4, 1), new LocalDate(2024, 9, 30));

    [Property(MaxTest = 200)]
    public Property AnyPartition_Merged_EqualsTheWholeLog() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            int rows = random.Next(0, 300);
            int customers = random.Next(1, 40);
            var indexes = new int[rows];
            var dates = new LocalDate[rows];
            var amounts = new double[rows];
            var side = new bool[rows];
            for (int i = 0; i < rows; i++)
            {
                indexes[i] = random.Next(customers);
                dates[i] = new LocalDate(2023, 10, 1).PlusDays(random.Next(500));
                amounts[i] = Math.Round(random.NextDouble() * 1000, 2) - 100;
                side[i] = random.Next(2) == 0;
            }

            TransactionColumns Part(bool which)
            {
                int[] rowsOf = Enumerable.Range(0, rows).Where(i => side[i] == which).ToArray();
                return new TransactionColumns(rowsOf.Select(i => indexes[i]).ToArray(), rowsOf.Select(i => dates[i]).ToArray(), rowsOf.Select(i => amounts[i]).ToArray(), customers);
            }

            var activity = new CustomerActivityAccumulator(Window);
            var otherActivity = new CustomerActivityAccumulator(Window);
            var cohorts = new CohortAccumulator(Range, PeriodUnit.Month);
            var otherCohorts = new CohortAccumulator(Range, PeriodUnit.Month);
            activity.Add(Part(true));
            cohorts.Add(Part(true));
            otherActivity.Add(Part(false));
            otherCohorts.Add(Part(false));
            activity.Merge(otherActivity);
            cohorts.Merge(otherCohorts);

            var whole = new TransactionColumns(indexes, dates, amounts, customers);
            CustomerActivity[] expected = CustomerActivity.Compute(whole, Window);
            bool sameActivity = activity.CustomerCount == customers && expected.Select((e, c) => Same(e, activity.Activities[c])).All(x => x);
            bool sameCohorts = Retention.Cohorts(whole, Range, PeriodUnit.Month).ToCountArray().Cast<long>().SequenceEqual(cohorts.ToTable().ToCountArray().Cast<long>());
            return (sameActivity && sameCohorts).Label($"activity {sameActivity}, cohorts {sameCohorts}");
        });

    [Fact]
    public void MergeIntoEmpty_IsTheOther_AndDifferentWindowsOrRangesAreRefused()
    {
        var log = new TransactionColumns([0, 1, 0], [new LocalDate(2024, 2, 3), new LocalDate(2024, 5, 6), new LocalDate(2024, 7, 8)], [10.5, 20.25, 30.125], 2);
        var full = new CustomerActivityAccumulator(Window);
        full.Add(log);
        var empty = new CustomerActivityAccumulator(Window);
        empty.Merge(full);
        Assert.Equal(full.Activities.ToArray(), empty.Activities.ToArray());

        var cohorts = new CohortAccumulator(Range, PeriodUnit.Month);
        cohorts.Add(log);
        var emptyCohorts = new CohortAccumulator(Range, PeriodUnit.Month);
        emptyCohorts.Merge(cohorts);
        Assert.Equal(cohorts.ToTable().ToCountArray(), emptyCohorts.ToTable().ToCountArray());

        Assert.Equal("other", Assert.Throws<ArgumentException>(() => full.Merge(new CustomerActivityAccumulator(Range))).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => cohorts.Merge(new CohortAccumulator(Range, PeriodUnit.Quarter))).ParamName);
        Assert.Throws<ArgumentNullException>(() => cohorts.Merge(null!));
    }

    private static bool Same(CustomerActivity expected, CustomerActivity actual) =>
        expected.FirstPurchase == actual.FirstPurchase && expected.LastPurchase == actual.LastPurchase && expected.Transactions == actual.Transactions
        && expected.FirstInWindow == actual.FirstInWindow && expected.LastInWindow == actual.LastInWindow && expected.WindowTransactions == actual.WindowTransactions
        && Close(expected.Spend, actual.Spend) && Close(expected.WindowSpend, actual.WindowSpend);

    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected));
}
