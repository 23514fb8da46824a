using System;
using System.IO;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using BenchmarkDotNet.Attributes;
using CrmKpi.Data.Columnar;
using DuckDB.NET.Data;

namespace CrmKpi.Benchmarks;

/// <summary>
/// From an Arrow IPC file to the RFM table, in one process: <see cref="TransactionArrow.ReadFile"/> then
/// <c>Rfm.Table</c>.
/// </summary>
/// <remarks>
/// The Arrow file is written once from the generated CSV export (Data/OrderExport.cs; 10 million rows unless
/// <c>CRMKPI_BENCH_ROWS</c> says otherwise): DuckDB reads the CSV with typed columns and the rows are appended
/// to Apache.Arrow builders in batches of 65,536 rows (<c>customer_id</c> utf8, <c>order_date</c> date32,
/// <c>amount</c> float64, <c>quantity</c> int32), written with <see cref="ArrowFileWriter"/>. There is no
/// DuckDB baseline: DuckDB reads Arrow IPC files only through its community <c>arrow</c> extension, which is
/// downloaded at run time (not tried on the build machine); <see cref="ParquetBenchmarks"/> has DuckDB over the same rows.
/// </remarks>
[MemoryDiagnoser]
public class ArrowBenchmarks
{
    private const int BatchRows = 65_536;
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        string csv = GeneratedOrders.CsvPath();
        _path = Path.ChangeExtension(csv, ".arrow");
        if (File.Exists(_path))
        {
            return;
        }

        string partial = _path + ".partial";
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using DuckDBCommand command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT customer_id, order_date, amount, quantity FROM read_csv('{DuckDbRfmQuery.Quoted(csv)}', header = true,
                    columns = {"{'customer_id': 'VARCHAR', 'order_date': 'DATE', 'amount': 'DOUBLE', 'quantity': 'INTEGER'}"})
                """;
            using var reader = command.ExecuteReader();
            using var stream = File.Create(partial);
            ArrowFileWriter? writer = null;
            try
            {
                bool more = true;
                while (more)
                {
                    var keys = new StringArray.Builder();
                    var dates = new Date32Array.Builder();
                    var amounts = new DoubleArray.Builder();
                    var quantities = new Int32Array.Builder();
                    int count = 0;
                    while (count < BatchRows && (more = reader.Read()))
                    {
                        keys.Append(reader.GetString(0));
                        dates.Append(reader.GetFieldValue<DateOnly>(1));
                        amounts.Append(reader.GetDouble(2));
                        quantities.Append(reader.GetInt32(3));
                        count++;
                    }

                    if (count == 0)
                    {
                        break;
                    }

                    RecordBatch batch = new RecordBatch.Builder()
                        .Append("customer_id", false, keys.Build())
                        .Append("order_date", false, dates.Build())
                        .Append("amount", false, amounts.Build())
                        .Append("quantity", false, quantities.Build())
                        .Build();
                    writer ??= new ArrowFileWriter(stream, batch.Schema);
                    writer.WriteRecordBatch(batch);
                    batch.Dispose();
                }

                writer?.WriteEnd();
            }
            finally
            {
                writer?.Dispose();
            }
        }

        File.Move(partial, _path, overwrite: true);
    }

    [Benchmark]
    public long RfmCrmKpi()
    {
        TransactionLog log = TransactionArrow.ReadFile(_path).Log;
        return GeneratedOrders.RfmTable(log);
    }
}
