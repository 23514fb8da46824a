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
    // V2 and V3 against a customer's life written out purchase by purchase: with a whole number of periods and of purchases per period,
    // the lifetime value is the sum over every purchase of its value (V2) or of its profit, value x margin (V3), added up in decimal.
    // The formulas multiply three or four doubles (each product rounds once, at most 0.5 ulp); 1e-14 relative allows about 45 ulps.
    [Property]
    public Property SimpleAndMarginClv_WholePeriods_EqualPurchaseByPurchaseSum() =>
        Prop.ForAll(
            Gen.Choose(0, 100_000).Zip(Gen.Choose(0, 100)).ToArbitrary(),
            Gen.Choose(0, 12).ToArbitrary(),
            Gen.Choose(0, 40).ToArbitrary(),
            (amounts, perPeriod, periods) =>
            {
                (int cents, int marginPercent) = amounts;
                decimal value = cents / 100m, margin = marginPercent / 100m, revenue = 0, profit = 0;
                for (int period = 0; period < periods; period++)
                {
                    for (int purchase = 0; purchase < perPeriod; purchase++)
                    {
                        revenue += value;
                        profit += value * margin;
                    }
                }

                return Approx.Close((double)revenue, Lifetime.SimpleClv((double)value, perPeriod, periods), Tolerances.FewUlpsRelative)
                    && Approx.Close((double)profit, Lifetime.MarginClv((double)value, perPeriod, periods, (double)margin), Tolerances.FewUlpsRelative);
            });

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

    // V5 against the survival series: with a constant churn c per period a customer is still there after t periods with probability
    // (1 - c)^t, and the expected lifespan is the sum of those probabilities over t = 0, 1, 2, ... (the mean of a geometric distribution).
    // The series is summed until its terms fall below 1e-17 of the sum; the tail left out is then below 1e-17 / c of the sum, and the
    // rounding of up to ~4,000 additions stays below 1e-12 relative, the tolerance used. Churn from 1% to 100%.
    [Property]
    public Property ExpectedLifespan_EqualsSurvivalSeries() =>
        Prop.ForAll(
            Gen.Choose(10_000, 1_000_000).Select(i => i / 1_000_000.0).ToArbitrary(),
            churn =>
            {
                double sum = 0, survival = 1;
                while (survival > 1e-17 * sum || sum == 0)
                {
                    sum += survival;
                    survival *= 1 - churn;
                }

                return Approx.Close(sum, Lifetime.ExpectedLifespan(churn), 1e-12);
            });
}
