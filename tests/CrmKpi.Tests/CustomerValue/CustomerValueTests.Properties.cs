using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public partial class CustomerValueTests
{
    [Property]
    public Property AverageOrderValue_SpanForm_EqualsScalarForm() =>
        Prop.ForAll(
            Gen.ArrayOf(Gens.Money).ToArbitrary(),
            amounts =>
            {
                decimal exact = amounts.Sum(a => (decimal)a);
                return Approx.Close(CustomerValue.AverageOrderValue((double)exact, amounts.Length), CustomerValue.AverageOrderValue(amounts), Tolerances.AccurateSumRelative);
            });

    [Property]
    public Property ItemsPerTransaction_SpanForm_EqualsScalarForm() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 1000)).ToArbitrary(),
            items => CustomerValue.ItemsPerTransaction(items).Equals(CustomerValue.ItemsPerTransaction(items.Sum(i => (long)i), items.Length)));

    [Property]
    public Property PurchaseFrequency_ColumnForm_EqualsScalarFormOnDerivedCounts() =>
        Prop.ForAll(
            TransactionGens.Log().ToArbitrary(),
            TransactionGens.Window.ToArbitrary(),
            (log, window) =>
            {
                int[] rows = Enumerable.Range(0, log.Length).Where(i => window.Contains(log.Dates[i])).ToArray();
                long distinct = rows.Select(i => log.Customers[i]).Distinct().LongCount();
                return CustomerValue.PurchaseFrequency(rows.Length, distinct).Equals(CustomerValue.PurchaseFrequency(log.Columns, window));
            });

    // Category shares are fractions; the shares of all categories of a customer add up to 1.
    [Property]
    public Property CategoryEngagement_SharesOverAllCategories_SumToOne() =>
        Prop.ForAll(
            TransactionGens.Log().ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (log, seed) =>
            {
                var random = new Random(seed);
                int[] categories = log.Customers.Select(_ => random.Next(3)).ToArray();
                double[][] shares = Enumerable.Range(0, 3).Select(k => CustomerValue.CategoryEngagement(log.Columns, categories, k)).ToArray();
                for (int c = 0; c < log.CustomerCount; c++)
                {
                    double total = log.Customers.Select((cc, i) => (cc, i)).Where(t => t.cc == c).Sum(t => log.Amounts[t.i]);
                    if (total == 0)
                    {
                        continue;   // 0 / 0: NaN for every category
                    }

                    double sum = shares.Sum(s => s[c]);
                    if (shares.Any(s => s[c] is < 0 or > 1) || !Approx.Close(1, sum, 1e-12))
                    {
                        return false;
                    }
                }

                return true;
            });
}
