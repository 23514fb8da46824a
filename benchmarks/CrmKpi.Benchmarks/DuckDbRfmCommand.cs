using System.Globalization;
using DuckDB.NET.Data;

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
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"SET threads TO {threads}");
        command.ExecuteNonQuery();
        command.CommandText = $"""
            COPY (
              WITH c AS (
                SELECT customer_id, max(order_date) AS last, count(*) AS frequency, sum(amount) AS monetary
                FROM read_csv('{Quote(path)}', header = true, columns = {"{"}'customer_id': 'VARCHAR', 'order_date': 'DATE', 'amount': 'DOUBLE', 'quantity': 'INTEGER'{"}"})
                GROUP BY customer_id)
              SELECT customer_id, date_diff('day', last, DATE '2024-12-31') AS recency, frequency, monetary,
                ntile(5) OVER (ORDER BY date_diff('day', last, DATE '2024-12-31') DESC) AS r,
                ntile(5) OVER (ORDER BY frequency) AS f,
                ntile(5) OVER (ORDER BY monetary) AS m
              FROM c)
            TO '{Quote(output)}' (HEADER)
            """;
        command.ExecuteNonQuery();
        return 0;
    }

    private static string Quote(string text) => text.Replace("'", "''", System.StringComparison.Ordinal);
}
