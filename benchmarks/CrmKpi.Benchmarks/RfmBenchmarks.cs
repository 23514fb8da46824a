using BenchmarkDotNet.Attributes;
using CrmKpi.Benchmarks.Data;
using NodaTime;

namespace CrmKpi.Benchmarks;

/// <summary>
/// RFM over 10 million rows and 1 million customers: the aggregation of recency, frequency and monetary
/// value, and the whole table with quintile scores, against the memory read of the three columns.
/// Outputs and the workspace are allocated once in setup, so the allocation column shows what a call costs
/// (<c>Aggregation</c> rents its partition scratch from the shared array pool; <c>AggregationWithWorkspace</c> reuses the workspace's).
/// </summary>
[MemoryDiagnoser]
public class RfmBenchmarks
{
    private static readonly DateInterval Window = new(TransactionData.RangeStart, TransactionData.RangeEnd);
    private TransactionData _data = null!;
    private RfmValues[] _values = null!;
    private RfmScore[] _scores = null!;
    private RfmWorkspace _workspace = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = TransactionData.Generate(rows: 10_000_000, customers: 1_000_000, seed: 42);
        _values = new RfmValues[_data.CustomerCount];
        _scores = new RfmScore[_data.CustomerCount];
        _workspace = new RfmWorkspace(_data.CustomerCount);
    }

    [Benchmark(Baseline = true)]
    public ulong MemoryRead() => BaselineKernels.SumOfBits<int, LocalDate, double>(_data.CustomerIndexes, _data.Dates, _data.Amounts);

    [Benchmark]
    public RfmValues Aggregation()
    {
        Rfm.Values(_data.Columns, Window, TransactionData.RangeEnd, RfmMonetary.Total, _values);
        return _values[0];
    }

    [Benchmark]
    public RfmValues AggregationWithWorkspace()
    {
        Rfm.Values(_data.Columns, Window, TransactionData.RangeEnd, RfmMonetary.Total, _values, _workspace);
        return _values[0];
    }

    /// <summary>The aggregation forced through the direct pass (with software prefetch), for comparison with the partitioned one the automatic choice takes.</summary>
    [Benchmark]
    public RfmValues AggregationDirect()
    {
        Rfm.Values(_data.Columns, Window, TransactionData.RangeEnd, RfmMonetary.Total, _values, _workspace, -1);
        return _values[0];
    }

    [Benchmark]
    public RfmScore TableWithScores()
    {
        Rfm.Table(_data.Columns, Window, TransactionData.RangeEnd, RfmMonetary.Total, Rfm.DefaultBins, RfmScoring.RankBased, _values, _scores, _workspace);
        return _scores[0];
    }
}
