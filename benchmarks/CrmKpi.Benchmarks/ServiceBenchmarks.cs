using System;
using BenchmarkDotNet.Attributes;
using CrmKpi.Benchmarks.Data;
using NodaTime;

namespace CrmKpi.Benchmarks;

/// <summary>NPS over 10 million one-byte answers, against reading the same bytes.</summary>
[MemoryDiagnoser]
public class NpsBenchmarks
{
    private byte[] _answers = null!;

    [GlobalSetup]
    public void Setup() => _answers = CallData.Generate(calls: 10_000_000, seed: 42).NpsAnswers;

    [Benchmark(Baseline = true)]
    public ulong MemoryRead() => BaselineKernels.SumOfBits<byte>(_answers);

    [Benchmark]
    public long Nps() => Satisfaction.Nps(_answers).Promoters;
}

/// <summary>The one-pass call-center bundle over 10 million calls, against reading the same bytes.</summary>
[MemoryDiagnoser]
public class CallCenterBenchmarks
{
    private CallData _data = null!;

    [GlobalSetup]
    public void Setup() => _data = CallData.Generate(calls: 10_000_000, seed: 42);

    [Benchmark(Baseline = true)]
    public ulong MemoryRead() =>
        BaselineKernels.SumOfBits<double, double, double>(_data.Wait, _data.Talk, _data.Hold)
        + BaselineKernels.SumOfBits<double, bool, bool>(_data.Work, _data.Abandoned, _data.Blocked);

    [Benchmark]
    public double Summarize() => CallCenter.Summarize(_data.Columns, Duration.FromSeconds(20), Duration.FromSeconds(5)).AverageHandleTime(HandleTimeDefinition.TalkHoldAfterCallWork);
}

/// <summary>Erlang C agents required for 100,000 half-hour intervals of realistic size (2 to 200 Erlangs).</summary>
[MemoryDiagnoser]
public class StaffingBenchmarks
{
    private const int Intervals = 100_000;
    private double[] _traffic = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _traffic = new double[Intervals];
        for (int i = 0; i < Intervals; i++)
        {
            _traffic[i] = 2 + (random.NextDouble() * 198);
        }
    }

    /// <summary>All 100,000 intervals: divide the mean by 100,000 for the per-call time.</summary>
    [Benchmark(OperationsPerInvoke = Intervals)]
    public long ErlangCAgentsRequired()
    {
        long total = 0;
        foreach (double a in _traffic)
        {
            total += Staffing.ErlangCAgentsRequired(a, Duration.FromSeconds(240), Duration.FromSeconds(20), 0.8);
        }

        return total;
    }
}
