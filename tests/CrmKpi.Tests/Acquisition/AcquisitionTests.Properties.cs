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
    // CAC x new customers = spend.
    [Property]
    public Property Cac_TimesNewCustomers_EqualsSpend() =>
        Prop.ForAll(
            Gens.Money.ToArbitrary(),
            Gens.PositiveCount().ToArbitrary(),
            (spend, n) => Approx.Close(spend, Acquisition.Cac(spend, n) * n, Tolerances.FewUlpsRelative));

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
