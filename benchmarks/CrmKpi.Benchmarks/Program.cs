using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CrmKpi.Benchmarks;

/// <summary>
/// Runs the benchmarks the arguments select, for example
/// <c>dotnet run -c Release --project benchmarks/CrmKpi.Benchmarks -- --filter '*' --job Dry</c>.
/// Exits non-zero when a benchmark failed to build or run, so CI's dry run catches a broken one.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["generate-orders", string path, string rows, ..])
        {
            // The order export of the file benchmarks (Data/OrderExport.cs), for measuring the tool by hand.
            Data.OrderExport.Write(path, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        if (args is ["duckdb-rfm", string file, string threads, string output, ..])
        {
            return DuckDbRfmCommand.Run(file, int.Parse(threads, System.Globalization.CultureInfo.InvariantCulture), output);
        }

        if (args is ["stream-rfm", string stream, string chunkRows, ..])
        {
            return StreamRfmCommand.Run(stream, int.Parse(chunkRows, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args is ["parquet-rfm", string parquet, string readThreads, ..])
        {
            int repeats = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3;
            return ParquetRfmCommand.Run(parquet, int.Parse(readThreads, System.Globalization.CultureInfo.InvariantCulture), repeats, args.Length > 4 && args[4] == "parquet.net");
        }

        IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
