using System;
using CrmKpi.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace CrmKpi.Tests;

/// <summary>
/// Reference tests of the MBG/NBD, BG/BB and sBG models against their published fits and worked
/// numbers (the papers' and worksheets' own values, quoted in each test).
/// </summary>
public partial class ProbabilisticTests
{
    // BTYDplus (Platzer), mbgcnbd.EstimateParameters(cdnowSummary$cbs) with k = 1: the MBG/NBD of
    // Batislam, Denizel and Filiztekin (2007) on the 2,357-customer CDNOW sample, weeks:
    // r = 0.525, alpha = 6.183, a = 0.891, b = 1.614.
    [Fact]
    public void ModifiedBetaGeoFit_CdnowSummary_MatchesBtydplus()
    {
        ModifiedBetaGeo model = ModifiedBetaGeo.Fit(CdnowFiles.CustomersSummary.Columns);

        Assert.True(model.Diagnostics!.Converged, model.Diagnostics.ToString());
        Assert.Equal(0.525, model.R, 0.0005);
        Assert.Equal(6.183, model.Alpha, 0.0005);
        Assert.Equal(0.891, model.A, 0.0005);
        Assert.Equal(1.614, model.B, 0.0005);
    }

    // Fader, Hardie and Shang (2010), "Customer-Base Analysis in a Discrete-Time Noncontractual
    // Setting", Marketing Science 29(6), table 3: alpha = 1.204, beta = 0.750, gamma = 0.657,
    // delta = 2.783, LL = -33,225.6 on the 11,104 donors of the 1995 cohort.
    [Fact]
    public void BetaGeoBetaBinomialFit_Donations_MatchesFaderHardieShang2010()
    {
        BetaGeoBetaBinomial model = BetaGeoBetaBinomial.Fit(DonationsFile.Donations.Columns);

        Assert.True(model.Diagnostics!.Converged, model.Diagnostics.ToString());
        Assert.Equal(1.204, model.Alpha, 0.0005);
        Assert.Equal(0.750, model.Beta, 0.0005);
        Assert.Equal(0.657, model.Gamma, 0.0005);
        Assert.Equal(2.783, model.Delta, 0.0005);
        Assert.Equal(-33225.6, model.LogLikelihood, ProbabilisticTolerances.PublishedLogLikelihood);
    }

    // Hardie's BG/BB worksheet (note 010): the donors' expected transactions in the next 5 years sum to 12,884.2.
    [Fact]
    public void BetaGeoBetaBinomialPopulationTransactions_Donations_MatchHardieWorksheet()
    {
        var columns = DonationsFile.Donations.Columns;
        BetaGeoBetaBinomial model = BetaGeoBetaBinomial.Fit(columns);

        double total = model.ExpectedPopulationTransactions(columns, 5);

        Assert.Equal(12884.2, total, 0.05);
    }

    // Fader, Hardie and Shang (2010), table 6: P(alive in 2002) for the donors of 1996-2001 (n = 6):
    // 0.11 without repeats, 0.59 for 2 repeats with the last in period 4, 0.93 for 6 of 6.
    [Theory]
    [InlineData(0, 0, 0.11)]
    [InlineData(2, 4, 0.59)]
    [InlineData(6, 6, 0.93)]
    public void BetaGeoBetaBinomialProbabilityAlive_PaperTable6_Matches(int x, int tx, double published)
    {
        var model = new BetaGeoBetaBinomial(1.204, 0.750, 0.657, 2.783);

        Assert.Equal(published, model.ProbabilityAlive(x, tx, 6), 0.005);
    }

    // Fader and Hardie (2007), "How to Project Customer Retention", Journal of Interactive Marketing
    // 21(1), table 1 and section 4: survivors per 1,000 over years 0-7 give alpha = 0.704, beta = 1.182
    // (regular) and alpha = 0.668, beta = 3.806 (high end).
    [Theory]
    [InlineData(new long[] { 1000, 631, 468, 382, 326, 289, 262, 241 }, 0.704, 1.182)]
    [InlineData(new long[] { 1000, 869, 743, 653, 593, 551, 517, 491 }, 0.668, 3.806)]
    public void ShiftedBetaGeometricFit_PaperSurvivors_MatchesFaderHardie2007(long[] survivors, double alpha, double beta)
    {
        ShiftedBetaGeometric model = ShiftedBetaGeometric.Fit(survivors);

        Assert.True(model.Diagnostics!.Converged, model.Diagnostics.ToString());
        Assert.Equal(alpha, model.Alpha, 0.0005);
        Assert.Equal(beta, model.Beta, 0.0005);
    }
}
