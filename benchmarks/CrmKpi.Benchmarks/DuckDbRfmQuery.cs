using System;
using System.Globalization;
using DuckDB.NET.Data;
using NodaTime;

namespace CrmKpi.Benchmarks;

/// <summary>
/// The RFM query every DuckDB baseline runs (CSV, Parquet, the tool comparison): per customer the last date,
/// count and total, then quintiles with <c>ntile(5)</c>, as CrmKpi's rank-based scores.
/// </summary>
public static class DuckDbRfmQuery
{
    /// <summary>The SELECT over a source (a table function such as <c>read_csv(...)</c> or <c>read_parquet(...)</c>).</summary>
    public static string Sql(string source, LocalDate asOf) => string.Create(CultureInfo.InvariantCulture, $"""
        WITH c AS (
          SELECT customer_id, max(order_date) AS last, count(*) AS frequency, sum(amount) AS monetary
          FROM {source} GROUP BY customer_id)
        SELECT customer_id, date_diff('day', last, DATE '{asOf:yyyy-MM-dd}') AS recency, frequency, monetary,
          ntile(5) OVER (ORDER BY date_diff('day', last, DATE '{asOf:yyyy-MM-dd}') DESC) AS r,
          ntile(5) OVER (ORDER BY frequency) AS f,
          ntile(5) OVER (ORDER BY monetary) AS m
        FROM c
        """);

    /// <summary>Runs the query on a new in-memory connection with the threads given and reads every row back into .NET.</summary>
    public static long Run(string source, LocalDate asOf, int threads)
    {
        using var connection = Open(threads);
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = Sql(source, asOf);
        using var reader = command.ExecuteReader();
        long check = 0;
        while (reader.Read())
        {
            check += reader.GetString(0).Length + reader.GetInt64(1) + reader.GetInt64(2) + reader.GetInt64(4) + reader.GetInt64(5) + reader.GetInt64(6);
        }

        return check;
    }

    /// <summary>An in-memory DuckDB connection limited to <paramref name="threads"/> threads.</summary>
    public static DuckDBConnection Open(int threads)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"SET threads TO {threads}");
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>A path inside a single-quoted SQL string.</summary>
    public static string Quoted(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
