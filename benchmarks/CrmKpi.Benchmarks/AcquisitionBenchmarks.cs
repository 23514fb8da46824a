using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CrmKpi.Benchmarks.Data;
using NodaTime;

namespace CrmKpi.Benchmarks;

/// <summary>
/// The single-pass span calculators of catalog section 1 over 10 million rows and 1 million customers.
/// Each category pairs a calculator with a baseline that streams exactly the bytes it reads, so the
/// Ratio column says how close it runs to memory speed.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class AcquisitionBenchmarks
{
    private TransactionData _data = null!;
    private DateInterval _year = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = TransactionData.Generate(rows: 10_000_000, customers: 1_000_000, seed: 42);
        _year = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("AOV")]
    public ulong MemoryRead_Amounts() => BaselineKernels.SumOfBits<double>(_data.Amounts);

    [Benchmark, BenchmarkCategory("AOV")]
    public double AverageOrderValue() => CustomerValue.AverageOrderValue(_data.Amounts);

    [Benchmark(Baseline = true), BenchmarkCategory("IPT")]
    public ulong MemoryRead_Items() => BaselineKernels.SumOfBits<int>(_data.ItemCounts);

    [Benchmark, BenchmarkCategory("IPT")]
    public double ItemsPerTransaction() => CustomerValue.ItemsPerTransaction(_data.ItemCounts);

    [Benchmark(Baseline = true), BenchmarkCategory("Window")]
    public ulong MemoryRead_IndexesDatesAmounts() =>
        BaselineKernels.SumOfBits<int, LocalDate, double>(_data.CustomerIndexes, _data.Dates, _data.Amounts);

    [Benchmark, BenchmarkCategory("Window")]
    public double Arpu() => Acquisition.Arpu(_data.Columns, _year);

    [Benchmark, BenchmarkCategory("Window")]
    public double PurchaseFrequency() => CustomerValue.PurchaseFrequency(_data.Columns, _year);
}
