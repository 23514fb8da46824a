using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrmKpi.Tests;

// The accumulators over any split of a log into chunks (customers appearing chunk by chunk, as a chunked reader hands
// them out) against the in-memory calculators on the whole log: the independent oracle.
public class AccumulatorProperties
{
    private static readonly DateInterval Range = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
    private static readonly DateInterval Window = new(new LocalDate(2024, 4, 1), new LocalDate(2024, 9, 30));

    [Property(MaxTest = 200)]
    public Property AnySplit_EqualsTheWholeLog() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 60).ToArbitrary(), (seed, chunk) =>
        {
            var random = new Random(seed);
            int rows = random.Next(0, 400);
            int customers = 0;
            var indexes = new int[rows];
            var dates = new LocalDate[rows];
            var amounts = new double[rows];
            for (int i = 0; i < rows; i++)
            {
                // A new customer now and then, else one seen before: indexes in order of first appearance, as a reader gives them.
                indexes[i] = customers == 0 || random.Next(4) == 0 ? customers++ : random.Next(customers);
                dates[i] = new LocalDate(2023, 10, 1).PlusDays(random.Next(500));   // some before the range, some after the window
                amounts[i] = Math.Round(random.NextDouble() * 1000, 2) - 100;
            }

            var whole = new TransactionColumns(indexes, dates, amounts, customers);
            var activity = new CustomerActivityAccumulator(Window);
            var cohorts = new CohortAccumulator(Range, PeriodUnit.Quarter);
            for (int start = 0; start < rows; start += chunk)
            {
                int take = Math.Min(chunk, rows - start);
                int seen = indexes.Take(start + take).DefaultIfEmpty(-1).Max() + 1;
                var part = new TransactionColumns(indexes.AsSpan(start, take), dates.AsSpan(start, take), amounts.AsSpan(start, take), seen);
                activity.Add(part);
                cohorts.Add(part);
            }

            LocalDate asOf = Window.End;
            CustomerActivity[] expectedActivity = CustomerActivity.Compute(whole, Window);
            bool sameActivity = expectedActivity.AsSpan().SequenceEqual(activity.Activities);
            bool sameRfm = Rfm.Values(whole, Window, asOf, RfmMonetary.Total).AsSpan().SequenceEqual(Rfm.Values(activity.Activities, asOf, RfmMonetary.Total));
            long[,] expectedCohorts = Retention.Cohorts(whole, Range, PeriodUnit.Quarter).ToCountArray();
            bool sameCohorts = expectedCohorts.Cast<long>().SequenceEqual(cohorts.ToTable().ToCountArray().Cast<long>());
            return (sameActivity && sameRfm && sameCohorts).Label($"activity {sameActivity}, rfm {sameRfm}, cohorts {sameCohorts}");
        });
}
