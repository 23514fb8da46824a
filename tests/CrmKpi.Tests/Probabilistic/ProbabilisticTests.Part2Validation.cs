using System;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>Failure behaviour of the MBG/NBD, BG/BB and sBG models: data that cannot identify a model, bad elements, bad arguments, fits that stop early.</summary>
public partial class ProbabilisticTests
{
    [Fact]
    public void ModifiedBetaGeoFit_Unidentifiable_ThrowsArgumentExceptionNamingSummary()
    {
        Assert.Equal("summary", Assert.Throws<ArgumentException>(() => ModifiedBetaGeo.Fit(new CustomerSummaryColumns([3.0], [10.0], [20.0]))).ParamName);
        ArgumentException e = Assert.Throws<ArgumentException>(() => ModifiedBetaGeo.Fit(new CustomerSummaryColumns([0.0, 0.0], [0.0, 0.0], [5.0, 9.0])));
        Assert.Equal("summary", e.ParamName);
        Assert.Contains("repeat purchases", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModifiedBetaGeo_BadElementOrArgument_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ModifiedBetaGeo.Fit(new CustomerSummaryColumns([1.0, 2.5], [1.0, 2.0], [3.0, 3.0])));
        Assert.Contains("frequency[1]", e.Message, StringComparison.Ordinal);
        Assert.Equal("recency", Assert.Throws<ArgumentOutOfRangeException>(() => Btydplus.ProbabilityAlive(1, 5, 4)).ParamName);
        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => Btydplus.ConditionalExpectedPurchases(-1, 1, 2, 4)).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentOutOfRangeException>(() => new ModifiedBetaGeo(1, 1, 1, 0)).ParamName);
    }

    [Fact]
    public void ModifiedBetaGeoFit_IterationLimitReached_ReportsNotConverged()
    {
        ModifiedBetaGeo model = ModifiedBetaGeo.Fit(CdnowFiles.CustomersSummary.Columns, maxIterations: 2);

        Assert.False(model.Diagnostics!.Converged);
        Assert.Contains("MaximumIterations", model.Diagnostics.ExitReason, StringComparison.Ordinal);
    }

    [Fact]
    public void BetaGeoBetaBinomialFit_Unidentifiable_ThrowsArgumentExceptionNamingSummary()
    {
        static string MessageOf(double[] x, double[] tx, double[] n, double[] w)
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => BetaGeoBetaBinomial.Fit(new DiscreteSummaryColumns(x, tx, n, w)));
            Assert.Equal("summary", e.ParamName);
            return e.Message;
        }

        Assert.Contains("at least 2", MessageOf([1.0], [1.0], [3.0], [1.0]), StringComparison.Ordinal);
        Assert.Contains("repeat transactions", MessageOf([0.0, 0.0], [0.0, 0.0], [3.0, 3.0], [5.0, 5.0]), StringComparison.Ordinal);
        Assert.Contains("missed opportunity", MessageOf([3.0, 2.0], [3.0, 2.0], [3.0, 2.0], [5.0, 5.0]), StringComparison.Ordinal);
        Assert.Contains("2 or more opportunities", MessageOf([1.0, 0.0], [1.0, 0.0], [1.0, 1.0], [5.0, 5.0]), StringComparison.Ordinal);
    }

    [Fact]
    public void BetaGeoBetaBinomial_BadElementOrArgument_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BetaGeoBetaBinomial.Fit(new DiscreteSummaryColumns([1.0, 3.0], [2.0, 2.0], [6.0, 6.0], [1.0, 1.0])));
        Assert.Equal("frequency", e.ParamName);
        Assert.Contains("frequency[1]", e.Message, StringComparison.Ordinal);
        var w = Assert.Throws<ArgumentOutOfRangeException>(() => Donations.TotalLogLikelihood(new DiscreteSummaryColumns([1.0], [2.0], [6.0], [-1.0])));
        Assert.Contains("weights[0]", w.Message, StringComparison.Ordinal);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => new DiscreteSummaryColumns([1.0], [2.0], [6.0], [1.0, 2.0])).ParamName);
        Assert.Equal("recency", Assert.Throws<ArgumentOutOfRangeException>(() => Donations.ProbabilityAlive(1, 7, 6)).ParamName);
        Assert.Equal("frequency", Assert.Throws<ArgumentOutOfRangeException>(() => Donations.ProbabilityAlive(0, 2, 6)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => Donations.ExpectedTransactions(-1)).ParamName);
        Assert.Equal("discountRate", Assert.Throws<ArgumentOutOfRangeException>(() => Donations.DiscountedExpectedResidualTransactions(0, 1, 1, 6)).ParamName);
        Assert.Equal("futurePeriods", Assert.Throws<ArgumentOutOfRangeException>(() => Donations.ConditionalExpectedTransactions(-1, 1, 1, 6)).ParamName);
        Assert.Equal("gamma", Assert.Throws<ArgumentOutOfRangeException>(() => new BetaGeoBetaBinomial(1, 1, double.PositiveInfinity, 1)).ParamName);
    }

    [Fact]
    public void BetaGeoBetaBinomialFit_IterationLimitReached_ReportsNotConverged()
    {
        BetaGeoBetaBinomial model = BetaGeoBetaBinomial.Fit(DonationsFile.Donations.Columns, maxIterations: 2);

        Assert.False(model.Diagnostics!.Converged);
        Assert.Contains("MaximumIterations", model.Diagnostics.ExitReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ShiftedBetaGeometricFit_Unidentifiable_ThrowsArgumentExceptionNamingCounts()
    {
        static string MessageOf(long[] counts)
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => ShiftedBetaGeometric.Fit(counts));
            Assert.Equal("activeCustomers", e.ParamName);
            return e.Message;
        }

        Assert.Contains("at least 2 periods", MessageOf([1000, 600]), StringComparison.Ordinal);
        Assert.Contains("nobody was lost", MessageOf([1000, 1000, 1000]), StringComparison.Ordinal);
        Assert.Contains("whole cohort was lost", MessageOf([1000, 0, 0]), StringComparison.Ordinal);
    }

    [Fact]
    public void ShiftedBetaGeometric_BadElementOrArgument_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ShiftedBetaGeometric.Fit([1000, 600, 700]));
        Assert.Equal("activeCustomers", e.ParamName);
        Assert.Contains("activeCustomers[2]", e.Message, StringComparison.Ordinal);
        Assert.Contains("activeCustomers[0]", Assert.Throws<ArgumentOutOfRangeException>(() => ShiftedBetaGeometric.Fit([0, 0, 0])).Message, StringComparison.Ordinal);
        Assert.Contains("activeCustomers[1]", Assert.Throws<ArgumentOutOfRangeException>(() => Regular.TotalLogLikelihood([10, -1])).Message, StringComparison.Ordinal);
        Assert.Equal("activeCustomers", Assert.Throws<ArgumentException>(() => Regular.TotalLogLikelihood([])).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Regular.RetentionRate(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Regular.Survival(-1)).ParamName);
        Assert.Equal("discountRate", Assert.Throws<ArgumentOutOfRangeException>(() => Regular.DiscountedExpectedLifetime(double.NaN)).ParamName);
        Assert.Equal("renewals", Assert.Throws<ArgumentOutOfRangeException>(() => Regular.DiscountedExpectedResidualLifetime(0.1, -1)).ParamName);
        Assert.Equal("cohortSize", Assert.Throws<ArgumentOutOfRangeException>(() => Regular.ProjectSurvivors(-1, 3)).ParamName);
        Assert.Equal("maxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => ShiftedBetaGeometric.Fit([10, 5, 3], maxIterations: 0)).ParamName);
    }

    [Fact]
    public void ShiftedBetaGeometricFit_IterationLimitReached_ReportsNotConverged()
    {
        ShiftedBetaGeometric model = ShiftedBetaGeometric.Fit([1000, 631, 468, 382, 326, 289, 262, 241], maxIterations: 1);

        Assert.False(model.Diagnostics!.Converged);
    }

    // The likelihood the fit maximises: at the fitted point no nearby parameters do better.
    [Fact]
    public void ShiftedBetaGeometricLogLikelihood_FittedPoint_IsLocalMaximum()
    {
        long[] counts = [1000, 631, 468, 382, 326, 289, 262, 241];
        ShiftedBetaGeometric fit = ShiftedBetaGeometric.Fit(counts);

        Assert.Equal(fit.LogLikelihood, fit.TotalLogLikelihood(counts), 1e-9);
        foreach ((double da, double db) in new[] { (1.01, 1.0), (0.99, 1.0), (1.0, 1.01), (1.0, 0.99) })
        {
            Assert.True(new ShiftedBetaGeometric(fit.Alpha * da, fit.Beta * db).TotalLogLikelihood(counts) < fit.LogLikelihood);
        }
    }

    // Horizons are capped at 10,000,000 periods and discount rates floored at 1e-4 (the 2F1 series' term budget).
    [Fact]
    public void HorizonAndDiscountLimits_ThrowNamingTheArgument()
    {
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => Donations.ExpectedTransactions(10_000_001)).ParamName);
        Assert.Equal("futurePeriods", Assert.Throws<ArgumentOutOfRangeException>(() => Donations.ConditionalExpectedTransactions(int.MaxValue, 1, 1, 6)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => Regular.ProjectSurvivors(1000, int.MaxValue)).ParamName);
        Assert.Equal("discountRate", Assert.Throws<ArgumentOutOfRangeException>(() => Regular.DiscountedExpectedLifetime(1e-5)).ParamName);
        Assert.Equal("discountRate", Assert.Throws<ArgumentOutOfRangeException>(() => Regular.DiscountedExpectedResidualLifetime(double.Epsilon, 0)).ParamName);
        Assert.Equal("discountRate", Assert.Throws<ArgumentOutOfRangeException>(() => Donations.DiscountedExpectedResidualTransactions(1e-5, 1, 1, 6)).ParamName);
    }

    // At gamma = 1, E[X(n)] = alpha/(alpha+beta) delta [psi(delta+n+1) - psi(delta+1)] (the closed form's limit): the longest horizon stays exact.
    [Fact]
    public void BetaGeoBetaBinomialExpectedTransactions_GammaOneLongestHorizon_MatchesDigammaLimit()
    {
        var model = new BetaGeoBetaBinomial(1.2, 0.75, 1.0, 2.8);
        double expected = 1.2 / 1.95 * 2.8 * (MathNet.Numerics.SpecialFunctions.DiGamma(2.8 + 10_000_001) - MathNet.Numerics.SpecialFunctions.DiGamma(3.8));

        Support.Approx.Equal(expected, model.ExpectedTransactions(10_000_000), 1e-10);
    }
}
