using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

// A file read in chunks and folded into per-customer state gives exactly what the whole file read at once gives:
// customer activity, RFM values and the cohort table, for chunk sizes from 1 row up.
public class TransactionCsvChunkTests
{
    private static readonly DateInterval Window = new(new LocalDate(2023, 7, 1), new LocalDate(2024, 6, 30));
    private static readonly DateInterval Range = new(new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31));

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    [InlineData(1_000_000)]
    public void Chunks_FoldedIntoAccumulators_EqualTheWholeFile(int chunkRows)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(TransactionCsvThreadTests.GeneratedExport(rows: 12_000, customers: 2_500, seed: 19, badEvery: 501));
        var options = new TransactionCsvOptions { Lenient = true };
        CsvReadResult<TransactionLog> whole = TransactionCsv.Read(new MemoryStream(bytes), "x.csv", options);

        var activity = new CustomerActivityAccumulator(Window);
        var cohorts = new CohortAccumulator(Range, PeriodUnit.Month);
        var sizes = new List<int>();
        var indexes = new List<int>();
        CsvReadResult<CustomerKeys> chunked = TransactionCsv.ReadInChunks(new MemoryStream(bytes), "x.csv", chunkRows, chunk =>
        {
            sizes.Add(chunk.Length);
            indexes.AddRange(chunk.CustomerIndexes.ToArray());
            activity.Add(chunk);
            cohorts.Add(chunk);
        }, options);

        TransactionLog log = whole.Log;
        Assert.Equal(log.CustomerIndexes.ToArray(), indexes);
        Assert.Equal(log.Customers.ToArray(), chunked.Log.ToArray());
        Assert.All(sizes.Take(sizes.Count - 1), size => Assert.Equal(chunkRows, size));
        Assert.InRange(sizes[^1], 1, chunkRows);
        Assert.Equal((whole.DataRows, whole.SkippedRows), (chunked.DataRows, chunked.SkippedRows));
        Assert.Equal(23, chunked.SkippedRows);

        Assert.Equal(CustomerActivity.Compute(log, Window), activity.Activities.ToArray());
        LocalDate asOf = Window.End.PlusDays(10);
        Assert.Equal(Rfm.Values(log, Window, asOf, RfmMonetary.Total), Rfm.Values(activity.Activities, asOf, RfmMonetary.Total));
        Assert.Equal(Rfm.Values(log, Window, asOf, RfmMonetary.AveragePerPurchase), Rfm.Values(activity.Activities, asOf, RfmMonetary.AveragePerPurchase));
        CohortTable expected = Retention.Cohorts(log, Range, PeriodUnit.Month);
        Assert.True(expected.TotalCustomers > 1000);
        Assert.Equal(expected.ToCountArray(), cohorts.ToTable().ToCountArray());
    }

    [Fact]
    public void Chunks_NettingRefundsOrBadArguments_Refused()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("customer_id,order_date,amount\na,2024-01-01,1\n");
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => TransactionCsv.ReadInChunks(new MemoryStream(bytes), "x.csv", 10, _ => { }, new TransactionCsvOptions { Refunds = RefundPolicy.NetPerCustomerDay })).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => TransactionCsv.ReadInChunks(new MemoryStream(bytes), "x.csv", 0, _ => { }));
        Assert.Throws<ArgumentNullException>(() => TransactionCsv.ReadInChunks(new MemoryStream(bytes), "x.csv", 10, null!));
    }

    // A strict error in a late chunk: whole chunks before it may have been handed out (never a row after it), then the error names its line.
    [Fact]
    public void StrictErrorInALaterChunk_ThrowsWithItsLine()
    {
        string text = TransactionCsvThreadTests.GeneratedExport(rows: 300, customers: 50, seed: 2, badEvery: 0) + "C1,2024-02-30,1.00,1\n";
        int handed = 0;
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.ReadInChunks(new MemoryStream(Encoding.UTF8.GetBytes(text)), "x.csv", 100, chunk => handed += chunk.Length));
        Assert.Equal(302, e.Line);
        Assert.InRange(handed, 100, 300);
        Assert.Equal(0, handed % 100);
    }
}
