using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>Properties every fitted purchase and spend model must have (catalog V6).</summary>
public partial class ProbabilisticTests
{
    [Property]
    public Property BetaGeoPredictions_AnyParametersAndHistory_AreNonNegativeAndProbabilitiesInUnitInterval() =>
        Prop.ForAll(ProbabilisticGens.BetaGeoModel.ToArbitrary(), ProbabilisticGens.History.ToArbitrary(), (model, h) =>
        {
            double alive = model.ProbabilityAlive(h.X, h.Recency, h.Age);
            double e = model.ConditionalExpectedPurchases(h.Horizon, h.X, h.Recency, h.Age);
            return alive >= 0 && alive <= 1 && (h.X > 0 || alive == 1) && e >= 0 && model.ExpectedPurchasesNewCustomer(h.Horizon) >= 0;
        });

    [Property]
    public Property ParetoNbdPredictions_AnyParametersAndHistory_AreNonNegativeAndProbabilitiesInUnitInterval() =>
        Prop.ForAll(ProbabilisticGens.ParetoNbdModel.ToArbitrary(), ProbabilisticGens.History.ToArbitrary(), (model, h) =>
        {
            double alive = model.ProbabilityAlive(h.X, h.Recency, h.Age);
            double e = model.ConditionalExpectedPurchases(h.Horizon, h.X, h.Recency, h.Age);
            return alive >= 0 && alive <= 1 && e >= 0 && model.ExpectedPurchasesNewCustomer(h.Horizon) >= 0;
        });

    [Property]
    public Property ExpectedPurchases_LongerHorizon_DoNotDecrease() =>
        Prop.ForAll(ProbabilisticGens.BetaGeoModel.ToArbitrary(), ProbabilisticGens.ParetoNbdModel.ToArbitrary(), ProbabilisticGens.History.ToArbitrary(), (bg, pn, h) =>
        {
            double longer = h.Horizon * 1.5 + 1;
            return NonDecreasing(bg.ConditionalExpectedPurchases(h.Horizon, h.X, h.Recency, h.Age), bg.ConditionalExpectedPurchases(longer, h.X, h.Recency, h.Age))
                && NonDecreasing(pn.ConditionalExpectedPurchases(h.Horizon, h.X, h.Recency, h.Age), pn.ConditionalExpectedPurchases(longer, h.X, h.Recency, h.Age))
                && NonDecreasing(bg.ExpectedPurchasesNewCustomer(h.Horizon), bg.ExpectedPurchasesNewCustomer(longer))
                && NonDecreasing(pn.ExpectedPurchasesNewCustomer(h.Horizon), pn.ExpectedPurchasesNewCustomer(longer));
        });

    [Fact]
    public void ExpectedPopulationRepeatPurchases_LaterTime_DoesNotDecrease()
    {
        var model = new BetaGeo(0.243, 4.414, 0.793, 2.426);
        double[] ages = CdnowFiles.CustomersSummary.Age;
        double previous = 0;
        for (int week = -39; week <= 39; week += 13)
        {
            double total = model.ExpectedPopulationRepeatPurchases(ages, week);
            Assert.True(total >= previous, FormattableString.Invariant($"week {week}: {total} < {previous}"));
            previous = total;
        }
    }

    [Property]
    public Property GammaGammaExpectedSpend_LiesBetweenPopulationMeanAndOwnAverage() =>
        Prop.ForAll(ProbabilisticGens.GammaGammaModel.ToArbitrary(), Gen.Choose(1, 50).ToArbitrary(), Gens.PositiveMoney.ToArbitrary(), (model, x, z) =>
        {
            double populationMean = model.P * model.Gamma / (model.Q - 1);
            double e = model.ConditionalExpectedAverageSpend(x, z);
            double low = Math.Min(populationMean, z), high = Math.Max(populationMean, z);
            return e >= low * (1 - 1e-12) && e <= high * (1 + 1e-12);
        });

    [Property]
    public Property Clv_HigherDiscountRate_DoesNotIncrease() =>
        Prop.ForAll(ProbabilisticGens.BetaGeoModel.ToArbitrary(), ProbabilisticGens.History.ToArbitrary(), Gens.Fraction.ToArbitrary(), (bg, h, d) =>
        {
            var spend = new GammaGamma(6.25, 3.74, 15.44);
            double low = spend.Clv(bg, h.X, h.Recency, h.Age, 30, 12, 4.35, d);
            double high = spend.Clv(bg, h.X, h.Recency, h.Age, 30, 12, 4.35, d + 0.05);
            return low >= 0 && high <= low * (1 + 1e-12);
        });

    private static bool NonDecreasing(double shorter, double longer) => longer >= shorter * (1 - 1e-12) - 1e-15;
}
