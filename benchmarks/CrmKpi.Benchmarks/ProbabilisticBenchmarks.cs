using BenchmarkDotNet.Attributes;
using CrmKpi.Benchmarks.Data;

namespace CrmKpi.Benchmarks;

/// <summary>Log-likelihood evaluation of the purchase models over 1 million customers (catalog V6).</summary>
[MemoryDiagnoser]
public class ProbabilisticBenchmarks
{
    private PurchaseSummaryData _data = null!;
    private BetaGeo _betaGeo = null!;
    private ParetoNbd _paretoNbd = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = PurchaseSummaryData.Generate(customers: 1_000_000, seed: 42);
        _betaGeo = new BetaGeo(0.243, 4.414, 0.793, 2.426);
        _paretoNbd = new ParetoNbd(0.553, 10.578, 0.606, 11.669);
    }

    [Benchmark(Baseline = true)]
    public ulong MemoryRead() => BaselineKernels.SumOfBits<double, double, double>(_data.Frequency, _data.Recency, _data.Age);

    [Benchmark]
    public double BetaGeoLogLikelihood() => _betaGeo.TotalLogLikelihood(_data.Columns);

    [Benchmark]
    public double ParetoNbdLogLikelihood() => _paretoNbd.TotalLogLikelihood(_data.Columns);
}

/// <summary>Full maximum-likelihood fits on the CDNOW sample (2,357 customers; catalog V6).</summary>
[MemoryDiagnoser]
public class ProbabilisticFitBenchmarks
{
    private PurchaseSummaryData _cdnow = null!;

    [GlobalSetup]
    public void Setup() => _cdnow = PurchaseSummaryData.LoadCdnow();

    [Benchmark(Baseline = true)]
    public ulong MemoryRead() => BaselineKernels.SumOfBits<double, double, double>(_cdnow.Frequency, _cdnow.Recency, _cdnow.Age);

    [Benchmark]
    public double BetaGeoFit() => BetaGeo.Fit(_cdnow.Columns).LogLikelihood;

    [Benchmark]
    public double ParetoNbdFit() => ParetoNbd.Fit(_cdnow.Columns).LogLikelihood;

    [Benchmark]
    public double GammaGammaFit() => GammaGamma.Fit(_cdnow.Frequency, _cdnow.MonetaryValue).LogLikelihood;
}
