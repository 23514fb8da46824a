using System;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): values of BG/NBD, BG/BB and sBG at the edges where a branch switches or a guard against
/// 0 * infinity matters. References are the papers' formulas evaluated with mpmath 1.3.0 at 60 digits (expressions in the
/// comments), or hand truths (an empty summary totals 0; a certain event has log-probability 0).
/// </summary>
public partial class ProbabilisticTests
{
    [Fact]
    public void BetaGeoExpectedPurchasesNewCustomer_AtAEqualOne_IsTheLimitOfEquationNine()
    {
        // FHL 2005 eq. 9 at a = 1 is 0/0; mpmath: (a+b-1)/(a-1)*(1-(al/(al+t))**r*hyp2f1(r,b,a+b-1,t/(al+t))) at
        // a = 1 + 1e-40 (the limit to 1e-40), r = 0.243, al = 4.414, b = 2.426, t = 10. Agrees to 1e-12 relative.
        double value = new BetaGeo(0.243, 4.414, 1, 2.426).ExpectedPurchasesNewCustomer(10);
        Assert.Equal(0.41439337481557626309, value, 0.41439337481557626309 * 1e-12);
    }

    [Fact]
    public void BetaGeo_AtTimeZero_ExpectsNoPurchases_EvenWhenAPlusBIsOne()
    {
        // Nothing happens in no time. With a + b = 1 the 2F1 of eq. 9/10 has c = a + b + x - 1 = 0 for x = 0, so the
        // answer must come from the horizon alone, not from the series.
        var model = new BetaGeo(0.243, 4.414, 0.4, 0.6);
        Assert.Equal(0.0, model.ExpectedPurchasesNewCustomer(0));
        Assert.Equal(0.0, model.ConditionalExpectedPurchases(0, 0, 0, 38));
    }

    [Fact]
    public void BetaGeo_APlusBOne_ExpectationsAreTheLimitOfEquationsNineAndTen()
    {
        // With a + b = 1 the 2F1 of eq. 9 (and of eq. 10 for x = 0) has c = a + b + x - 1 = 0, a removable 0 * infinity
        // (this returned NaN before). mpmath at b = 0.6 + 1e-40 (the limit to 1e-40), r = 0.243, al = 4.414, a = 0.4, t = 1:
        // eq. 9: (a+b-1)/(a-1)*(1-(al/(al+t))**r*hyp2f1(r,b,a+b-1,t/(al+t))) = 0.052272667735856136502;
        // eq. 10, x = 0, T = 38: (a+b-1)/(a-1)*(1-((al+T)/(al+T+t))**r*hyp2f1(r,b,a+b-1,t/(al+T+t))) = 0.0056960678447418175131
        // (P(alive) = 1 for x = 0). Agrees to 1e-12 relative.
        var model = new BetaGeo(0.243, 4.414, 0.4, 0.6);
        Assert.Equal(0.052272667735856136502, model.ExpectedPurchasesNewCustomer(1), 0.052272667735856136502 * 1e-12);
        Assert.Equal(0.0056960678447418175131, model.ConditionalExpectedPurchases(1, 0, 0, 38), 0.0056960678447418175131 * 1e-12);
    }

    [Fact]
    public void BetaGeoTotalLogLikelihood_FrequentBuyers_PastTheTableAndWithAHugeDropoutOdds()
    {
        // Rows (x, t_x, T): x = 256 is the first frequency past the 256-row table; x = 400 with t_x = 1, T = 40 has
        // ln D = ln(a/(b+x-1)) + (r+x) ln((alpha+T)/(alpha+t_x)) near 842, past exp's range. FHL 2005 eq. 6 per row in mpmath:
        // loggamma(r+x)-loggamma(r)+r*log(al)+log(beta(a,b+x))-log(beta(a,b))-(r+x)*log(al+T)+log(1+[x>0]*a/(b+x-1)*((al+T)/(al+tx))**(r+x)),
        // r = 0.243, al = 4.414, a = 0.793, b = 2.426: 245.87877465382369687, 1308.6896498505387221, -9.4182475425521268277,
        // -0.54983541682550554394; total 1544.6003415449847866. Agrees to 1e-12 relative.
        var model = new BetaGeo(0.243, 4.414, 0.793, 2.426);
        double ll = model.TotalLogLikelihood(new CustomerSummaryColumns([256, 400, 2, 0], [30, 1, 30, 0], [38, 40, 38, 38]));
        Assert.Equal(1544.6003415449847866, ll, 1544.6003415449847866 * 1e-12);
        Assert.Equal(1308.6896498505387221, model.TotalLogLikelihood(new CustomerSummaryColumns([400], [1], [40])), 1308.6896498505387221 * 1e-12);
        Assert.Equal(245.87877465382369687, model.TotalLogLikelihood(new CustomerSummaryColumns([256], [30], [38])), 245.87877465382369687 * 1e-12);
    }

    [Fact]
    public void BetaGeoBetaBinomial_EmptySummary_TotalsZero()
    {
        // Documented: 0 for an empty summary (an empty summary cannot be fitted, but it can be evaluated).
        var model = new BetaGeoBetaBinomial(1.204, 0.750, 0.657, 2.783);
        Assert.Equal(0.0, model.TotalLogLikelihood(new DiscreteSummaryColumns([], [], [])));
        Assert.Equal(0.0, model.ExpectedPopulationTransactions(new DiscreteSummaryColumns([], [], []), 5));
    }

    [Theory]
    [InlineData(5, 3.0767846220765861712)]
    [InlineData(10_000, 5727.6413184438419182)]
    public void BetaGeoBetaBinomialExpectedTransactions_LargeDelta_UpToTheDirectSumLimit(int periods, double expected)
    {
        // FHS 2010 eq. 8 in mpmath: al/(al+be)*de/(ga-1)*(1-exp(loggamma(ga+de)-loggamma(ga+de+n)+loggamma(1+de+n)-loggamma(1+de)))
        // with al = 1.2, be = 0.75, ga = 1.5, de = 1e5. With delta this large the double closed form loses about 1e-10
        // absolute in the log ratio (lnGamma near 1e6), far more than the term-by-term sum; agrees to 1e-12 relative.
        double value = new BetaGeoBetaBinomial(1.2, 0.75, 1.5, 1e5).ExpectedTransactions(periods);
        Assert.Equal(expected, value, expected * 1e-12);
    }

    [Fact]
    public void BetaGeoBetaBinomialExpectedTransactions_GammaOne_PastTheDirectSumLimit()
    {
        // gamma = 1: eq. 8's closed form is 0/0. mpmath: al/(al+be)*fsum(exp(loggamma(de+t)-loggamma(de)+loggamma(ga+de)
        // -loggamma(ga+de+t)) for t in 1..20000), al = 1.2, be = 0.75, ga = 1, de = 2.783. Agrees to 1e-12 relative.
        double value = new BetaGeoBetaBinomial(1.2, 0.75, 1, 2.783).ExpectedTransactions(20_000);
        Assert.Equal(14.918743575070967115, value, 14.918743575070967115 * 1e-12);
    }

    [Fact]
    public void BetaGeoBetaBinomialConditionalExpectedTransactions_PastTheDirectSumLimit()
    {
        // FHS 2010 eq. 13 in mpmath with the donations parameters (1.204, 0.750, 0.657, 2.783), n* = 20000, x = 2, t_x = 4, n = 6:
        // 1/L*beta(al+x+1,be+n-x)/beta(al,be)*de/(ga-1)*exp(loggamma(ga+de)-loggamma(1+de))*(exp(loggamma(1+de+n)-loggamma(ga+de+n))
        // -exp(loggamma(1+de+n+ns)-loggamma(ga+de+n+ns))), L = eq. 5 summed term by term. Past 10,000 periods
        // the closed form runs on lnGamma near 2e4 (about 3e-11 absolute each), so it agrees to 1e-10 relative.
        var model = new BetaGeoBetaBinomial(1.204, 0.750, 0.657, 2.783);
        Assert.Equal(84.958994712096381079, model.ConditionalExpectedTransactions(20_000, 2, 4, 6), 84.958994712096381079 * 1e-10);

        // eq. 11: beta(al+x,be+n-x)/beta(al,be)*beta(ga,de+n+1)/beta(ga,de)/L = 0.58951411643369789278 (the paper's table: 0.59).
        Assert.Equal(0.58951411643369789278, model.ProbabilityAlive(2, 4, 6), 0.58951411643369789278 * 1e-12);
    }

    [Fact]
    public void ShiftedBetaGeometricTotalLogLikelihood_ZeroCountsAddNothing_EvenWhereTheirProbabilityUnderflows()
    {
        // beta = the smallest double: P(T = 1) = alpha/(alpha+beta) rounds to 1, so losing the whole cohort of 10 in period 1
        // has log-likelihood 10 ln 1 = 0. P(T = 2) and S(2) underflow to 0, but nobody is lost in period 2 and nobody
        // remains, so those log(0) terms carry weight 0 and must add nothing (not 0 * -infinity = NaN).
        double ll = new ShiftedBetaGeometric(1, double.Epsilon).TotalLogLikelihood([10, 0, 0]);
        Assert.Equal(0.0, ll);
    }

    [Fact]
    public void ShiftedBetaGeometricFit_Penalized_IsStationaryForTheDocumentedObjective()
    {
        // The documented objective is -LL / (cohort size) + penalizer * (alpha^2 + beta^2). At its minimum each partial
        // derivative is 0; d LL / d theta comes from central differences of the public TotalLogLikelihood (an
        // independent path from the fit's analytic gradient). The high-end cohort of Fader and Hardie (2007).
        long[] counts = [1000, 869, 743, 653, 593, 551, 517, 491];
        const double penalizer = 0.1;
        ShiftedBetaGeometric fit = ShiftedBetaGeometric.Fit(counts, penalizer);
        FitDiagnostics diagnostics = Assert.IsType<FitDiagnostics>(fit.Diagnostics);
        Assert.True(diagnostics.Converged, diagnostics.ExitReason);
        Assert.Equal(1000, diagnostics.Customers);
        Assert.Equal(penalizer, diagnostics.Penalizer);
        Assert.InRange(diagnostics.Iterations, 1, 500);
        Assert.True(diagnostics.Evaluations > diagnostics.Iterations, $"{diagnostics.Evaluations} evaluations for {diagnostics.Iterations} iterations");

        double[] theta = [fit.Alpha, fit.Beta];
        for (int i = 0; i < 2; i++)
        {
            double h = theta[i] * 1e-6;
            double[] up = [.. theta], down = [.. theta];
            up[i] += h;
            down[i] -= h;
            double dLl = (new ShiftedBetaGeometric(up[0], up[1]).TotalLogLikelihood(counts)
                - new ShiftedBetaGeometric(down[0], down[1]).TotalLogLikelihood(counts)) / (2 * h);
            double dObjective = (-dLl / 1000) + (2 * penalizer * theta[i]);
            Assert.True(Math.Abs(dObjective) < 1e-4, $"d objective / d theta[{i}] = {dObjective} at ({fit.Alpha}, {fit.Beta})");
        }

        // The penalty pulls the parameters below the plain fit's (the paper's alpha = 0.668, beta = 3.806).
        Assert.True(fit.Beta < 3.806, $"beta {fit.Beta}");
    }
    [Fact]
    public void BetaGeoBetaBinomialTotalLogLikelihood_TermsSpreadBeyondExpRange()
    {
        // alpha = 1e5 (a transaction at nearly every opportunity): for x = 1, t_x = 300, n = 600 the eq. 5 terms span far more
        // than exp's range (the "alive through 600" term is below e^-2000 of the largest), so only a log-sum-exp around the
        // largest term stays finite. mpmath: log(beta(al+x,be+n-x)/beta(al,be)*beta(ga,de+n)/beta(ga,de) + fsum(beta(al+x,
        // be+tx-x+i)/beta(al,be)*beta(ga+1,de+tx+i)/beta(ga,de) for i in range(n-tx))), al = 1e5, be = ga = de = 1.
        // Agrees to 1e-12 relative.
        var model = new BetaGeoBetaBinomial(1e5, 1, 1, 1);
        double ll = model.TotalLogLikelihood(new DiscreteSummaryColumns([1], [300], [600]));
        Assert.Equal(-2045.0282565564013412, ll, 2045.0282565564013412 * 1e-12);
    }
    [Fact]
    public void ShiftedBetaGeometricSurvival_LargeBetaAtTheProductLimit()
    {
        // S(t) = B(alpha, beta+t)/B(alpha, beta); mpmath: exp(loggamma(b+t)-loggamma(b)+loggamma(a+b)-loggamma(a+b+t)),
        // a = 0.5, b = 1e6, t = 10000 (the last period of the product form; the log-beta difference of lnGamma values
        // near 1.3e7 would lose about 1e-9). Agrees to 1e-12 relative.
        double value = new ShiftedBetaGeometric(0.5, 1e6).Survival(10_000);
        Assert.Equal(0.99503718897850746538, value, 0.99503718897850746538 * 1e-12);
    }
}
