using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using CrmKpi.Benchmarks.Data;
using CrmKpi.Data.Columnar;
using DuckDB.NET.Data;

namespace CrmKpi.Benchmarks;

/// <summary>
/// From a Parquet order file to the RFM table, in one process: <see cref="TransactionParquet"/> then
/// <c>Rfm.Table</c>, against DuckDB's <c>read_parquet</c> and the same query as <see cref="FileBenchmarks"/>.
/// </summary>
/// <remarks>
/// The Parquet file is written once by DuckDB from the generated CSV export (Data/OrderExport.cs; 10 million
/// rows unless <c>CRMKPI_BENCH_ROWS</c> says otherwise): text customer ids (PLAIN: nearly all distinct per row group), DATE,
/// DOUBLE and INTEGER columns, DuckDB's default row groups. <c>Threads</c> sets DuckDB's threads and the
/// Parquet reader's <c>MaxDegreeOfParallelism</c>; the calculators use one.
/// </remarks>
[MemoryDiagnoser]
public class ParquetBenchmarks
{
    private string _path = "";

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string csv = GeneratedOrders.CsvPath();
        _path = Path.ChangeExtension(csv, ".parquet");
        if (File.Exists(_path))
        {
            return;
        }

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        string partial = _path + ".partial";
        command.CommandText = $"""
            COPY (SELECT * FROM read_csv('{Quoted(csv)}', header = true,
                columns = {"{'customer_id': 'VARCHAR', 'order_date': 'DATE', 'amount': 'DOUBLE', 'quantity': 'INTEGER'}"}))
            TO '{Quoted(partial)}' (FORMAT parquet)
            """;
        command.ExecuteNonQuery();
        File.Move(partial, _path, overwrite: true);
    }

    [Benchmark(Baseline = true)]
    public long RfmDuckDb() => DuckDbRfmQuery.Run($"read_parquet('{Quoted(_path)}')", GeneratedOrders.AsOf, Threads);

    [Benchmark]
    public long RfmCrmKpi()
    {
        TransactionLog log = TransactionParquet.Load(_path, new ColumnarTransactionOptions { MaxDegreeOfParallelism = Threads });
        return GeneratedOrders.RfmTable(log);
    }

    private static string Quoted(string path) => DuckDbRfmQuery.Quoted(path);
}
