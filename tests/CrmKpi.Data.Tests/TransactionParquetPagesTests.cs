using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CrmKpi.Data.Columnar;
using DuckDB.NET.Data;
using Parquet;
using Parquet.Schema;
using Xunit;

namespace CrmKpi.Data.Tests;

// CrmKpi decodes the pages of common Parquet columns itself (Columnar/ParquetPages) and leaves the rest to Parquet.Net.
// The oracle is Parquet.Net: every file here is read both ways and the two logs must be the same, row by row. Files
// come from two writers (DuckDB and Parquet.Net) in every codec each offers, with nulls in every column, text ids in
// several scripts, dictionary and plain encodings, and row groups of several sizes.
public sealed class TransactionParquetPagesTests : IDisposable
{
    private const int Rows = 10000;
    private readonly string _folder = Directory.CreateTempSubdirectory("crmkpi-parquet-pages-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Text ids: "few" repeat (DuckDB writes them dictionary-encoded), "many" are nearly all distinct (PLAIN).
    [Theory]
    [InlineData("uncompressed", "few")]
    [InlineData("snappy", "few")]
    [InlineData("snappy", "many")]
    [InlineData("gzip", "many")]
    [InlineData("zstd", "few")]
    [InlineData("zstd", "many")]
    [InlineData("brotli", "few")]
    [InlineData("lz4_raw", "many")]
    [InlineData("snappy", "ascii")]
    [InlineData("uncompressed", "ascii")]
    public async Task DuckDbFile_EveryColumnDecodedDirectly_SameLogAsParquetNet(string codec, string ids)
    {
        string path = DuckDb(codec, ids switch { "few" => TextIdsFew, "many" => TextIdsMany, _ => TextIdsAscii }, "DOUBLE", "INTEGER", "");

        (ColumnarReadResult direct, ColumnarReadResult general) = await BothWays(path);

        Assert.Equal(direct.Parts * 4, direct.DirectChunks);
        Assert.Equal(0, general.DirectChunks);
        Assert.True(direct.SkippedRows > 100, $"the fixture has nulls in every column; {direct.SkippedRows} rows skipped");
        Assert.True(direct.Parts >= 2, $"{direct.Parts} row groups");
    }

    // Whole-number ids, float and bigint amounts, bigint quantities: each converted like Parquet.Net's values are.
    [Theory]
    [InlineData("BIGINT", "FLOAT", "BIGINT")]
    [InlineData("INTEGER", "BIGINT", "INTEGER")]
    [InlineData("INTEGER", "INTEGER", "BIGINT")]
    public async Task DuckDbFile_NumberIdsAndAmounts_SameLogAsParquetNet(string idType, string amountType, string quantityType)
    {
        string ids = $"CASE WHEN i % 97 = 13 THEN NULL ELSE ((i * 7919) % 400)::{idType} END";
        string path = DuckDb("snappy", ids, amountType, quantityType, "");

        (ColumnarReadResult direct, _) = await BothWays(path);

        Assert.Equal(direct.Parts * 4, direct.DirectChunks);
    }

    // Version 2 data pages, where DuckDB writes DELTA_BINARY_PACKED dates and numbers, DELTA_LENGTH_BYTE_ARRAY text and
    // BYTE_STREAM_SPLIT doubles. Parquet.Net 6.1 cannot read such a DATE column ("DateOnly is not supported in
    // DELTA_BINARY_PACKED"), so the oracle is the version 1 file of the same rows, read through Parquet.Net.
    [Theory]
    [InlineData("few", "DOUBLE", "INTEGER")]
    [InlineData("many", "DOUBLE", "BIGINT")]
    [InlineData("many", "FLOAT", "INTEGER")]
    [InlineData("numbers", "BIGINT", "INTEGER")]
    public async Task DuckDbFile_DataPagesV2_SameLogAsTheVersion1File(string ids, string amountType, string quantityType)
    {
        string idColumn = ids switch { "few" => TextIdsFew, "many" => TextIdsMany, _ => "CASE WHEN i % 97 = 13 THEN NULL ELSE (i * 7919)::BIGINT END" };
        string v2 = DuckDb("zstd", idColumn, amountType, quantityType, ", PARQUET_VERSION v2");
        string v1 = DuckDb("zstd", idColumn, amountType, quantityType, "");
        var options = new ColumnarTransactionOptions { Lenient = true };

        ColumnarReadResult direct = await TransactionParquet.ReadAsync(v2, options);
        ColumnarReadResult oracle = await TransactionParquet.ReadAsync(v1, options with { DecodePagesDirectly = false });

        Assert.Equal(direct.Parts * 4, direct.DirectChunks);
        Assert.Equal((oracle.Rows, oracle.SkippedRows), (direct.Rows, direct.SkippedRows));
        Assert.Equal(Keys(oracle.Log), Keys(direct.Log));
        Assert.Equal(oracle.Log.CustomerIndexes.ToArray(), direct.Log.CustomerIndexes.ToArray());
        Assert.Equal(oracle.Log.Dates.ToArray(), direct.Log.Dates.ToArray());
        Assert.Equal(oracle.Log.Amounts.ToArray(), direct.Log.Amounts.ToArray());
        Assert.Equal(oracle.Log.ItemCounts.ToArray(), direct.Log.ItemCounts.ToArray());
    }

    [Theory]
    [InlineData(CompressionMethod.None)]
    [InlineData(CompressionMethod.Snappy)]
    [InlineData(CompressionMethod.Gzip)]
    [InlineData(CompressionMethod.Zstd)]
    [InlineData(CompressionMethod.Brotli)]
    [InlineData(CompressionMethod.Lz4Raw)]
    public async Task ParquetNetFile_SameLogAsParquetNet(CompressionMethod compression)
    {
        string path = Path.Combine(_folder, $"net-{compression}.parquet");
        var schema = new ParquetSchema(new DataField<string>("customer_id"), new DataField<DateOnly?>("order_date"), new DataField<double?>("amount"), new DataField<int>("quantity"));
        await using (FileStream stream = File.Create(path))
        {
            await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream, new ParquetOptions { CompressionMethod = compression });
            DataField[] fields = schema.GetDataFields();
            foreach (int first in new[] { 0, 1000, 1001, 2500 })
            {
                int count = first switch { 0 => 1000, 1000 => 1, 1001 => 1499, _ => 500 };
                int[] rows = [.. Enumerable.Range(first, count)];
                using ParquetRowGroupWriter group = writer.CreateRowGroup();
                await group.WriteAsync(fields[0], (IReadOnlyCollection<string>)[.. rows.Select(i => i % 3 == 0 ? "k" + (i % 50) : "é客户-" + i)], null);
                await group.WriteAsync<DateOnly>(fields[1], rows.Select(i => i % 89 == 7 ? (DateOnly?)null : new DateOnly(2020, 1, 1).AddDays(i * 37 % 1500)).ToArray().AsMemory(), null, null, default);
                await group.WriteAsync<double>(fields[2], rows.Select(i => i % 83 == 5 ? (double?)null : (i * 7919 % 100000 / 100.0) - 50).ToArray().AsMemory(), null, null, default);
                await group.WriteAsync<int>(fields[3], rows.Select(i => i % 9).ToArray().AsMemory(), null, null, default);
            }
        }

        (ColumnarReadResult direct, _) = await BothWays(path, 3000);

        Assert.Equal(4, direct.Parts);
        Assert.True(direct.DirectChunks > 0, "no column of a Parquet.Net file was decoded directly");
    }

    // A null read strictly is the same error (row over the whole file, column) every way: the columns are checked in
    // order (ids, dates, amounts, quantities), so the id null of row 14 (i % 97 = 13) is reported though the date of
    // row 8 (i % 89 = 7) is null too, also when a second thread decodes the dates.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Strict_FirstNull_SameErrorEveryWay(int threads)
    {
        string path = DuckDb("snappy", TextIdsFew, "DOUBLE", "INTEGER", "");
        var options = new ColumnarTransactionOptions { MaxDegreeOfParallelism = threads };
        var direct = await Assert.ThrowsAsync<ColumnarDataException>(() => TransactionParquet.ReadAsync(path, options).AsTask());
        var general = await Assert.ThrowsAsync<ColumnarDataException>(() => TransactionParquet.ReadAsync(path, options with { DecodePagesDirectly = false }).AsTask());
        Assert.Equal((general.Row, general.Column, general.Message), (direct.Row, direct.Column, direct.Message));
        Assert.Equal((14L, "customer_id"), (direct.Row, direct.Column));

        // Without the id column's nulls, the date of row 8 is the first problem.
        string dates = DuckDb("snappy", "'C' || i", "DOUBLE", "INTEGER", "");
        var date = await Assert.ThrowsAsync<ColumnarDataException>(() => TransactionParquet.ReadAsync(dates, options).AsTask());
        Assert.Equal((8L, "order_date"), (date.Row, date.Column));
    }

    [Fact]
    public void MaxDegreeOfParallelism_ZeroOrBelowMinusOne_IsRejected()
    {
        Assert.Equal(-1, new ColumnarTransactionOptions().MaxDegreeOfParallelism);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => new ColumnarTransactionOptions { MaxDegreeOfParallelism = 0 });
        Assert.Contains("-1 (automatic) or at least 1", zero.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ColumnarTransactionOptions { MaxDegreeOfParallelism = -2 });
    }

    // An empty id (not a null: a text of no characters) is an error in a lenient read too, the same both ways, on one
    // thread and on two (where the second thread decodes the ids and the first maps them).
    [Theory]
    [InlineData("ascii", 1)]
    [InlineData("ascii", 2)]
    [InlineData("other scripts", 1)]
    [InlineData("other scripts", 2)]
    [InlineData("dictionary", 1)]
    [InlineData("dictionary", 2)]
    public async Task EmptyId_SameErrorBothWays(string ids, int threads)
    {
        string column = ids switch
        {
            "ascii" => "CASE WHEN i = 4321 THEN '' ELSE 'C' || lpad(i::VARCHAR, 9, '0') END",
            "other scripts" => "CASE WHEN i = 4321 THEN '' ELSE 'é' || i END",
            _ => "CASE WHEN i = 4321 THEN '' ELSE 'k' || (i % 5) END",
        };
        string path = DuckDb("snappy", column, "DOUBLE", "INTEGER", "");
        var options = new ColumnarTransactionOptions { Lenient = true, MaxDegreeOfParallelism = threads };
        var direct = await Assert.ThrowsAsync<ColumnarDataException>(() => TransactionParquet.ReadAsync(path, options).AsTask());
        var general = await Assert.ThrowsAsync<ColumnarDataException>(() => TransactionParquet.ReadAsync(path, options with { DecodePagesDirectly = false }).AsTask());
        Assert.Equal((4322L, "customer_id"), (direct.Row, direct.Column));
        Assert.Equal((general.Row, general.Column, general.Message), (direct.Row, direct.Column, direct.Message));
    }

    // On two threads the next row group's ids are decoded while the current group is read: a problem in them (a null
    // id read strictly, an empty id) must still come after every problem of the rows before it, and within a group the
    // ids' problem comes first (column order). DuckDB writes row groups of 2,048 rows here (ROW_GROUP_SIZE 1000 is
    // rounded up to its vector size; the test checks), so rows 1-2048 are the first group and 8193-10000 the last;
    // rows are counted from 1.
    [Theory]
    [InlineData("CASE WHEN i = 9000 THEN NULL ELSE 'C' || i END", "CASE WHEN i = 100 THEN NULL ELSE DATE '2020-01-01' + (i % 300)::INTEGER END", "1.5", 101L, "order_date")]
    [InlineData("CASE WHEN i = 9000 THEN NULL ELSE 'C' || i END", "CASE WHEN i = 4100 THEN NULL ELSE DATE '2020-01-01' + (i % 300)::INTEGER END", "1.5", 4101L, "order_date")]
    [InlineData("CASE WHEN i = 9000 THEN NULL ELSE 'C' || i END", "CASE WHEN i = 9500 THEN NULL ELSE DATE '2020-01-01' + (i % 300)::INTEGER END", "1.5", 9001L, "customer_id")]
    [InlineData("CASE WHEN i = 9000 THEN '' ELSE 'é' || i END", "DATE '2020-01-01' + (i % 300)::INTEGER", "CASE WHEN i = 6100 THEN 'NaN'::DOUBLE ELSE 1.5 END", 6101L, "amount")]
    [InlineData("CASE WHEN i = 9000 THEN '' ELSE 'C' || i END", "DATE '2020-01-01' + (i % 300)::INTEGER", "CASE WHEN i = 9999 THEN 'NaN'::DOUBLE ELSE 1.5 END", 9001L, "customer_id")]
    public async Task ProblemInALaterGroupsIds_ReportedInRowOrder(string ids, string dates, string amounts, long row, string column)
    {
        string path = Orders(ids, dates, amounts);
        foreach (int threads in new[] { 1, 2 })
        {
            var options = new ColumnarTransactionOptions { MaxDegreeOfParallelism = threads };
            var e = await Assert.ThrowsAsync<ColumnarDataException>(() => TransactionParquet.ReadAsync(path, options).AsTask());
            Assert.Equal((threads, row, column), (threads, e.Row, e.Column));
        }

        // The groups the rows above assume: the same file without the problems holds five parts.
        ColumnarReadResult clean = await TransactionParquet.ReadAsync(Orders("'C' || i", "DATE '2020-01-01' + (i % 300)::INTEGER", "1.5"));
        Assert.Equal(5, clean.Parts);

        string Orders(string ids, string dates, string amounts)
        {
            string path = Path.Combine(_folder, $"order-{Guid.NewGuid():N}.parquet");
            using var duck = new DuckDBConnection("Data Source=:memory:");
            duck.Open();
            using var command = duck.CreateCommand();
            command.CommandText = $"""
                COPY (SELECT {ids} AS customer_id, {dates} AS order_date, {amounts} AS amount FROM range(0, {Rows}) t(i) ORDER BY i)
                TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 1000)
                """;
            command.ExecuteNonQuery();
            return path;
        }
    }

    // A text value's length prefix overwritten in an uncompressed file: an IOException naming the row group and the
    // column, never an index error or a silently wrong id.
    [Fact]
    public async Task CorruptTextLength_IOExceptionNamesGroupAndColumn()
    {
        string path = DuckDb("uncompressed", TextIdsMany, "DOUBLE", "INTEGER", "");
        byte[] bytes = await File.ReadAllBytesAsync(path);
        byte[] id = System.Text.Encoding.UTF8.GetBytes("C000000001");
        int at = bytes.AsSpan().IndexOf(id);
        Assert.True(at > 4 && BitConverter.ToInt32(bytes, at - 4) == id.Length, "the id and its length prefix are in the file");
        BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, at - 4);
        await File.WriteAllBytesAsync(path, bytes);

        foreach (int threads in new[] { 1, 2 })
        {
            var e = await Assert.ThrowsAsync<IOException>(() => TransactionParquet.ReadAsync(path, new ColumnarTransactionOptions { Lenient = true, MaxDegreeOfParallelism = threads }).AsTask());
            Assert.Contains(": row group 1, column 'customer_id': a text value of 2147483647 bytes runs past the page's end", e.Message, StringComparison.Ordinal);
            Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
        }
    }

    private const string TextIdsFew = "CASE WHEN i % 97 = 13 THEN NULL WHEN i % 3 = 0 THEN 'é-' || (i % 11) WHEN i % 3 = 1 THEN '客户' || (i % 13) ELSE 'C😀' || (i % 7) END";

    private const string TextIdsAscii = "CASE WHEN i % 97 = 13 THEN NULL WHEN i % 2 = 0 THEN 'c-' || ((i * 7919) % 4000) ELSE 'C' || lpad(i::VARCHAR, 9, '0') END";

    private const string TextIdsMany = "CASE WHEN i % 97 = 13 THEN NULL WHEN i % 2 = 0 THEN 'é客户-' || i ELSE 'C' || lpad(i::VARCHAR, 9, '0') END";

    private string DuckDb(string codec, string ids, string amountType, string quantityType, string options)
    {
        string path = Path.Combine(_folder, $"duck-{codec}-{Guid.NewGuid():N}.parquet");
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = $"""
            COPY (SELECT
                    {ids} AS customer_id,
                    CASE WHEN i % 89 = 7 THEN NULL ELSE DATE '2020-01-01' + ((i * 37) % 1500)::INTEGER END AS order_date,
                    CASE WHEN i % 83 = 5 THEN NULL ELSE (((i * 7919) % 100000) / 100.0 - 50)::{amountType} END AS amount,
                    CASE WHEN i % 79 = 3 THEN NULL ELSE (i % 9)::{quantityType} END AS quantity
                  FROM range(0, {Rows}) t(i) ORDER BY i)
            TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet, COMPRESSION {codec}, ROW_GROUP_SIZE 1000{options})
            """;
        command.ExecuteNonQuery();
        return path;
    }

    // Reads the file both ways (leniently: nulls skipped and counted) and asserts the same log and account.
    private static async Task<(ColumnarReadResult Direct, ColumnarReadResult General)> BothWays(string path, int rows = Rows)
    {
        var options = new ColumnarTransactionOptions { Lenient = true, MaxDegreeOfParallelism = 2 };
        ColumnarReadResult direct = await TransactionParquet.ReadAsync(path, options);
        ColumnarReadResult general = await TransactionParquet.ReadAsync(path, options with { DecodePagesDirectly = false });
        ColumnarReadResult oneThread = await TransactionParquet.ReadAsync(path, options with { MaxDegreeOfParallelism = 1 });
        Assert.Equal(direct.Log.CustomerIndexes.ToArray(), oneThread.Log.CustomerIndexes.ToArray());
        Assert.Equal(direct.Log.Dates.ToArray(), oneThread.Log.Dates.ToArray());
        Assert.Equal(direct.Log.Amounts.ToArray(), oneThread.Log.Amounts.ToArray());
        Assert.Equal(direct.Log.ItemCounts.ToArray(), oneThread.Log.ItemCounts.ToArray());
        Assert.Equal((direct.SkippedRows, direct.DirectChunks), (oneThread.SkippedRows, oneThread.DirectChunks));

        Assert.Equal(rows, direct.Rows);
        Assert.Equal((general.Rows, general.SkippedRows, general.Parts), (direct.Rows, direct.SkippedRows, direct.Parts));
        Assert.Equal(Keys(general.Log), Keys(direct.Log));
        Assert.Equal(general.Log.CustomerIndexes.ToArray(), direct.Log.CustomerIndexes.ToArray());
        Assert.Equal(general.Log.Dates.ToArray(), direct.Log.Dates.ToArray());
        Assert.Equal(general.Log.Amounts.ToArray(), direct.Log.Amounts.ToArray());
        Assert.Equal(general.Log.ItemCounts.ToArray(), direct.Log.ItemCounts.ToArray());
        Assert.Equal(rows - direct.SkippedRows, direct.Log.Length);
        return (direct, general);
    }

    private static string[] Keys(TransactionLog log) => [.. Enumerable.Range(0, log.CustomerCount).Select(log.CustomerKey)];
}
