using BenchmarkDotNet.Attributes;
using CrmKpi.Benchmarks.Data;
using NodaTime;

namespace CrmKpi.Benchmarks;

/// <summary>
/// The retention kernels of catalog section 3 over 10 million rows and 1 million customers: window
/// classification (at start, new, lost, repeat), the monthly cohort table over the generated 36 months, and
/// the revenue movement between two years. The baseline streams the customer-index and date columns, the
/// bytes classification and cohorts read; the kernels add random access to per-customer state.
/// </summary>
[MemoryDiagnoser]
public class RetentionBenchmarks
{
    private TransactionData _data = null!;
    private DateInterval _year = null!;
    private DateInterval _previousYear = null!;
    private DateInterval _range = null!;
    private RetentionWorkspace _workspace = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = TransactionData.Generate(rows: 10_000_000, customers: 1_000_000, seed: 42);
        _year = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        _previousYear = Periods.SameLastYear(_year);
        _range = new DateInterval(TransactionData.RangeStart, TransactionData.RangeEnd);
        _workspace = new RetentionWorkspace();
    }

    [Benchmark(Baseline = true)]
    public ulong MemoryRead() => BaselineKernels.SumOfBits<int, LocalDate>(_data.CustomerIndexes, _data.Dates);

    [Benchmark]
    public RetentionCounts Classify() => Retention.Classify(_data.Columns, _year, _workspace);

    [Benchmark]
    public RetentionCounts ClassifyPooled() => Retention.Classify(_data.Columns, _year);

    [Benchmark]
    public RetentionCounts ClassifyPreviousYearBase() => Retention.Classify(_data.Columns, _year, _previousYear, _workspace);

    [Benchmark]
    public CohortTable MonthlyCohorts() => Retention.Cohorts(_data.Columns, _range, PeriodUnit.Month, _workspace);

    /// <summary>The monthly table forced through the customer-block partition (the automatic choice takes the direct pass for 8 MB of masks).</summary>
    [Benchmark]
    public CohortTable MonthlyCohortsPartitioned() => Retention.Cohorts(_data.Columns, _range, PeriodUnit.Month, _workspace, 15);

    /// <summary>The weekly table forced through the direct pass (the automatic choice partitions 24 MB of masks).</summary>
    [Benchmark]
    public CohortTable WeeklyCohortsDirect() => Retention.Cohorts(_data.Columns, _range, PeriodUnit.IsoWeek, _workspace, -1);

    [Benchmark]
    public CohortTable WeeklyCohorts() => Retention.Cohorts(_data.Columns, _range, PeriodUnit.IsoWeek, _workspace);

    [Benchmark]
    public RevenueMovement DecomposeRevenue() => Retention.DecomposeRevenue(_data.Columns, _previousYear, _year, _workspace);
}
