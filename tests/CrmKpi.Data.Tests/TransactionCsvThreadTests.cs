using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CrmKpi.Data.Internal;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

// The two-thread read (a second thread maps keys and appends rows) must give exactly the one-thread log and
// account. Tiny batches make the threads hand over after every row or few rows, so every interleaving the
// queue allows is exercised on small files.
public class TransactionCsvThreadTests
{
    private static readonly int[] TinyBatches = [1, 2, 3, 7];

    public static TheoryData<string, string> Fixtures() => new()
    {
        { "utf8-bom-crlf.csv", "" },
        { "utf8-no-bom.csv", "" },
        { "gbk.csv", "gb18030" },
        { "quoted.csv", "" },
        { "blank-lines.csv", "" },
        { "timestamps.csv", "" },
        { "refunds.csv", "net" },
        { "bad-values.csv", "lenient" },
        { "extra-field.csv", "lenient" },
        { "missing-field.csv", "lenient" },
        { "unterminated-quote.csv", "lenient" },
        { "de-DE.csv", "de-DE" },
        { "bad-values.csv", "" },
        { "extra-field.csv", "" },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_TwoThreadsWithTinyBatches_SameLogAndAccountAsOneThread(string file, string how)
    {
        TransactionCsvOptions options = how switch
        {
            "gb18030" => new TransactionCsvOptions { Encoding = CsvEncodings.FromName("gb18030") },
            "net" => new TransactionCsvOptions { Refunds = RefundPolicy.NetPerCustomerDay },
            "lenient" => new TransactionCsvOptions { Lenient = true },
            "de-DE" => new TransactionCsvOptions { Separator = ';', Culture = CultureInfo.GetCultureInfo("de-DE") },
            _ => new TransactionCsvOptions(),
        };
        byte[] bytes = File.ReadAllBytes(Fixture.Path(file));
        string expected = Describe(() => Read(bytes, options, twoThreads: false, batchRows: 64));
        foreach (int batch in TinyBatches)
        {
            Assert.Equal(expected, Describe(() => Read(bytes, options, twoThreads: true, batchRows: batch)));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GeneratedExport_TwoThreads_SameLogAndAccountAsOneThread(bool lenient)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(GeneratedExport(rows: 20_000, customers: 3_000, seed: 11, badEvery: lenient ? 997 : 0));
        var options = new TransactionCsvOptions { Lenient = lenient, MaxExamples = 20 };
        string expected = Describe(() => Read(bytes, options, twoThreads: false, batchRows: 64));
        Assert.Contains(lenient ? "skipped 20" : "skipped 0", expected, StringComparison.Ordinal);
        foreach (int batch in (int[])[1, 5, 64, 4096])
        {
            Assert.Equal(expected, Describe(() => Read(bytes, options, twoThreads: true, batchRows: batch)));
        }
    }

    // A strict read that fails late: the same first error, and the second thread is stopped (the read returns).
    [Fact]
    public void StrictErrorAfterManyBatches_SameErrorOnBothModes()
    {
        string text = GeneratedExport(rows: 5_000, customers: 500, seed: 3, badEvery: 0) + "C1,2024-02-30,1.00,1\n";
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var e1 = Assert.Throws<CsvDataException>(() => Read(bytes, new TransactionCsvOptions(), twoThreads: false, batchRows: 64));
        var e2 = Assert.Throws<CsvDataException>(() => Read(bytes, new TransactionCsvOptions(), twoThreads: true, batchRows: 3));
        Assert.Equal(e1.Message, e2.Message);
        Assert.Equal(5_002, e2.Line);
    }

    // A failure on the second thread (here a NaN amount the builder refuses) reaches the reading thread.
    [Fact]
    public void FailureOnSecondThread_ThrownOnReadingThread()
    {
        var builder = new TransactionLogBuilder();
        var writer = new TransactionBatchWriter(builder, twoThreads: true, batchRows: 2);
        var thrown = Assert.ThrowsAny<ArgumentException>(() =>
        {
            using (writer)
            {
                for (int i = 0; i < 1000; i++)
                {
                    if (writer.Current.Add("C" + i, new LocalDate(2024, 1, 1), i == 10 ? double.NaN : 1, 0))
                    {
                        writer.Submit();
                    }
                }

                writer.Complete();
            }
        });
        Assert.Equal("amount", thrown.ParamName);
    }

    [Fact]
    public void MaxDegreeOfParallelism_ZeroOrBelowMinusOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TransactionCsvOptions { MaxDegreeOfParallelism = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TransactionCsvOptions { MaxDegreeOfParallelism = -2 });
        Assert.Equal(-1, new TransactionCsvOptions().MaxDegreeOfParallelism);
    }

    [Fact]
    public void MaxDegreeOfParallelism_One_NeverUsesASecondThread_AutomaticOnlyAboveOneMegabyte()
    {
        Assert.False(new TransactionCsvOptions { MaxDegreeOfParallelism = 1 }.UsesTwoThreads(1L << 30));
        Assert.False(new TransactionCsvOptions().UsesTwoThreads(1 << 20));
        Assert.Equal(Environment.ProcessorCount > 1, new TransactionCsvOptions().UsesTwoThreads((1 << 20) + 1));
        Assert.Equal(Environment.ProcessorCount > 1, new TransactionCsvOptions().UsesTwoThreads(-1));
        Assert.Equal(Environment.ProcessorCount > 1, new TransactionCsvOptions { MaxDegreeOfParallelism = 2 }.UsesTwoThreads(10));
    }

    // The public entry point with the default options on a file above 1 MB (two threads here) equals a one-thread read.
    [Fact]
    public void PublicRead_LargeFile_DefaultEqualsOneThread()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(GeneratedExport(rows: 60_000, customers: 8_000, seed: 5, badEvery: 0));
        Assert.True(bytes.Length > 1 << 20);
        string one = Describe(() => TransactionCsv.Read(new MemoryStream(bytes), "x.csv", new TransactionCsvOptions { MaxDegreeOfParallelism = 1 }));
        string auto = Describe(() => TransactionCsv.Read(new MemoryStream(bytes), "x.csv"));
        Assert.Equal(one, auto);
    }

    private static CsvReadResult<TransactionLog> Read(byte[] bytes, TransactionCsvOptions options, bool twoThreads, int batchRows) =>
        TransactionCsv.Read(new MemoryStream(bytes), "x.csv", options, twoThreads, batchRows);

    // Everything a read gives, as text: the rows with their keys and indexes, the account and the examples, or the error.
    private static string Describe(Func<CsvReadResult<TransactionLog>> read)
    {
        CsvReadResult<TransactionLog> r;
        try
        {
            r = read();
        }
        catch (CsvDataException e)
        {
            return "error " + e.Message;
        }

        TransactionLog log = r.Log;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"rows {log.Length} customers {log.CustomerCount} data {r.DataRows} skipped {r.SkippedRows} blank {r.BlankLines} netted {r.NettedRows}\n");
        for (int i = 0; i < log.Length; i++)
        {
            int c = log.CustomerIndexes[i];
            text.Append(CultureInfo.InvariantCulture, $"{c}:{log.CustomerKey(c)} {log.Dates[i]:yyyy-MM-dd} {log.Amounts[i]:R} {(log.HasItemCounts ? log.ItemCounts[i] : -1)}\n");
        }

        text.AppendJoin('\n', r.SkippedExamples.Select(e => e.Message));
        text.Append('\n').AppendJoin(',', log.Customers.ToArray());
        return text.ToString();
    }

    // A skewed export: some customers buy often, most rarely; every badEvery-th row has an unreadable amount.
    internal static string GeneratedExport(int rows, int customers, int seed, int badEvery)
    {
        var random = new Random(seed);
        var text = new StringBuilder("customer_id,order_date,amount,quantity\n");
        var start = new LocalDate(2023, 1, 1);
        for (int i = 1; i <= rows; i++)
        {
            int customer = (int)(customers * Math.Pow(random.NextDouble(), 3));
            string amount = badEvery > 0 && i % badEvery == 0 ? "n/a" : (random.Next(1, 100_000) / 100.0).ToString("0.00", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"C{customer:D6},{start.PlusDays(random.Next(730)):yyyy-MM-dd},{amount},{random.Next(1, 6)}\n");
        }

        return text.ToString();
    }
}
