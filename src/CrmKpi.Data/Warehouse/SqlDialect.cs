namespace CrmKpi.Data.Warehouse;

/// <summary>The SQL engine a warehouse query is written for (docs/data.md lists what differs).</summary>
public enum SqlDialect
{
    /// <summary>DuckDB: identifiers in double quotes.</summary>
    DuckDb = 0,

    /// <summary>PostgreSQL: identifiers in double quotes.</summary>
    Postgres = 1,

    /// <summary>Spark SQL (Databricks): identifiers in backticks.</summary>
    SparkSql = 2,

    /// <summary>Google BigQuery (GoogleSQL): identifiers in backticks.</summary>
    BigQuery = 3,

    /// <summary>Snowflake: identifiers in double quotes (quoted names are case-sensitive there).</summary>
    Snowflake = 4,
}
