using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

// The chunked read on every quirk fixture and on random logs: folded into the accumulators it must give what the in-memory
// path gives. The oracle is the existing calculators (Rfm.Values, Retention.Cohorts, CustomerActivity.Compute) over the log
// TransactionCsv.Read builds from the same bytes, compared exactly; the account (rows, skipped, blank, examples) must match too.
public class TransactionCsvChunkFixtureTests
{
    private static readonly int[] ChunkSizes = [1, 7, 1000];

    // Each quirk fixture with the options that read it (lenient where it has bad rows).
    private static readonly Dictionary<string, TransactionCsvOptions> FixtureOptions = new()
    {
        ["utf8-bom-crlf.csv"] = new(),
        ["utf8-no-bom.csv"] = new(),
        ["gbk.csv"] = new() { Encoding = CsvEncodings.FromName("gb18030") },
        ["latin1.csv"] = new() { Encoding = CsvEncodings.FromName("latin1") },
        ["quoted.csv"] = new(),
        ["blank-lines.csv"] = new(),
        ["timestamps.csv"] = new(),
        ["refunds.csv"] = new(),
        ["bad-values.csv"] = new() { Lenient = true },
        ["extra-field.csv"] = new() { Lenient = true },
        ["missing-field.csv"] = new() { Lenient = true },
        ["de-DE.csv"] = new() { Separator = ';', Culture = CultureInfo.GetCultureInfo("de-DE"), DateFormat = "dd.MM.yyyy", CustomerColumn = "Kunde", DateColumn = "Datum", AmountColumn = "Betrag" },
        ["header-only.csv"] = new(),
    };

    public static TheoryData<string> Fixtures() => new(FixtureOptions.Keys);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_ChunksOf1_7_1000_SameStatesAndAccountAsInMemory(string file)
    {
        TransactionCsvOptions options = FixtureOptions[file];
        byte[] bytes = File.ReadAllBytes(Fixture.Path(file));
        CsvReadResult<TransactionLog> read = TransactionCsv.Read(new MemoryStream(bytes), "x.csv", options);
        TransactionLog log = read.Log;
        DateInterval all = log.DateRange() ?? new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

        // A window and a range that cut the data, so rows before and after them are met.
        int days = Period.Between(all.Start, all.End, PeriodUnits.Days).Days;
        var window = new DateInterval(all.Start.PlusDays(days / 4), all.End.PlusDays(-days / 4));
        var range = new DateInterval(all.Start.PlusDays(days / 3), all.End);
        foreach (int chunkRows in ChunkSizes)
        {
            Chunked chunked = ReadChunked(bytes, options, chunkRows, window, range, PeriodUnit.IsoWeek);
            Assert.Equal(log.Customers.ToArray(), chunked.Result.Log.ToArray());
            Assert.Equal(log.Length, chunked.Rows);
            Assert.Equal(CustomerActivity.Compute(log, window), chunked.Activity.Activities.ToArray());
            Assert.Equal(Rfm.Values(log, window, all.End, RfmMonetary.AveragePerPurchase), Rfm.Values(chunked.Activity.Activities, all.End, RfmMonetary.AveragePerPurchase));
            Assert.Equal(Retention.Cohorts(log, range, PeriodUnit.IsoWeek).ToCountArray(), chunked.Cohorts.ToTable().ToCountArray());
            Assert.Equal((read.DataRows, read.SkippedRows, read.BlankLines), (chunked.Result.DataRows, chunked.Result.SkippedRows, chunked.Result.BlankLines));
            Assert.Equal(read.SkippedExamples.Select(e => e.Message), chunked.Result.SkippedExamples.Select(e => e.Message));
        }
    }

    // Random logs (few customers, so they recur across chunks; dates before, in and after the window) and random chunk sizes.
    [Property(MaxTest = 150)]
    public Property RandomLog_RandomChunkSize_SameStatesAsInMemory() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 30).Zip(Gen.Choose(0, 500)).Zip(Gen.Choose(-5_000, 100_000))).ToArbitrary(),
            Gen.Choose(1, 60).ToArbitrary(),
            (rows, chunkRows) =>
            {
                var text = new StringBuilder("customer,date,amount\n");
                var start = new LocalDate(2023, 11, 20);
                foreach (((int customer, int day), int cents) in rows)
                {
                    text.Append(CultureInfo.InvariantCulture, $"K{customer},{start.PlusDays(day):yyyy-MM-dd},{cents / 100.0:0.00}\n");
                }

                byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
                TransactionLog log = TransactionCsv.Read(new MemoryStream(bytes), "p.csv").Log;
                var window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
                Chunked chunked = ReadChunked(bytes, new TransactionCsvOptions(), chunkRows, window, window, PeriodUnit.Month);
                return chunked.Result.Log.ToArray().SequenceEqual(log.Customers.ToArray())
                    && Rfm.Values(chunked.Activity.Activities, window.End, RfmMonetary.Total).SequenceEqual(Rfm.Values(log, window, window.End, RfmMonetary.Total))
                    && chunked.Activity.Activities.ToArray().SequenceEqual(CustomerActivity.Compute(log, window))
                    && chunked.Cohorts.ToTable().ToCountArray().Cast<long>().SequenceEqual(Retention.Cohorts(log, window, PeriodUnit.Month).ToCountArray().Cast<long>());
            });

    // A lenient read repairs an unclosed quote by reading the file again: the chunks are then handed out again from the
    // first row (as documented), and the chunks of the last pass are exactly the rows of the in-memory log.
    [Fact]
    public void UnclosedQuote_Lenient_LastPassHandsOutTheInMemoryRows()
    {
        string text = TransactionCsvThreadTests.GeneratedExport(rows: 20_000, customers: 800, seed: 6, badEvery: 0) + "C7,2024-01-06,\"5.00,1\nC8,2024-01-07,6.00,1\nC9,2024-01-08,7.00,1\n";
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var options = new TransactionCsvOptions { Lenient = true };
        CsvReadResult<TransactionLog> read = TransactionCsv.Read(new MemoryStream(bytes), "q.csv", options);
        Assert.True(read.SkippedRows > 0);
        var handed = new List<(int Customer, LocalDate Date, double Amount)>();
        TransactionCsv.ReadInChunks(new MemoryStream(bytes), "q.csv", 1, chunk => handed.Add((chunk.CustomerIndexes[0], chunk.Dates[0], chunk.Amounts[0])), options);
        TransactionLog log = read.Log;
        Assert.True(handed.Count > log.Length, "the rows before the unclosed quote come again");
        var expected = Enumerable.Range(0, log.Length).Select(i => (log.CustomerIndexes[i], log.Dates[i], log.Amounts[i]));
        Assert.Equal(expected, handed.Skip(handed.Count - log.Length));
    }

    [Fact]
    public void HandlerThrows_ReadStopsWithThatException()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(TransactionCsvThreadTests.GeneratedExport(rows: 2_000, customers: 300, seed: 4, badEvery: 0));
        int calls = 0;
        var e = Assert.Throws<InvalidOperationException>(() => TransactionCsv.ReadInChunks(new MemoryStream(bytes), "x.csv", 100, _ =>
        {
            if (++calls == 3)
            {
                throw new InvalidOperationException("stop");
            }
        }));
        Assert.Equal("stop", e.Message);
        Assert.Equal(3, calls);
    }

    private static Chunked ReadChunked(byte[] bytes, TransactionCsvOptions options, int chunkRows, DateInterval window, DateInterval range, PeriodUnit unit)
    {
        var activity = new CustomerActivityAccumulator(window);
        var cohorts = new CohortAccumulator(range, unit);
        long rows = 0;
        CsvReadResult<CustomerKeys> result = TransactionCsv.ReadInChunks(new MemoryStream(bytes), "x.csv", chunkRows, chunk =>
        {
            Assert.InRange(chunk.Length, 1, chunkRows);
            rows += chunk.Length;
            activity.Add(chunk);
            cohorts.Add(chunk);
        }, options);
        return new Chunked(result, activity, cohorts, rows);
    }

    private sealed record Chunked(CsvReadResult<CustomerKeys> Result, CustomerActivityAccumulator Activity, CohortAccumulator Cohorts, long Rows);
}
