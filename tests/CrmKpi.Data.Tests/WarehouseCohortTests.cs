using System;
using System.Data.Common;
using CrmKpi.Data.Database;
using CrmKpi.Data.Warehouse;
using DuckDB.NET.Data;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

/// <summary>
/// The warehouse route for cohorts on embedded DuckDB: the generated SQL counts the cohorts of a generated table,
/// and the table read back equals <see cref="Retention.Cohorts(TransactionColumns, DateInterval, PeriodUnit)"/> on
/// the same rows read row by row.
/// </summary>
public sealed class WarehouseCohortTests
{
    // Partial periods at both ends: the range starts and ends mid-month, mid-quarter and mid-year.
    private static readonly DateInterval Range = new(new LocalDate(2023, 2, 10), new LocalDate(2024, 11, 20));

    [Theory]
    [InlineData(PeriodUnit.Month)]
    [InlineData(PeriodUnit.Quarter)]
    [InlineData(PeriodUnit.Year)]
    public void DuckDb_GeneratedTable_EqualsTheInMemoryCohortTable(PeriodUnit unit)
    {
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        Execute(duck, """
            CREATE TABLE tx AS
                SELECT 'C' || (i % 400) AS cust,
                       TIMESTAMP '2022-12-01' + to_days(CAST((i % 400) * 2 + (i * 7919 % 200) AS INTEGER)) + to_seconds(i * 37 % 86400) AS ts,
                       (i * 31 % 4000) / 4.0 AS amt
                FROM range(1, 15001) AS t(i)
            """);
        TransactionLog log;
        using (DbCommand all = duck.CreateCommand())
        {
            all.CommandText = "SELECT cust, ts, amt FROM tx";
            log = TransactionDb.Read(all, new TransactionDbOptions { CustomerColumn = "cust", DateColumn = "ts", AmountColumn = "amt" }).Log;
        }

        CohortTable expected = Retention.Cohorts(log, Range, unit);
        Assert.True(expected.TotalCustomers > 250, $"{expected.TotalCustomers} customers, {log.Length} rows, {log.CustomerCount} in the log, dates {log.DateRange()}");

        using DbCommand command = duck.CreateCommand();
        command.CommandText = WarehouseSql.CohortCounts(SqlDialect.DuckDb, new WarehouseTable("tx", "cust", "ts", "amt"), Range, unit);
        using DbDataReader reader = command.ExecuteReader();
        CohortTable actual = WarehouseCohorts.Read(reader, Range, unit);

        Assert.Equal(expected.ToCountArray(), actual.ToCountArray());
        Assert.Equal(expected.TotalCustomers, actual.TotalCustomers);
        Assert.Equal((expected.Unit, expected.Range, expected.CohortCount), (actual.Unit, actual.Range, actual.CohortCount));
    }

    [Theory]
    [InlineData(SqlDialect.DuckDb, "first_month // 3", "\"tx\"")]
    [InlineData(SqlDialect.Postgres, "first_month / 3", "\"tx\"")]
    [InlineData(SqlDialect.SparkSql, "first_month DIV 3", "`tx`")]
    [InlineData(SqlDialect.BigQuery, "DIV(first_month, 3)", "`tx`")]
    [InlineData(SqlDialect.Snowflake, "FLOOR(first_month / 3)", "\"tx\"")]
    public void CohortSql_UsesEachDialectsIntegerDivisionAndQuoting(SqlDialect dialect, string division, string table)
    {
        string sql = WarehouseSql.CohortCounts(dialect, new WarehouseTable("tx", "cust", "ts", "amt"), Range, PeriodUnit.Quarter);
        Assert.Contains(division, sql, StringComparison.Ordinal);
        Assert.Contains("FROM " + table, sql, StringComparison.Ordinal);
        Assert.Contains("BETWEEN DATE '2023-02-10' AND DATE '2024-11-20'", sql, StringComparison.Ordinal);
        Assert.Contains(dialect == SqlDialect.BigQuery ? "AS INT64)" : dialect == SqlDialect.SparkSql ? "AS INT)" : "AS INTEGER)", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void CohortSql_Weeks_Refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WarehouseSql.CohortCounts(SqlDialect.DuckDb, new WarehouseTable("tx", "c", "d", "a"), Range, PeriodUnit.IsoWeek));
        Assert.Equal("unit", e.ParamName);
    }

    [Fact]
    public void Read_RowsOfAnotherRangeOrNotACohortTable_OneClearError()
    {
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using DbCommand outside = duck.CreateCommand();
        outside.CommandText = "SELECT 24000 AS cohort_period, 24000 AS period, 3 AS customers";    // the year 2000, before the range
        using (DbDataReader reader = outside.ExecuteReader())
        {
            var e = Assert.Throws<DbDataException>(() => WarehouseCohorts.Read(reader, Range, PeriodUnit.Month));
            Assert.Equal(1, e.Row);
            Assert.Contains("do not lie in the range", e.Message, StringComparison.Ordinal);
        }

        using DbCommand overSize = duck.CreateCommand();
        int feb2023 = (2023 * 12) + 1;
        overSize.CommandText = $"SELECT {feb2023} AS cohort_period, {feb2023} AS period, 2 AS customers UNION ALL SELECT {feb2023}, {feb2023 + 1}, 5";
        using (DbDataReader reader = overSize.ExecuteReader())
        {
            var e = Assert.Throws<DbDataException>(() => WarehouseCohorts.Read(reader, Range, PeriodUnit.Month));
            Assert.Contains("above the cohort's size 2", e.Message, StringComparison.Ordinal);
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
