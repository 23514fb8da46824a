using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using CrmKpi.Data.Columnar;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

// Arrow record batches built with Apache.Arrow's builders, and IPC files and streams written with its writers,
// read into logs and compared with exact values; the view's spans are the batch's own buffers.
public sealed class TransactionArrowTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crmkpi-arrow-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static string[] Keys(TransactionLog log) => [.. log.CustomerIndexes.ToArray().Select(log.CustomerKey)];

    private static RecordBatch Batch(string[] keys, DateOnly[] dates, double[] amounts, int[] quantities)
    {
        var k = new StringArray.Builder().AppendRange(keys).Build();
        var d = new Date32Array.Builder().AppendRange(dates).Build();
        var a = new DoubleArray.Builder().AppendRange(amounts).Build();
        var q = new Int32Array.Builder().AppendRange(quantities).Build();
        return new RecordBatch.Builder().Append("customer_id", false, k).Append("order_date", false, d).Append("amount", false, a).Append("quantity", false, q).Build();
    }

    private static RecordBatch[] TwoBatches() =>
    [
        Batch(["alice", "bob"], [new DateOnly(2024, 1, 5), new DateOnly(2024, 1, 6)], [10.5, 20.0], [1, 2]),
        Batch(["alice", "carol", "日本"], [new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 2), new DateOnly(2024, 2, 3)], [5.25, -3.0, 7.75], [3, 1, 0]),
    ];

    private static void AssertTwoBatches(ColumnarReadResult r)
    {
        Assert.Equal(["alice", "bob", "alice", "carol", "日本"], Keys(r.Log));
        Assert.Equal([D(2024, 1, 5), D(2024, 1, 6), D(2024, 2, 1), D(2024, 2, 2), D(2024, 2, 3)], r.Log.Dates.ToArray());
        Assert.Equal([10.5, 20.0, 5.25, -3.0, 7.75], r.Log.Amounts.ToArray());
        Assert.Equal([1, 2, 3, 1, 0], r.Log.ItemCounts.ToArray());
        Assert.Equal((5L, 0L, 2), (r.Rows, r.SkippedRows, r.Parts));
    }

    [Fact]
    public void RecordBatches_ExactValues()
    {
        AssertTwoBatches(TransactionArrow.Read(TwoBatches()));
    }

    [Fact]
    public void IpcFileAndStream_WrittenByApacheArrow_ExactValues()
    {
        RecordBatch[] batches = TwoBatches();
        string file = Path.Combine(_folder, "orders.arrow");
        using (FileStream stream = File.Create(file))
        using (var writer = new ArrowFileWriter(stream, batches[0].Schema))
        {
            foreach (RecordBatch batch in batches)
            {
                writer.WriteRecordBatch(batch);
            }

            writer.WriteEnd();
        }

        AssertTwoBatches(TransactionArrow.ReadFile(file));

        using var memory = new MemoryStream();
        using (var writer = new ArrowStreamWriter(memory, batches[0].Schema, leaveOpen: true))
        {
            foreach (RecordBatch batch in batches)
            {
                writer.WriteRecordBatch(batch);
            }

            writer.WriteEnd();
        }

        memory.Position = 0;
        AssertTwoBatches(TransactionArrow.ReadStream(memory, "orders.arrows"));

        Assert.Throws<IOException>(() => TransactionArrow.ReadStream(new MemoryStream("customer_id,order_date\n"u8.ToArray()), "x.csv"));
    }

    // Each batch has its own dictionary (other entries, other order): entries are mapped once each, rows by their index.
    [Fact]
    public void DictionaryKeys_ADictionaryPerBatch_MappedByEntry()
    {
        var type = new DictionaryType(Int32Type.Default, StringType.Default, false);
        RecordBatch Batch(string[] dictionary, int[] indexes, double[] amounts) => new RecordBatch.Builder()
            .Append("customer_id", false, new DictionaryArray(type, new Int32Array.Builder().AppendRange(indexes).Build(), new StringArray.Builder().AppendRange(dictionary).Build()))
            .Append("order_date", false, new Date32Array.Builder().AppendRange(indexes.Select(i => new DateOnly(2024, 3, 1 + i))).Build())
            .Append("amount", false, new DoubleArray.Builder().AppendRange(amounts).Build())
            .Build();

        ColumnarReadResult r = TransactionArrow.Read(
        [
            Batch(["x", "y"], [1, 0, 1, 1], [1, 2, 3, 4]),
            Batch(["z", "y", "x"], [2, 0, 1], [5, 6, 7]),
        ]);
        Assert.Equal(["y", "x", "y", "y", "x", "z", "y"], Keys(r.Log));
        Assert.Equal([0, 1, 0, 0, 1, 2, 0], r.Log.CustomerIndexes.ToArray());
        Assert.Equal([1.0, 2, 3, 4, 5, 6, 7], r.Log.Amounts.ToArray());
        Assert.False(r.Log.HasItemCounts);
    }

    [Fact]
    public void WholeNumberIds_DecimalAmounts_ZonedTimestamps_InAZone()
    {
        var times = new TimestampArray.Builder(new TimestampType(TimeUnit.Microsecond, "UTC"))
            .Append(new DateTimeOffset(2024, 1, 1, 23, 30, 0, TimeSpan.Zero)).Append(new DateTimeOffset(2024, 1, 2, 1, 0, 0, TimeSpan.Zero)).Build();
        var totals = new Decimal128Array.Builder(new Decimal128Type(12, 2)).Append(19.99m).Append(0.01m).Build();
        RecordBatch batch = new RecordBatch.Builder()
            .Append("account_id", false, new Int64Array.Builder().Append(42).Append(7).Build())
            .Append("created_at", false, times)
            .Append("total", false, totals)
            .Build();

        TransactionLog utc = TransactionArrow.Read([batch]).Log;
        Assert.Equal(["42", "7"], Keys(utc));
        Assert.Equal([D(2024, 1, 1), D(2024, 1, 2)], utc.Dates.ToArray());
        Assert.Equal([19.99, 0.01], utc.Amounts.ToArray());
        TransactionLog shanghai = TransactionArrow.Read([batch], new ColumnarTransactionOptions { TimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] }).Log;
        Assert.Equal([D(2024, 1, 2), D(2024, 1, 2)], shanghai.Dates.ToArray());
    }

    [Fact]
    public void Nulls_StrictNamesRowOverAllBatches_LenientSkips_MissingColumnListsTheOthers()
    {
        RecordBatch first = Batch(["a"], [new DateOnly(2024, 1, 1)], [1], [1]);
        RecordBatch second = new RecordBatch.Builder()
            .Append("customer_id", false, new StringArray.Builder().Append("b").Append("c").Build())
            .Append("order_date", false, new Date32Array.Builder().Append(new DateOnly(2024, 1, 2)).Append(new DateOnly(2024, 1, 3)).Build())
            .Append("amount", true, new DoubleArray.Builder().AppendNull().Append(3).Build())
            .Append("quantity", false, new Int32Array.Builder().Append(1).Append(1).Build())
            .Build();

        var e = Assert.Throws<ColumnarDataException>(() => TransactionArrow.Read([first, second]));
        Assert.Equal((2L, "amount"), (e.Row, e.Column));
        ColumnarReadResult r = TransactionArrow.Read([first, second], new ColumnarTransactionOptions { Lenient = true });
        Assert.Equal(["a", "c"], Keys(r.Log));
        Assert.Equal(1, r.SkippedRows);

        RecordBatch noCustomer = new RecordBatch.Builder().Append("client", false, new StringArray.Builder().Append("a").Build()).Build();
        var missing = Assert.Throws<ColumnarDataException>(() => TransactionArrow.Read([noCustomer]));
        Assert.Contains("no customer column", missing.Message, StringComparison.Ordinal);
        Assert.Contains("'client'", missing.Message, StringComparison.Ordinal);
    }

    // The view's index and amount spans are the batch's buffers (same addresses): nothing copied but the dates.
    [Fact]
    public void View_IndexesAndAmountsAreTheBatchsBuffers_AndFeedTheCalculators()
    {
        var indexes = new Int32Array.Builder().AppendRange([0, 1, 0, 2]).Build();
        var amounts = new DoubleArray.Builder().AppendRange([10.0, 20, 30, 40]).Build();
        var days = new Date32Array.Builder().AppendRange([new DateOnly(2024, 1, 5), new DateOnly(2024, 1, 6), new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 3)]).Build();
        RecordBatch batch = new RecordBatch.Builder().Append("customer_index", false, indexes).Append("day", false, days).Append("amount", false, amounts).Build();

        var dates = new LocalDate[4];
        TransactionColumns columns = TransactionArrow.View(batch, "customer_index", "day", "amount", customerCount: 3, dates);
        Assert.True(Unsafe.AreSame(ref MemoryMarshal.GetReference(columns.CustomerIndexes), ref MemoryMarshal.GetReference(indexes.Values)));
        Assert.True(Unsafe.AreSame(ref MemoryMarshal.GetReference(columns.Amounts), ref MemoryMarshal.GetReference(amounts.Values)));
        Assert.Equal([D(2024, 1, 5), D(2024, 1, 6), D(2024, 2, 1), D(2024, 2, 3)], dates);

        // Hand calculation: January revenue 30 from 2 customers.
        Assert.Equal(15, Acquisition.Arpu(columns, new DateInterval(D(2024, 1, 1), D(2024, 1, 31))));

        var wrongType = Assert.Throws<ArgumentException>(() => TransactionArrow.View(batch, "day", "day", "amount", 3, dates));
        Assert.Equal("customerIndexColumn", wrongType.ParamName);
        Assert.Throws<ArgumentException>(() => TransactionArrow.View(batch, "customer_index", "day", "amount", 3, new LocalDate[2]));
    }
}
