using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public partial class AcquisitionTests
{
    // CAC against exact decimal division (spend in cents, so the decimal quotient is exact to 28 digits and the double result may
    // differ from it only by its own rounding, well within 1e-14), and the mediant rule: pooling two campaigns gives a CAC between
    // theirs. A swapped or otherwise wrong formula fails the second even where it happened to pass the first.
    [Property]
    public Property Cac_EqualsDecimalQuotientAndPoolsBetweenParts() =>
        Prop.ForAll(
            Gen.Choose(0, 1_000_000_000).Two().ToArbitrary(),
            Gens.PositiveCount().Two().ToArbitrary(),
            (cents, customers) =>
            {
                (int c1, int c2) = cents;
                (long n1, long n2) = customers;
                double spend1 = c1 / 100.0, spend2 = c2 / 100.0;
                double cac1 = Acquisition.Cac(spend1, n1), cac2 = Acquisition.Cac(spend2, n2);
                double pooled = Acquisition.Cac(spend1 + spend2, n1 + n2);
                bool exact = Approx.Close((double)(c1 / 100m / n1), cac1, Tolerances.FewUlpsRelative);
                bool between = pooled >= Math.Min(cac1, cac2) * (1 - Tolerances.FewUlpsRelative) && pooled <= Math.Max(cac1, cac2) * (1 + Tolerances.FewUlpsRelative);
                return exact && between;
            });

    // The column form equals the scalar form on the counts it derives, for any window over random logs.
    [Property]
    public Property Arpu_ColumnForm_EqualsScalarFormOnDerivedCounts() =>
        Prop.ForAll(
            TransactionGens.Log().ToArbitrary(),
            TransactionGens.Window.ToArbitrary(),
            (log, window) =>
            {
                var rows = Enumerable.Range(0, log.Length).Where(i => window.Contains(log.Dates[i])).ToArray();
                decimal revenue = rows.Sum(i => (decimal)log.Amounts[i]);
                long distinct = rows.Select(i => log.Customers[i]).Distinct().LongCount();
                double expected = Acquisition.Arpu((double)revenue, distinct);
                return Approx.Close(expected, Acquisition.Arpu(log.Columns, window), Tolerances.AccurateSumRelative);
            });

    // New customers from columns equals the scalar form on the first-purchase dates it derives.
    [Property]
    public Property NewCustomers_ColumnForm_EqualsScalarFormOnFirstPurchases() =>
        Prop.ForAll(
            TransactionGens.Log().ToArbitrary(),
            TransactionGens.Window.ToArbitrary(),
            (log, window) =>
            {
                LocalDate[] firsts = Enumerable.Range(0, log.Length)
                    .GroupBy(i => log.Customers[i])
                    .Select(g => g.Min(i => log.Dates[i]))
                    .ToArray();
                return Acquisition.NewCustomers(firsts, window) == Acquisition.NewCustomers(log.Columns, window);
            });

    // Shuffling the rows changes nothing.
    [Property]
    public Property Arpu_ShuffledRows_SameResult() =>
        Prop.ForAll(
            TransactionGens.Log().ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (log, seed) =>
            {
                RandomLog shuffled = log.Shuffled(seed);
                DateInterval all = TransactionGens.Everything;
                return Approx.Close(Acquisition.Arpu(log.Columns, all), Acquisition.Arpu(shuffled.Columns, all), Tolerances.AccurateSumRelative);
            });

    [Property]
    public Property NewCustomerPenetration_AnyConsistentCounts_IsAFraction() =>
        Prop.ForAll(
            Gens.Count().ToArbitrary(),
            Gens.Count().ToArbitrary(),
            (a, b) =>
            {
                long part = Math.Min(a, b), whole = Math.Max(a, b);
                double share = Acquisition.NewCustomerPenetration(part, whole);
                return whole == 0 ? double.IsNaN(share) : share is >= 0 and <= 1;
            });
}
