using BenchmarkDotNet.Attributes;
using CrmKpi.Benchmarks.Data;
using NodaTime;

namespace CrmKpi.Benchmarks;

/// <summary>
/// RFM quintile scoring of 1 million customers (values aggregated once from the 10-million-row log),
/// rank-based and value-based, against the memory read of the customers' values.
/// </summary>
[MemoryDiagnoser]
public class RfmScoringBenchmarks
{
    private RfmValues[] _values = null!;
    private RfmScore[] _scores = null!;
    private RfmWorkspace _workspace = null!;

    [GlobalSetup]
    public void Setup()
    {
        TransactionData data = TransactionData.Generate(rows: 10_000_000, customers: 1_000_000, seed: 42);
        _values = Rfm.Values(data.Columns, new DateInterval(TransactionData.RangeStart, TransactionData.RangeEnd), TransactionData.RangeEnd, RfmMonetary.Total);
        _scores = new RfmScore[data.CustomerCount];
        _workspace = new RfmWorkspace(data.CustomerCount);
    }

    [Benchmark(Baseline = true)]
    public ulong MemoryRead() => BaselineKernels.SumOfBits<RfmValues>(_values);

    [Benchmark]
    public RfmScore ScoreRankBased()
    {
        Rfm.Score(_values, Rfm.DefaultBins, RfmScoring.RankBased, _scores, _workspace);
        return _scores[0];
    }

    [Benchmark]
    public RfmScore ScoreValueBased()
    {
        Rfm.Score(_values, Rfm.DefaultBins, RfmScoring.ValueBased, _scores, _workspace);
        return _scores[0];
    }
}
