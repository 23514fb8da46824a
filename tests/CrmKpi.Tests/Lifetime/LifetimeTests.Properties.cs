using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

public partial class LifetimeTests
{
    // V2 with margin 1 equals V3.
    [Property]
    public Property MarginClv_MarginOne_EqualsSimpleClv() =>
        Prop.ForAll(
            Gens.Money.ToArbitrary(),
            Gens.Fraction.Select(f => f * 50).ToArbitrary(),
            Gens.Fraction.Select(f => f * 100).ToArbitrary(),
            (value, frequency, lifespan) => Lifetime.MarginClv(value, frequency, lifespan, 1).Equals(Lifetime.SimpleClv(value, frequency, lifespan)));

    // V4: the closed form equals the limit of the finite sum; the finite sum equals the term-by-term sum.
    [Property]
    public Property RetentionDiscountClv_ClosedForm_IsLimitOfFiniteSum() =>
        Prop.ForAll(
            Gens.PositiveMoney.ToArbitrary(),
            Gen.Choose(0, 990).Select(i => i / 1000.0).ToArbitrary(),
            Gen.Choose(0, 500).Select(i => i / 1000.0).ToArbitrary(),
            (margin, retention, discount) =>
            {
                double closed = Lifetime.RetentionDiscountClv(margin, retention, discount);
                double longHorizon = Lifetime.RetentionDiscountClv(margin, retention, discount, 20_000);
                return Approx.Close(closed, longHorizon, 1e-12);
            });

    [Property]
    public Property RetentionDiscountClv_FiniteForm_EqualsTermByTermSum() =>
        Prop.ForAll(
            (from margin in Gens.PositiveMoney
             from retention in Gens.Fraction
             from discount in Gen.Choose(0, 500).Select(i => i / 1000.0)
             from periods in Gen.Choose(0, 60)
             select (margin, retention, discount, periods)).ToArbitrary(),
            c =>
            {
                double termByTerm = Enumerable.Range(1, c.periods).Sum(t => c.margin * Math.Pow(c.retention, t) / Math.Pow(1 + c.discount, t));
                return Approx.Close(termByTerm, Lifetime.RetentionDiscountClv(c.margin, c.retention, c.discount, c.periods), 1e-9);
            });

    // The column form equals the scalar form per customer on the purchase totals it derives.
    [Property]
    public Property HistoricalClv_ColumnForm_EqualsScalarFormPerCustomer() =>
        Prop.ForAll(
            TransactionGens.Log().ToArbitrary(),
            log =>
            {
                double[] costs = Enumerable.Range(0, log.CustomerCount).Select(c => c * 3.5).ToArray();
                double[] values = new double[log.CustomerCount];
                Lifetime.HistoricalClv(log.Columns, costs, values);
                return Enumerable.Range(0, log.CustomerCount).All(c =>
                {
                    decimal purchases = log.Customers.Select((cc, i) => (cc, i)).Where(t => t.cc == c).Sum(t => (decimal)log.Amounts[t.i]);
                    return Approx.Close(Lifetime.HistoricalClv((double)purchases, costs[c], 0), values[c], 1e-12);
                });
            });

    [Property]
    public Property ExpectedLifespan_TimesChurn_IsOne() =>
        Prop.ForAll(
            Gen.Choose(1, 1_000_000).Select(i => i / 1_000_000.0).ToArbitrary(),
            churn => Approx.Close(1, Lifetime.ExpectedLifespan(churn) * churn, Tolerances.FewUlpsRelative));
}
