using System;
using System.Diagnostics;
using System.Globalization;
using CrmKpi.Data;
using NodaTime;

namespace CrmKpi.Benchmarks;

/// <summary>
/// <c>stream-rfm FILE CHUNK_ROWS</c>: the RFM table and the monthly cohort table of a CSV export larger than memory,
/// read in chunks (<see cref="TransactionCsv.ReadInChunks(string, int, TransactionChunkHandler, TransactionCsvOptions?)"/>)
/// into the accumulators; for measuring time and peak memory with <c>/usr/bin/time</c> (docs/performance.md).
/// </summary>
public static class StreamRfmCommand
{
    public static int Run(string file, int chunkRows)
    {
        var range = new DateInterval(LocalDate.FromDateOnly(Data.OrderExport.Start), LocalDate.FromDateOnly(Data.OrderExport.End));
        var clock = Stopwatch.StartNew();
        var activity = new CustomerActivityAccumulator(range);
        var cohorts = new CohortAccumulator(range, PeriodUnit.Month);
        long rows = 0;
        CsvReadResult<CustomerKeys> read = TransactionCsv.ReadInChunks(file, chunkRows, chunk =>
        {
            activity.Add(chunk);
            cohorts.Add(chunk);
            rows += chunk.Length;
        });
        RfmValues[] values = Rfm.Values(activity.Activities, range.End, RfmMonetary.Total);
        RfmScore[] scores = Rfm.Score(values, Rfm.DefaultBins, RfmScoring.RankBased);
        CohortTable table = cohorts.ToTable();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows:N0} rows, {read.Log.Count:N0} customers, {table.CohortCount} monthly cohorts ({table.TotalCustomers:N0} customers), first score {scores[0]}: {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
