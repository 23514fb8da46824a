using System;
using System.Diagnostics;
using System.Globalization;
using CrmKpi.Data.Columnar;

namespace CrmKpi.Benchmarks;

/// <summary>
/// <c>parquet-rfm FILE THREADS [REPEATS] [parquet.net]</c>: reads a Parquet order file and computes the RFM table of
/// <see cref="ParquetBenchmarks"/>, REPEATS times in one process, printing the read and the whole time of each (the
/// first includes JIT warm-up); <c>parquet.net</c> sends every column through Parquet.Net instead of CrmKpi's page
/// decoder. For splitting a Parquet read's time by hand (docs/performance.md); the benchmark is the measurement.
/// </summary>
public static class ParquetRfmCommand
{
    public static int Run(string file, int threads, int repeats, bool parquetNet)
    {
        var options = new ColumnarTransactionOptions { MaxDegreeOfParallelism = threads, DecodePagesDirectly = !parquetNet };
        for (int i = 0; i < repeats; i++)
        {
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            ColumnarReadResult read = TransactionParquet.ReadAsync(file, options).AsTask().GetAwaiter().GetResult();
            double readSeconds = clock.Elapsed.TotalSeconds;
            long check = GeneratedOrders.RfmTable(read.Log);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{read.Rows:N0} rows, {read.Log.CustomerCount:N0} customers, {read.DirectChunks} of {read.Parts * (read.QuantityColumn is null ? 3 : 4)} column chunks decoded by CrmKpi: read {readSeconds:F3} s, read + RFM {clock.Elapsed.TotalSeconds:F3} s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F3} s ({check})"));
        }

        return 0;
    }
}
