using System;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using CrmKpi.Benchmarks.Data;
using CrmKpi.Data;
using DuckDB.NET.Data;
using NodaTime;

namespace CrmKpi.Benchmarks;

/// <summary>
/// From a CSV order export to a result, in one process: CrmKpi.Data's reader into a
/// <see cref="TransactionLog"/> then the RFM table or the monthly cohort table, against DuckDB
/// (<c>read_csv</c> and the same query in SQL) as the baseline, on one and two threads.
/// </summary>
/// <remarks>
/// <para>
/// The export is generated once (Data/OrderExport.cs) into the temporary folder: 10 million rows,
/// about 290 MB, unless the environment variable <c>CRMKPI_BENCH_ROWS</c> names another row count (CI's
/// dry job sets a small one). The DuckDB queries read every result row into .NET, as a caller would.
/// </para>
/// <para>
/// The <c>Threads</c> parameter sets DuckDB's threads and CrmKpi's reader
/// (<see cref="TransactionCsvOptions.MaxDegreeOfParallelism"/>: with 2, a second thread maps the customer
/// keys while the first parses); the log's calculators are single-threaded. The peak memory of the whole tool is measured outside
/// BenchmarkDotNet (docs/performance.md).
/// </para>
/// </remarks>
[MemoryDiagnoser]
public class FileBenchmarks
{
    private static readonly LocalDate AsOf = LocalDate.FromDateOnly(OrderExport.End);
    private static readonly DateInterval Range = new(LocalDate.FromDateOnly(OrderExport.Start), AsOf);
    private string _path = "";

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string variable = Environment.GetEnvironmentVariable("CRMKPI_BENCH_ROWS") ?? "10000000";
        int rows = int.Parse(variable, NumberStyles.None, CultureInfo.InvariantCulture);
        _path = OrderExport.Ensure(Path.Combine(Path.GetTempPath(), $"crmkpi-orders-{rows}-42.csv"), rows);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("rfm")]
    public long RfmDuckDb() => DuckDbRfmQuery.Run(Source(), AsOf, Threads);

    [Benchmark]
    [BenchmarkCategory("rfm")]
    public long RfmCrmKpi()
    {
        TransactionLog log = TransactionCsv.Load(_path, new TransactionCsvOptions { MaxDegreeOfParallelism = Threads });
        var values = new RfmValues[log.CustomerCount];
        var scores = new RfmScore[log.CustomerCount];
        Rfm.Table(log, Range, AsOf, RfmMonetary.Total, Rfm.DefaultBins, RfmScoring.RankBased, values, scores, null);
        return log.CustomerCount + scores[0].Recency;
    }

    [Benchmark]
    [BenchmarkCategory("cohorts")]
    public long CohortsDuckDb()
    {
        using DuckDBConnection connection = Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = $"""
            WITH t AS (SELECT customer_id, date_trunc('month', order_date) AS month FROM {Source()}),
            f AS (SELECT customer_id, min(month) AS cohort FROM t GROUP BY customer_id),
            a AS (SELECT DISTINCT t.customer_id, f.cohort, t.month FROM t JOIN f USING (customer_id))
            SELECT cohort, date_diff('month', cohort, month) AS k, count(*) AS customers
            FROM a GROUP BY cohort, k ORDER BY cohort, k
            """;
        using var reader = command.ExecuteReader();
        long check = 0;
        while (reader.Read())
        {
            check += reader.GetInt64(1) + reader.GetInt64(2);
        }

        return check;
    }

    [Benchmark]
    [BenchmarkCategory("cohorts")]
    public long CohortsCrmKpi()
    {
        TransactionLog log = TransactionCsv.Load(_path, new TransactionCsvOptions { MaxDegreeOfParallelism = Threads });
        CohortTable table = Retention.Cohorts(log, Range, PeriodUnit.Month);
        return table.TotalCustomers + table.Active(0, 1);
    }

    private DuckDBConnection Open() => DuckDbRfmQuery.Open(Threads);

    private string Source() =>
        $"read_csv('{DuckDbRfmQuery.Quoted(_path)}', header = true, "
        + "columns = {'customer_id': 'VARCHAR', 'order_date': 'DATE', 'amount': 'DOUBLE', 'quantity': 'INTEGER'})";
}
