using System;
using CrmKpi.Probabilistic;
using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Worked values of the MBG/NBD, BG/BB and sBG predictions. The expected values were computed with
/// mpmath at 30 digits from the papers' own expressions, evaluated independently of the library: the
/// MBG/NBD expectations as one-dimensional integrals over the dropout probability p (not through 2F1),
/// the BG/BB ones by equations 8 and 13 of Fader, Hardie and Shang (2010) and DERT as the discounted sum
/// of its terms, the sBG DEL and DERL as discounted sums of S(t) (not through 2F1).
/// </summary>
public partial class ProbabilisticTests
{
    private static readonly ModifiedBetaGeo Btydplus = new(0.525, 6.183, 0.891, 1.614);
    private static readonly BetaGeoBetaBinomial Donations = new(1.204, 0.750, 0.657, 2.783);
    private static readonly ShiftedBetaGeometric Regular = new(0.704, 1.182);
    private static readonly ShiftedBetaGeometric HighEnd = new(0.668, 3.806);

    // E[X(t) | lambda, p] = (1 - p)/p (1 - e^(-lambda t p)), integrated over lambda ~ Gamma(r, alpha) and p ~ Beta(a, b).
    [Fact]
    public void ModifiedBetaGeoNewCustomer_Cdnow39Weeks_MatchesIntegral() =>
        Assert.Equal(1.18295366559717264, Btydplus.ExpectedPurchasesNewCustomer(39), 1e-10);

    // CDNOW customer 1 (x = 2, t_x = 30.43, T = 38.86): P(alive) = 1 / (1 + a/(b+x) ((alpha+T)/(alpha+t_x))^(r+x)),
    // and E[Y(39)] = P(alive) * integral of (1/p)(1 - ((alpha+T)/(alpha+T+tp))^(r+x)) over p ~ Beta(a, b+x+1).
    [Fact]
    public void ModifiedBetaGeoCustomer1_Cdnow_MatchesIntegral()
    {
        Assert.Equal(0.706202265118487276, Btydplus.ProbabilityAlive(2, 30.43, 38.86), 1e-12);
        Assert.Equal(1.26296062326736568, Btydplus.ConditionalExpectedPurchases(39, 2, 30.43, 38.86), 1e-10);
    }

    // Without repeat purchases the MBG/NBD customer may have dropped out at time zero (BG/NBD: alive with probability 1).
    [Fact]
    public void ModifiedBetaGeoNoRepeats_Cdnow_MayBeDead()
    {
        Assert.Equal(0.389735080918762901, Btydplus.ProbabilityAlive(0, 0, 38.86), 1e-12);
        Assert.Equal(0.154012746675146680, Btydplus.ConditionalExpectedPurchases(39, 0, 0, 38.86), 1e-10);
    }

    [Theory]
    [InlineData(0.243, 4.414, 0.793, 2.426)]
    [InlineData(2.5, 0.7, 3.1, 0.4)]
    public void ModifiedBetaGeoGradient_MatchesFiniteDifferences(double r, double alpha, double a, double b)
    {
        CdnowFiles.Summary s = CdnowFiles.CustomersSummary;
        double Ll(double[] p) => BetaGeoLikelihood.Evaluate(s.Frequency, s.Recency, s.Age, default, p[0], p[1], p[2], p[3], default, 256, check: false, modified: true);
        double[] g = new double[4];
        BetaGeoLikelihood.Evaluate(s.Frequency, s.Recency, s.Age, default, r, alpha, a, b, g, 256, check: false, modified: true);

        AssertGradient(Ll, [r, alpha, a, b], g);
    }

    // MBG/NBD likelihood of one customer, written out from Batislam et al. (2007) with MathNet's special functions.
    [Theory]
    [InlineData(0, 0, 38.86)]
    [InlineData(2, 30.43, 38.86)]
    [InlineData(300, 12.5, 20)]   // past the per-x table (x >= 256)
    public void ModifiedBetaGeoLogLikelihood_OneCustomer_MatchesPaperExpression(double x, double tx, double t)
    {
        (double r, double alpha, double a, double b) = (0.525, 6.183, 0.891, 1.614);
        double lnA = MathNet.Numerics.SpecialFunctions.GammaLn(r + x) - MathNet.Numerics.SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha))
            + MathNet.Numerics.SpecialFunctions.BetaLn(a, b + x + 1) - MathNet.Numerics.SpecialFunctions.BetaLn(a, b);
        double u = -(r + x) * Math.Log(alpha + t), v = Math.Log(a / (b + x)) - ((r + x) * Math.Log(alpha + tx));
        double expected = lnA + Math.Max(u, v) + Math.Log(1 + Math.Exp(-Math.Abs(u - v)));   // ln(e^u + e^v), no underflow at x = 300

        double actual = Btydplus.TotalLogLikelihood(new CustomerSummaryColumns([x], [tx], [t]));

        Approx.Equal(expected, actual, 1e-12);
    }

    // Equation 8 of Fader, Hardie and Shang (2010) at the published parameters.
    [Fact]
    public void BetaGeoBetaBinomialExpectedTransactions_SixPeriods_MatchesEquation8() =>
        Assert.Equal(2.21963139348729886, Donations.ExpectedTransactions(6), 1e-12);

    // Equation 13 of Fader, Hardie and Shang (2010), 5 periods ahead, n = 6.
    [Theory]
    [InlineData(0, 0, 0.0728028774750430124)]
    [InlineData(2, 4, 1.05734894190968056)]
    [InlineData(6, 6, 3.75211560759981475)]
    public void BetaGeoBetaBinomialConditional_FivePeriods_MatchesEquation13(int x, int tx, double expected) =>
        Approx.Equal(expected, Donations.ConditionalExpectedTransactions(5, x, tx, 6), 1e-12);

    // DERT at d = 0.1 as the discounted sum over periods n + 1, n + 2, ... of E[transaction in that period].
    [Theory]
    [InlineData(0, 0, 0.114646996181764105)]
    [InlineData(2, 4, 1.66506990259370712)]
    [InlineData(6, 6, 5.90867831955538128)]
    public void BetaGeoBetaBinomialDert_TenPercent_MatchesDiscountedSum(int x, int tx, double expected) =>
        Approx.Equal(expected, Donations.DiscountedExpectedResidualTransactions(0.1, x, tx, 6), 1e-12);

    // BG/BB likelihood: the paper's LL at its published parameters is -33,225.6 (mpmath: -33225.58175).
    [Fact]
    public void BetaGeoBetaBinomialLogLikelihood_PublishedParameters_Is33225_6() =>
        Assert.Equal(-33225.5817545186, Donations.TotalLogLikelihood(DonationsFile.Donations.Columns), 1e-7);

    // DEL and DERL at d = 0.1 as the discounted sums of S(t) = B(alpha, beta+t)/B(alpha, beta).
    [Fact]
    public void ShiftedBetaGeometricDelDerl_TenPercent_MatchDiscountedSums()
    {
        Approx.Equal(3.69514740557457410, Regular.DiscountedExpectedLifetime(0.1), 1e-12);
        Approx.Equal(2.96466214613203151, Regular.DiscountedExpectedResidualLifetime(0.1, 0), 1e-12);
        Approx.Equal(5.89442285984416004, Regular.DiscountedExpectedResidualLifetime(0.1, 4), 1e-12);
        Approx.Equal(5.92259640761276416, HighEnd.DiscountedExpectedLifetime(0.1), 1e-12);
        Approx.Equal(5.41485604837404057, HighEnd.DiscountedExpectedResidualLifetime(0.1, 0), 1e-12);
        Approx.Equal(6.89705739774609085, HighEnd.DiscountedExpectedResidualLifetime(0.1, 4), 1e-12);
    }

    // Fader and Hardie (2007): S(7) and r_7 at the published parameters; the paper's data have 241 and 491 survivors per 1,000 in year 7.
    [Fact]
    public void ShiftedBetaGeometricSurvival_Year7_MatchesBetaRatio()
    {
        Approx.Equal(0.239050641693244411, Regular.Survival(7), 1e-12);
        Approx.Equal(0.910727872178544256, Regular.RetentionRate(7), 1e-12);
        Approx.Equal(0.488944620893725731, HighEnd.Survival(7), 1e-12);
        Approx.Equal(0.936223028451403475, HighEnd.RetentionRate(7), 1e-12);
    }

    // The projection tracks the observed survivors: within 10 per 1,000 every year (the paper's figure 3).
    [Fact]
    public void ShiftedBetaGeometricProjection_Regular_TracksObservedSurvivors()
    {
        long[] observed = [1000, 631, 468, 382, 326, 289, 262, 241];

        double[] projected = Regular.ProjectSurvivors(1000, 7);

        for (int t = 0; t < observed.Length; t++)
        {
            Assert.True(Math.Abs(projected[t] - observed[t]) < 10, FormattableString.Invariant($"year {t}: {projected[t]} vs {observed[t]}"));
        }
    }

    // docs/probabilistic.md, "How far off the constant-retention V4 value is": V4 = r / (1 + d - r) per unit margin
    // against sBG DEL - 1 at d = 0.1, with the year-1 retention and with the mean of the 7 yearly rates of the paper's data.
    [Theory]
    [InlineData(new long[] { 1000, 631, 468, 382, 326, 289, 262, 241 }, 0.704, 1.182, -0.501, 0.098)]
    [InlineData(new long[] { 1000, 869, 743, 653, 593, 551, 517, 491 }, 0.668, 3.806, -0.236, -0.063)]
    public void ConstantRetentionV4_AgainstShiftedBetaGeometric_IsOffAsDocumented(long[] survivors, double alpha, double beta, double offFirstYear, double offMean)
    {
        double paymentsAfterFirst = new ShiftedBetaGeometric(alpha, beta).DiscountedExpectedLifetime(0.1) - 1;
        double firstYear = (double)survivors[1] / survivors[0];
        double mean = 0;
        for (int t = 1; t < survivors.Length; t++)
        {
            mean += (double)survivors[t] / survivors[t - 1] / (survivors.Length - 1);
        }

        Assert.Equal(offFirstYear, (Lifetime.RetentionDiscountClv(1, firstYear, 0.1) / paymentsAfterFirst) - 1, 0.0005);
        Assert.Equal(offMean, (Lifetime.RetentionDiscountClv(1, mean, 0.1) / paymentsAfterFirst) - 1, 0.0005);
    }
}
