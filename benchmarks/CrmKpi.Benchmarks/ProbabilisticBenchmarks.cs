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

/// <summary>
/// Predictions over the CDNOW sample summary (2,357 customers, weeks) with the CDNOW master fits, and
/// single calls for the costliest histories (catalog V6). Each prediction is one call per customer; the
/// per-call cost is the mean divided by 2,357 (by 2,357 x 12 for the CLV).
/// </summary>
[MemoryDiagnoser]
public class ProbabilisticPredictionBenchmarks
{
    private const double Holdout = 39;

    private PurchaseSummaryData _cdnow = null!;
    private BetaGeo _betaGeo = null!;
    private ParetoNbd _paretoNbd = null!;
    private GammaGamma _gammaGamma = null!;
    private double[] _clv = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cdnow = PurchaseSummaryData.LoadCdnow();
        _betaGeo = new BetaGeo(0.2516, 4.789, 0.7234, 2.161);
        _paretoNbd = new ParetoNbd(0.5974, 11.59, 0.5222, 8.828);
        _gammaGamma = new GammaGamma(6.275, 3.624, 14.98);
        _clv = new double[_cdnow.Frequency.Length];
    }

    [Benchmark(Baseline = true)]
    public ulong MemoryRead() => BaselineKernels.SumOfBits<double, double, double>(_cdnow.Frequency, _cdnow.Recency, _cdnow.Age);

    [Benchmark]
    public double BetaGeoConditionalExpectedPurchases() => SumOver(_betaGeo);

    [Benchmark]
    public double ParetoNbdConditionalExpectedPurchases() => SumOver(_paretoNbd);

    /// <summary>12 monthly horizons per customer, as the report's CLV column.</summary>
    [Benchmark]
    public double BetaGeoClv12Months()
    {
        _gammaGamma.Clv(_betaGeo, _cdnow.Columns, _cdnow.MonetaryValue, 12, 52.0 / 12, 0.01, _clv);
        return _clv[^1];
    }

    /// <summary>The costliest BG/NBD call on the CDNOW master: x = 0 with the youngest age, 52 weeks ahead (z = 0.63, ~90 series terms).</summary>
    [Benchmark]
    public double BetaGeoWorstMasterCustomer() => _betaGeo.ConditionalExpectedPurchases(52, 0, 0, 26.0);

    /// <summary>The master's most frequent buyer (x = 80), 52 weeks ahead.</summary>
    [Benchmark]
    public double BetaGeoMostFrequentMasterCustomer() => _betaGeo.ConditionalExpectedPurchases(52, 80, 38.0, 38.86);

    /// <summary>A Pareto/NBD call with a repeat history (P(alive) evaluates two series), 52 weeks ahead.</summary>
    [Benchmark]
    public double ParetoNbdRepeatCustomer() => _paretoNbd.ConditionalExpectedPurchases(52, 80, 38.0, 38.86);

    private double SumOver(IPurchaseModel model)
    {
        double sum = 0;
        for (int i = 0; i < _cdnow.Frequency.Length; i++)
        {
            sum += model.ConditionalExpectedPurchases(Holdout, _cdnow.Frequency[i], _cdnow.Recency[i], _cdnow.Age[i]);
        }

        return sum;
    }
}
