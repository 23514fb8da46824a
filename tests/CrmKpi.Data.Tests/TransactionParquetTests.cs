using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CrmKpi.Data.Columnar;
using DuckDB.NET.Data;
using NodaTime;
using Parquet;
using Parquet.Schema;
using Xunit;

namespace CrmKpi.Data.Tests;

// Parquet files written by the test (Parquet.Net) and by DuckDB, read into logs and compared with exact values.
public sealed class TransactionParquetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crmkpi-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static string[] Keys(TransactionLog log) => [.. log.CustomerIndexes.ToArray().Select(log.CustomerKey)];

    [Fact]
    public async Task TextKeysDatesDoublesAndQuantities_TwoRowGroups_ExactValues()
    {
        string path = Path.Combine(_folder, "orders.parquet");
        var schema = new ParquetSchema(new DataField<string>("customer_id"), new DataField<DateOnly>("order_date"), new DataField<double>("amount"), new DataField<int>("quantity"));
        await Write(path, schema,
            [new[] { "alice", "bob" }, new[] { new DateOnly(2024, 1, 5), new DateOnly(2024, 1, 6) }, new[] { 10.5, 20.0 }, new[] { 1, 2 }],
            [new[] { "alice", "carol", "bob" }, new[] { new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 2), new DateOnly(2024, 2, 3) }, new[] { 5.25, -3.0, 7.75 }, new[] { 3, 1, 0 }]);

        ColumnarReadResult r = await TransactionParquet.ReadAsync(path);
        TransactionLog log = r.Log;
        Assert.Equal(["alice", "bob", "alice", "carol", "bob"], Keys(log));
        Assert.Equal([0, 1, 0, 2, 1], log.CustomerIndexes.ToArray());
        Assert.Equal([D(2024, 1, 5), D(2024, 1, 6), D(2024, 2, 1), D(2024, 2, 2), D(2024, 2, 3)], log.Dates.ToArray());
        Assert.Equal([10.5, 20.0, 5.25, -3.0, 7.75], log.Amounts.ToArray());
        Assert.Equal([1, 2, 3, 1, 0], log.ItemCounts.ToArray());
        Assert.Equal((5L, 0L, 2), (r.Rows, r.SkippedRows, r.Parts));
        Assert.Equal(("customer_id", "order_date", "amount", "quantity"), (r.CustomerColumn, r.DateColumn, r.AmountColumn, r.QuantityColumn));
    }

    [Fact]
    public async Task WholeNumberIds_DecimalAmounts_UtcTimestampsInAZone()
    {
        string path = Path.Combine(_folder, "ids.parquet");
        var schema = new ParquetSchema(
            new DataField<long>("customer"),
            new DateTimeDataField("created_at", DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros),
            new DecimalDataField("total", 12, 2));
        await Write(path, schema,
            [new long[] { 42, 7, 42 }, new[] { new DateTime(2024, 1, 1, 23, 30, 0, DateTimeKind.Utc), new DateTime(2024, 1, 2, 1, 0, 0, DateTimeKind.Utc), new DateTime(2024, 1, 2, 15, 59, 0, DateTimeKind.Utc) }, new[] { 19.99m, 5.00m, 0.01m }]);

        TransactionLog utc = TransactionParquet.Load(path);
        Assert.Equal(["42", "7", "42"], Keys(utc));
        Assert.Equal([D(2024, 1, 1), D(2024, 1, 2), D(2024, 1, 2)], utc.Dates.ToArray());
        Assert.Equal([19.99, 5.0, 0.01], utc.Amounts.ToArray());
        Assert.False(utc.HasItemCounts);

        // Shanghai is UTC+8: 23:30 UTC is the next day there; 15:59 UTC is still 23:59 of the 2nd.
        TransactionLog shanghai = TransactionParquet.Load(path, new ColumnarTransactionOptions { TimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] });
        Assert.Equal([D(2024, 1, 2), D(2024, 1, 2), D(2024, 1, 2)], shanghai.Dates.ToArray());
    }

    [Fact]
    public async Task Null_StrictNamesRowAndColumn_LenientSkipsAndCounts()
    {
        string path = Path.Combine(_folder, "nulls.parquet");
        var schema = new ParquetSchema(new DataField<string>("customer_id"), new DataField<DateOnly>("order_date"), new DataField<double?>("amount"));
        await Write(path, schema, [new[] { "a", "b", "c" }, new[] { new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3) }, new double?[] { 1, null, 3 }]);

        var e = Assert.Throws<ColumnarDataException>(() => TransactionParquet.Load(path));
        Assert.Equal((2L, "amount"), (e.Row, e.Column));
        Assert.StartsWith(path + ": row 2, column 'amount': the value is null", e.Message, StringComparison.Ordinal);

        ColumnarReadResult r = await TransactionParquet.ReadAsync(path, new ColumnarTransactionOptions { Lenient = true });
        Assert.Equal(["a", "c"], Keys(r.Log));
        Assert.Equal([1.0, 3.0], r.Log.Amounts.ToArray());
        Assert.Equal((3L, 1L), (r.Rows, r.SkippedRows));
    }

    [Fact]
    public async Task MissingColumn_ListsTheFilesColumns_WrongType_NamesIt_NotParquet_IsAnIOException()
    {
        string path = Path.Combine(_folder, "wrong.parquet");
        var schema = new ParquetSchema(new DataField<string>("client"), new DataField<string>("order_date"), new DataField<double>("amount"));
        await Write(path, schema, [new[] { "a" }, new[] { "2024-01-01" }, new[] { 1.0 }]);
        var missing = Assert.Throws<ColumnarDataException>(() => TransactionParquet.Load(path));
        Assert.Contains("no customer column", missing.Message, StringComparison.Ordinal);
        Assert.Contains("'client', 'order_date', 'amount'", missing.Message, StringComparison.Ordinal);

        var type = Assert.Throws<ColumnarDataException>(() => TransactionParquet.Load(path, new ColumnarTransactionOptions { CustomerColumn = "client" }));
        Assert.Equal("order_date", type.Column);
        Assert.Contains("takes DATE or TIMESTAMP", type.Message, StringComparison.Ordinal);

        string notParquet = Path.Combine(_folder, "orders.csv");
        await File.WriteAllTextAsync(notParquet, "customer_id,order_date,amount\na,2024-01-01,1\n");
        Assert.Throws<IOException>(() => TransactionParquet.Load(notParquet));
    }

    // DuckDB writes the CSV fixture as Parquet (dictionary-encoded text, DATE, DECIMAL): the same log as the CSV reader's.
    [Fact]
    public async Task WrittenByDuckDb_SameLogAsTheCsvReader()
    {
        string csv = Fixture.Path(Path.Combine("db", "orders.csv"));
        string parquet = Path.Combine(_folder, "duck.parquet");
        using (var duck = new DuckDBConnection("Data Source=:memory:"))
        {
            duck.Open();
            using var command = duck.CreateCommand();
            command.CommandText = $$"""
                COPY (SELECT * FROM read_csv('{{csv.Replace("'", "''", StringComparison.Ordinal)}}', header = true,
                    columns = {'customer_id': 'VARCHAR', 'order_date': 'DATE', 'amount': 'DECIMAL(12,2)', 'quantity': 'INTEGER'}))
                TO '{{parquet.Replace("'", "''", StringComparison.Ordinal)}}' (FORMAT parquet, ROW_GROUP_SIZE 4)
                """;
            command.ExecuteNonQuery();
        }

        TransactionLog fromCsv = TransactionCsv.Load(csv);
        ColumnarReadResult fromParquet = await TransactionParquet.ReadAsync(parquet);
        Assert.Equal(Keys(fromCsv), Keys(fromParquet.Log));
        Assert.Equal(fromCsv.Dates.ToArray(), fromParquet.Log.Dates.ToArray());
        Assert.Equal(fromCsv.Amounts.ToArray(), fromParquet.Log.Amounts.ToArray());
        Assert.Equal(fromCsv.ItemCounts.ToArray(), fromParquet.Log.ItemCounts.ToArray());
        Assert.Equal(12, fromParquet.Rows);
    }

    // Int32 ids, local millisecond timestamps (the date written, whatever the zone option), float amounts; then
    // int64 amounts with nanosecond timestamps. Expected values are the rows as written.
    [Fact]
    public async Task Int32Ids_LocalMillis_FloatAmounts_Int64Amounts_Nanos()
    {
        string millis = Path.Combine(_folder, "millis.parquet");
        var schema = new ParquetSchema(
            new DataField<int>("customer_id"),
            new DateTimeDataField("order_date", DateTimeFormat.Timestamp, isAdjustedToUTC: false, unit: DateTimeTimeUnit.Millis),
            new DataField<float>("amount"));
        await Write(millis, schema,
            [new[] { 3, 1 }, new[] { new DateTime(2024, 3, 1, 23, 59, 59, 999), new DateTime(2024, 3, 2, 0, 0, 0, 1) }, new[] { 2.5f, 0.75f }],
            [new[] { 3 }, new[] { new DateTime(2024, 3, 9, 12, 0, 0) }, new[] { 1024f }]);
        TransactionLog log = TransactionParquet.Load(millis, new ColumnarTransactionOptions { TimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] });
        Assert.Equal(["3", "1", "3"], Keys(log));
        Assert.Equal([0, 1, 0], log.CustomerIndexes.ToArray());
        Assert.Equal([D(2024, 3, 1), D(2024, 3, 2), D(2024, 3, 9)], log.Dates.ToArray());
        Assert.Equal([2.5, 0.75, 1024.0], log.Amounts.ToArray());

        string nanos = Path.Combine(_folder, "nanos.parquet");
        var wide = new ParquetSchema(
            new DataField<string>("Customer ID"),
            new DateTimeDataField("ts", DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Nanos),
            new DataField<long>("cents"));
        await Write(nanos, wide, [new[] { "x", "y" }, new[] { new DateTime(2023, 12, 31, 16, 0, 0, DateTimeKind.Utc), new DateTime(2023, 12, 31, 15, 59, 59, DateTimeKind.Utc) }, new[] { 1999L, -500L }]);
        var options = new ColumnarTransactionOptions { CustomerColumn = "customer id", DateColumn = "ts", AmountColumn = "cents", TimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] };
        TransactionLog cents = TransactionParquet.Load(nanos, options);
        Assert.Equal(["x", "y"], Keys(cents));
        // 16:00 UTC is midnight of 1 January in Shanghai; one second earlier is still 31 December.
        Assert.Equal([D(2024, 1, 1), D(2023, 12, 31)], cents.Dates.ToArray());
        Assert.Equal([1999.0, -500.0], cents.Amounts.ToArray());

        var refund = Assert.Throws<ColumnarDataException>(() => TransactionParquet.Load(nanos, options with { Refunds = RefundPolicy.Reject }));
        Assert.Equal((2L, "cents"), (refund.Row, refund.Column));
    }

    // Many rows over few ids (Parquet.Net writes such text dictionary-encoded), a NaN in the second row group: the error
    // names the row counted over the whole file.
    [Fact]
    public async Task RepeatedTextIds_ManyRows_NaNAmount_NamesTheFileRow()
    {
        string path = Path.Combine(_folder, "nan.parquet");
        var schema = new ParquetSchema(new DataField<string>("customer_id"), new DataField<DateOnly>("order_date"), new DataField<double>("amount"));
        string[] ids = [.. Enumerable.Range(0, 1000).Select(i => "K" + (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture))];
        DateOnly[] dates = [.. Enumerable.Range(0, 1000).Select(i => new DateOnly(2024, 1, 1).AddDays(i % 60))];
        double[] amounts = [.. Enumerable.Range(0, 1000).Select(i => i * 0.25)];
        double[] second = [1.0, double.NaN];
        await Write(path, schema, [ids, dates, amounts], [new[] { "K0", "K1" }, new[] { new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 2) }, second]);
        var e = Assert.Throws<ColumnarDataException>(() => TransactionParquet.Load(path));
        Assert.Equal((1002L, "amount"), (e.Row, e.Column));
        Assert.Contains("not finite", e.Message, StringComparison.Ordinal);

        await Write(path, schema, [ids, dates, amounts]);
        TransactionLog log = TransactionParquet.Load(path);
        Assert.Equal(7, log.CustomerCount);
        Assert.Equal(ids, Keys(log));
        Assert.Equal([.. dates.Select(LocalDate.FromDateOnly)], log.Dates.ToArray());
        Assert.Equal(amounts, log.Amounts.ToArray());
    }

    private static async Task Write(string path, ParquetSchema schema, params Array[][] rowGroups)
    {
        await using FileStream stream = File.Create(path);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream);
        DataField[] fields = schema.GetDataFields();
        foreach (Array[] group in rowGroups)
        {
            using ParquetRowGroupWriter rows = writer.CreateRowGroup();
            for (int c = 0; c < fields.Length; c++)
            {
                await WriteColumn(rows, fields[c], group[c]);
            }
        }
    }

    private static Task WriteColumn(ParquetRowGroupWriter rows, DataField field, Array values) => values switch
    {
        string[] v => rows.WriteAsync(field, (IReadOnlyCollection<string>)v, null),
        DateOnly[] v => rows.WriteAsync<DateOnly>(field, v.AsMemory(), null, null, default),
        DateTime[] v => rows.WriteAsync<DateTime>(field, v.AsMemory(), null, null, default),
        double[] v => rows.WriteAsync<double>(field, v.AsMemory(), null, null, default),
        double?[] v => rows.WriteAsync<double>(field, v.AsMemory(), null, null, default),
        decimal[] v => rows.WriteAsync<decimal>(field, v.AsMemory(), null, null, default),
        long[] v => rows.WriteAsync<long>(field, v.AsMemory(), null, null, default),
        int[] v => rows.WriteAsync<int>(field, v.AsMemory(), null, null, default),
        float[] v => rows.WriteAsync<float>(field, v.AsMemory(), null, null, default),
        _ => throw new ArgumentException(values.GetType().Name),
    };
}
