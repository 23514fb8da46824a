using BenchmarkDotNet.Attributes;
using CrmKpi.Benchmarks.Data;

namespace CrmKpi.Benchmarks;

/// <summary>
/// Full maximum-likelihood fits of the MBG/NBD (CDNOW sample, 2,357 customers), BG/BB (donations,
/// 22 patterns of 11,104 donors) and sBG (8 yearly survivor counts) models; target: each under 10 ms.
/// </summary>
[MemoryDiagnoser]
public class ProbabilisticPart2FitBenchmarks
{
    private static readonly long[] RegularSurvivors = [1000, 631, 468, 382, 326, 289, 262, 241];
    private static readonly long[] HighEndSurvivors = [1000, 869, 743, 653, 593, 551, 517, 491];

    private PurchaseSummaryData _cdnow = null!;
    private DonationsData _donations = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cdnow = PurchaseSummaryData.LoadCdnow();
        _donations = DonationsData.Load();
    }

    [Benchmark]
    public double ModifiedBetaGeoFit() => ModifiedBetaGeo.Fit(_cdnow.Columns).LogLikelihood;

    [Benchmark]
    public double BetaGeoBetaBinomialFit() => BetaGeoBetaBinomial.Fit(_donations.Columns).LogLikelihood;

    [Benchmark]
    public double ShiftedBetaGeometricFitRegular() => ShiftedBetaGeometric.Fit(RegularSurvivors).LogLikelihood;

    [Benchmark]
    public double ShiftedBetaGeometricFitHighEnd() => ShiftedBetaGeometric.Fit(HighEndSurvivors).LogLikelihood;
}
