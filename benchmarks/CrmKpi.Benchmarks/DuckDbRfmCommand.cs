using System.Globalization;
using DuckDB.NET.Data;
using NodaTime;

namespace CrmKpi.Benchmarks;

/// <summary>
/// The DuckDB side of the tool comparison in docs/performance.md: the RFM query of
/// <see cref="FileBenchmarks"/> over a CSV file, written to a CSV file as <c>crmkpi rfm -o</c> does, in
/// its own process so <c>/usr/bin/time</c> measures its wall time and peak memory:
/// <c>dotnet run -c Release --project benchmarks/CrmKpi.Benchmarks -- duckdb-rfm FILE THREADS OUT.csv</c>.
/// </summary>
public static class DuckDbRfmCommand
{
    public static int Run(string path, int threads, string output)
    {
        using DuckDBConnection connection = DuckDbRfmQuery.Open(threads);
        using DuckDBCommand command = connection.CreateCommand();
        string source = $"read_csv('{DuckDbRfmQuery.Quoted(path)}', header = true, columns = {"{"}'customer_id': 'VARCHAR', 'order_date': 'DATE', 'amount': 'DOUBLE', 'quantity': 'INTEGER'{"}"})";
        command.CommandText = $"COPY ({DuckDbRfmQuery.Sql(source, new LocalDate(2024, 12, 31))}) TO '{DuckDbRfmQuery.Quoted(output)}' (HEADER)";
        command.ExecuteNonQuery();
        return 0;
    }

}
