using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Properties of the MBG/NBD, BG/BB and sBG models. Oracles are written in the test from the papers'
/// other expressions: BG/BB equations 8 and 13 in closed form (the library sums them term by term), DERT,
/// DEL and DERL as discounted sums (the library uses 2F1), and fits on exact expected counts, which must
/// give back the generating parameters.
/// </summary>
public partial class ProbabilisticTests
{
    [Property]
    public Property ModifiedBetaGeoPredictions_AnyParametersAndHistory_AreNonNegativeAndProbabilitiesInUnitInterval() =>
        Prop.ForAll(DiscreteModelGens.ModifiedBetaGeoModel.ToArbitrary(), ProbabilisticGens.History.ToArbitrary(), (model, h) =>
        {
            double alive = model.ProbabilityAlive(h.X, h.Recency, h.Age);
            double e = model.ConditionalExpectedPurchases(h.Horizon, h.X, h.Recency, h.Age);
            return alive >= 0 && alive <= 1 && e >= 0 && model.ExpectedPurchasesNewCustomer(h.Horizon) >= 0;
        });

    // P(alive) falls as the time since the last purchase (T - t_x) grows.
    [Property]
    public Property ModifiedBetaGeoProbabilityAlive_LongerSinceLastPurchase_DoesNotRise() =>
        Prop.ForAll(DiscreteModelGens.ModifiedBetaGeoModel.ToArbitrary(), ProbabilisticGens.History.ToArbitrary(), (model, h) =>
            model.ProbabilityAlive(h.X, h.Recency, h.Age + h.Horizon + 1) <= model.ProbabilityAlive(h.X, h.Recency, h.Age) * (1 + 1e-12));

    // Same x and n, the last transaction one period earlier: P(alive) in [0, 1] and not higher.
    [Property]
    public Property BetaGeoBetaBinomialProbabilityAlive_EarlierLastTransaction_DoesNotRise() =>
        Prop.ForAll(DiscreteModelGens.BetaGeoBetaBinomialModel.ToArbitrary(), DiscreteModelGens.History.ToArbitrary(), (model, h) =>
        {
            double now = model.ProbabilityAlive(h.X, h.Recency, h.Periods);
            bool inRange = now >= 0 && now <= 1;
            return inRange && (h.X == 0 || h.Recency - 1 < h.X || model.ProbabilityAlive(h.X, h.Recency - 1, h.Periods) <= now * (1 + 1e-12));
        });

    [Property]
    public Property ModifiedBetaGeoExpectations_LongerHorizon_DoNotDecrease() =>
        Prop.ForAll(DiscreteModelGens.ModifiedBetaGeoModel.ToArbitrary(), ProbabilisticGens.History.ToArbitrary(), (m, h) =>
        {
            double longer = (h.Horizon * 1.5) + 1;
            return NonDecreasing(m.ConditionalExpectedPurchases(h.Horizon, h.X, h.Recency, h.Age), m.ConditionalExpectedPurchases(longer, h.X, h.Recency, h.Age))
                && NonDecreasing(m.ExpectedPurchasesNewCustomer(h.Horizon), m.ExpectedPurchasesNewCustomer(longer));
        });

    // Dropout can only lower the expectation below r t / alpha, the mean purchases of a customer who never drops out.
    [Property]
    public Property ModifiedBetaGeoNewCustomer_AtMostPoissonMean() =>
        Prop.ForAll(DiscreteModelGens.ModifiedBetaGeoModel.ToArbitrary(), Gen.Choose(1, 500).ToArbitrary(), (m, t) =>
            m.ExpectedPurchasesNewCustomer(t) <= m.R * t / m.Alpha * (1 + 1e-9));

    [Property]
    public Property BetaGeoBetaBinomialExpectations_MatchClosedFormsAndRiseWithHorizon() =>
        Prop.ForAll(DiscreteModelGens.BetaGeoBetaBinomialModel.ToArbitrary(), DiscreteModelGens.History.ToArbitrary(), (m, h) =>
        {
            double e = m.ConditionalExpectedTransactions(h.Horizon, h.X, h.Recency, h.Periods);
            double longer = m.ConditionalExpectedTransactions(h.Horizon + 3, h.X, h.Recency, h.Periods);
            double fresh = m.ExpectedTransactions(h.Horizon);
            return NonDecreasing(e, longer) && NonDecreasing(fresh, m.ExpectedTransactions(h.Horizon + 3))
                && (m.Gamma == 1 || (Close(Equation13(m, h.Horizon, h.X, h.Recency, h.Periods), e) && Close(Equation8(m, h.Horizon), fresh)));
        });

    [Property]
    public Property BetaGeoBetaBinomialDert_MatchesDiscountedSum() =>
        Prop.ForAll(DiscreteModelGens.BetaGeoBetaBinomialModel.ToArbitrary(), DiscreteModelGens.History.ToArbitrary(), DiscreteModelGens.DiscountRate.ToArbitrary(), (m, h, d) =>
        {
            // sum_(k>=1) E[transaction in period n + k] / (1 + d)^k, with E[...] = P(alive in n + k, p) from the joint posterior.
            double lnL = LnBgbbLikelihood(m, h.X, h.Recency, h.Periods);
            double lnPost = SpecialFunctions.BetaLn(m.Alpha + h.X + 1, m.Beta + h.Periods - h.X) - SpecialFunctions.BetaLn(m.Alpha, m.Beta);
            double sum = 0, term = 1;
            for (int k = 1; k < 20_000 && term > 1e-18 * sum; k++)
            {
                double lnSurvive = SpecialFunctions.BetaLn(m.Gamma, m.Delta + h.Periods + k) - SpecialFunctions.BetaLn(m.Gamma, m.Delta);
                term = Math.Exp(lnPost + lnSurvive - lnL - (k * Math.Log(1 + d)));
                sum += term;
            }

            return Close(sum, m.DiscountedExpectedResidualTransactions(d, h.X, h.Recency, h.Periods));
        });

    // A fit on the exact expected pattern weights of a known model (1e6 donors, 6 opportunities) gives the model back.
    [Theory]
    [InlineData(1.204, 0.750, 0.657, 2.783)]
    [InlineData(0.5, 2.0, 3.0, 1.5)]
    public void BetaGeoBetaBinomialFit_ExpectedPatterns_RecoversParameters(double alpha, double beta, double gamma, double delta)
    {
        var truth = new BetaGeoBetaBinomial(alpha, beta, gamma, delta);
        var rows = (from tx in Enumerable.Range(0, 7) from x in Enumerable.Range(0, tx + 1) where (x == 0) == (tx == 0) select (x, tx)).ToArray();
        double[] xs = [.. rows.Select(r => (double)r.x)], txs = [.. rows.Select(r => (double)r.tx)], ns = [.. rows.Select(_ => 6.0)];
        double[] weights = [.. rows.Select(r => 1e6 * PatternProbability(truth, r.x, r.tx, 6))];
        Approx.Equal(1e6, weights.Sum(), 1e-12);   // the oracle's pattern probabilities add up to 1

        BetaGeoBetaBinomial fit = BetaGeoBetaBinomial.Fit(new DiscreteSummaryColumns(xs, txs, ns, weights));

        Assert.True(fit.Diagnostics!.Converged, fit.Diagnostics.ToString());
        Approx.Equal(alpha, fit.Alpha, 1e-4);
        Approx.Equal(beta, fit.Beta, 1e-4);
        Approx.Equal(gamma, fit.Gamma, 1e-4);
        Approx.Equal(delta, fit.Delta, 1e-4);
    }

    [Property]
    public Property ShiftedBetaGeometric_SurvivalFallsRetentionRises_AndMatchBetaRatios() =>
        Prop.ForAll(DiscreteModelGens.ShiftedBetaGeometricModel.ToArbitrary(), Gen.Choose(1, 200).ToArbitrary(), (m, t) =>
        {
            double lnS = SpecialFunctions.BetaLn(m.Alpha, m.Beta + t) - SpecialFunctions.BetaLn(m.Alpha, m.Beta);
            double[] curve = new double[t + 1];
            m.ProjectSurvival(curve);
            return m.Survival(t) < m.Survival(t - 1) && m.RetentionRate(t + 1) > m.RetentionRate(t)
                && Close(Math.Exp(lnS), m.Survival(t)) && Close(curve[t], m.Survival(t)) && curve[0] == 1
                && Close(m.Survival(t) / m.Survival(t - 1), m.RetentionRate(t));
        });

    // Survival switches from the product of retention rates to the log-beta ratio past 10,000 periods: no seam there.
    [Theory]
    [InlineData(0.704, 1.182)]
    [InlineData(5.0, 0.05)]
    public void ShiftedBetaGeometricSurvival_PastProductLimit_StaysOnTheCurve(double alpha, double beta)
    {
        var m = new ShiftedBetaGeometric(alpha, beta);
        double[] curve = new double[10_003];
        m.ProjectSurvival(curve);

        Approx.Equal(curve[10_001], m.Survival(10_001), 1e-9);
        Approx.Equal(m.RetentionRate(10_002), m.Survival(10_002) / m.Survival(10_001), 1e-9);
    }

    // Fader and Hardie (2010): DEL counts the payment at t = 0 and then DERL(0 renewals) one period later,
    // so DEL = 1 + DERL(d | 0) / (1 + d) < 1 + DERL(d | 0); DERL rises with the renewals made; both match their discounted sums.
    [Property]
    public Property ShiftedBetaGeometricDelDerl_MatchDiscountedSumsAndPaperRelations() =>
        Prop.ForAll(DiscreteModelGens.ShiftedBetaGeometricModel.ToArbitrary(), DiscreteModelGens.DiscountRate.ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (m, d, renewals) =>
        {
            double del = m.DiscountedExpectedLifetime(d);
            double derl0 = m.DiscountedExpectedResidualLifetime(d, 0);
            double derl = m.DiscountedExpectedResidualLifetime(d, renewals);
            return Close(DiscountedSurvival(m, d, 0), del) && Close(DiscountedSurvival(m, d, renewals + 1), derl)
                && Close(1 + (derl0 / (1 + d)), del) && del < 1 + derl0
                && m.DiscountedExpectedResidualLifetime(d, renewals + 1) > derl;
        });

    // A fit on survivors rounded from 1e9 * S(t) of a known model gives the model back.
    [Property]
    public Property ShiftedBetaGeometricFit_ExpectedSurvivors_RecoversParameters() =>
        Prop.ForAll(DiscreteModelGens.ShiftedBetaGeometricModel.Where(m => m.Alpha > 0.2 && m.Beta > 0.2 && m.Alpha < 5 && m.Beta < 5).ToArbitrary(), truth =>
        {
            long[] survivors = [.. Enumerable.Range(0, 13).Select(t => (long)Math.Round(1e9 * truth.Survival(t)))];
            ShiftedBetaGeometric fit = ShiftedBetaGeometric.Fit(survivors);
            return fit.Diagnostics!.Converged && Approx.Close(truth.Alpha, fit.Alpha, 1e-4) && Approx.Close(truth.Beta, fit.Beta, 1e-4);
        });

    private static bool Close(double expected, double actual) => Approx.Close(expected, actual, ProbabilisticTolerances.Independent);

    /// <summary>sum_(t>=n) S(t)/S(n-1) (1+d)^-(t-n) for n >= 1, or sum_(t>=0) S(t) (1+d)^-t for n = 0, term by term.</summary>
    private static double DiscountedSurvival(ShiftedBetaGeometric m, double d, int n)
    {
        double lnBase = n == 0 ? SpecialFunctions.BetaLn(m.Alpha, m.Beta) : SpecialFunctions.BetaLn(m.Alpha, m.Beta + n - 1);
        double sum = 0, term = 1;
        for (int t = n; t < n + 100_000 && term > 1e-18 * sum; t++)
        {
            term = Math.Exp(SpecialFunctions.BetaLn(m.Alpha, m.Beta + t) - lnBase - ((t - n) * Math.Log(1 + d)));
            sum += term;
        }

        return sum;
    }

    /// <summary>Equation 8 of Fader, Hardie and Shang (2010), closed form.</summary>
    private static double Equation8(BetaGeoBetaBinomial m, int n) =>
        m.Alpha / (m.Alpha + m.Beta) * m.Delta / (m.Gamma - 1)
        * (1 - Math.Exp(SpecialFunctions.GammaLn(m.Gamma + m.Delta) - SpecialFunctions.GammaLn(m.Gamma + m.Delta + n) + SpecialFunctions.GammaLn(1 + m.Delta + n) - SpecialFunctions.GammaLn(1 + m.Delta)));

    /// <summary>Equation 13 of Fader, Hardie and Shang (2010), closed form.</summary>
    private static double Equation13(BetaGeoBetaBinomial m, int future, int x, int tx, int n)
    {
        double g = m.Gamma, d = m.Delta;
        double front = Math.Exp(SpecialFunctions.BetaLn(m.Alpha + x + 1, m.Beta + n - x) - SpecialFunctions.BetaLn(m.Alpha, m.Beta) - LnBgbbLikelihood(m, x, tx, n)
            + SpecialFunctions.GammaLn(g + d) - SpecialFunctions.GammaLn(1 + d)) * d / (g - 1);
        double first = Math.Exp(SpecialFunctions.GammaLn(1 + d + n) - SpecialFunctions.GammaLn(g + d + n));
        double second = Math.Exp(SpecialFunctions.GammaLn(1 + d + n + future) - SpecialFunctions.GammaLn(g + d + n + future));
        return front * (first - second);
    }

    /// <summary>ln of equation 5 of Fader, Hardie and Shang (2010), summed in linear space.</summary>
    private static double LnBgbbLikelihood(BetaGeoBetaBinomial m, int x, int tx, int n) => Math.Log(SequenceLikelihood(m, x, tx, n));

    /// <summary>
    /// The probability of the pattern (x, t_x, n): equation 5 (the likelihood of one sequence of transactions)
    /// times the C(t_x - 1, x - 1) sequences with that pattern.
    /// </summary>
    private static double PatternProbability(BetaGeoBetaBinomial m, int x, int tx, int n) =>
        SequenceLikelihood(m, x, tx, n) * (x == 0 ? 1 : SpecialFunctions.Binomial(tx - 1, x - 1));

    private static double SequenceLikelihood(BetaGeoBetaBinomial m, int x, int tx, int n)
    {
        double lnBab = SpecialFunctions.BetaLn(m.Alpha, m.Beta), lnBgd = SpecialFunctions.BetaLn(m.Gamma, m.Delta);
        double l = Math.Exp(SpecialFunctions.BetaLn(m.Alpha + x, m.Beta + n - x) - lnBab + SpecialFunctions.BetaLn(m.Gamma, m.Delta + n) - lnBgd);
        for (int i = 0; i < n - tx; i++)
        {
            l += Math.Exp(SpecialFunctions.BetaLn(m.Alpha + x, m.Beta + tx - x + i) - lnBab + SpecialFunctions.BetaLn(m.Gamma + 1, m.Delta + tx + i) - lnBgd);
        }

        return l;
    }
}
