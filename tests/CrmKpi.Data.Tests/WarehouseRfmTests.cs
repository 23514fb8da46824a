using System;
using System.Collections.Generic;
using System.Data.Common;
using CrmKpi.Data.Database;
using CrmKpi.Data.Warehouse;
using DuckDB.NET.Data;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

/// <summary>
/// The warehouse route: DuckDB aggregates a generated table with the generated SQL, the library finishes RFM
/// from the rows; the oracle is the in-memory path (the table read row by row into a log, then Rfm.Values).
/// </summary>
public sealed class WarehouseRfmTests
{
    private static readonly DateInterval Window = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30));
    private static readonly LocalDate AsOf = new(2024, 7, 15);
    private static readonly WarehouseTable Table = new("main.tx", "cust", "ts", "amt");

    [Theory]
    [InlineData(RfmMonetary.Total)]
    [InlineData(RfmMonetary.AveragePerPurchase)]
    public void DuckDb_GeneratedTable_EqualsTheInMemoryPath(RfmMonetary monetary)
    {
        using DuckDBConnection duck = OpenWithGeneratedTable(rows: 20_000, customers: 500);
        TransactionLog log = ReadLog(duck);
        RfmValues[] expected = Rfm.Values(log, Window, AsOf, monetary);

        WarehouseRfmResult result = ReadAggregates(duck, monetary);

        WarehouseAssert.SameAsInMemory(log, expected, result, minimumPurchasing: 400);

        // Scores and segments (value-based scoring does not depend on customer order) agree customer by customer.
        RfmScore[] expectedScores = Rfm.Score(expected, Rfm.DefaultBins, RfmScoring.ValueBased);
        RfmScore[] scores = Rfm.Score(result.Values, Rfm.DefaultBins, RfmScoring.ValueBased);
        RfmSegment[] expectedSegments = Rfm.Segments(expectedScores, RfmSegmentRules.Default);
        RfmSegment[] segments = Rfm.Segments(scores, RfmSegmentRules.Default);
        for (int i = 0; i < result.Customers.Count; i++)
        {
            log.Customers.TryGetIndex(result.Customers[i], out int c);
            Assert.Equal(expectedScores[c], scores[i]);
            Assert.Equal(expectedSegments[c], segments[i]);
        }
    }

    [Fact]
    public void DuckDb_NullAmount_IsAnErrorNotASkippedRow()
    {
        using DuckDBConnection duck = OpenWithGeneratedTable(rows: 100, customers: 5);
        Execute(duck, "INSERT INTO tx VALUES ('C1', TIMESTAMP '2024-03-01 10:00:00', NULL)");
        var e = Assert.Throws<DbDataException>(() => ReadAggregates(duck, RfmMonetary.Total));
        Assert.Contains("customer 'C1' has 1 null amounts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuckDb_RowsForAnotherWindow_AreRefused()
    {
        using DuckDBConnection duck = OpenWithGeneratedTable(rows: 100, customers: 5);
        using DbCommand command = duck.CreateCommand();
        command.CommandText = WarehouseSql.CustomerAggregates(SqlDialect.DuckDb, Table, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)));
        using DbDataReader reader = command.ExecuteReader();
        var e = Assert.Throws<DbDataException>(() => WarehouseRfm.Read(reader, Window, AsOf, RfmMonetary.Total));
        Assert.Contains("do not fit the window", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_QuotesIdentifiersPerDialect()
    {
        var table = new WarehouseTable("shop.orders", "Customer Id", "created_at", "total_price");
        Assert.Equal(
            "SELECT \"Customer Id\" AS customer_key, MIN(CAST(\"created_at\" AS DATE)) AS first_date, MAX(CAST(\"created_at\" AS DATE)) AS last_date, "
            + "COUNT(*) AS purchases, COUNT(\"total_price\") AS amount_rows, SUM(\"total_price\") AS total\n"
            + "FROM \"shop\".\"orders\"\n"
            + "WHERE CAST(\"created_at\" AS DATE) BETWEEN DATE '2024-01-01' AND DATE '2024-06-30'\n"
            + "GROUP BY \"Customer Id\"",
            WarehouseSql.CustomerAggregates(SqlDialect.Postgres, table, Window));
        string bigQuery = WarehouseSql.CustomerAggregates(SqlDialect.BigQuery, table with { Table = "proj.shop.orders" }, Window);
        Assert.Contains("FROM `proj`.`shop`.`orders`\n", bigQuery, StringComparison.Ordinal);
        Assert.StartsWith("SELECT `Customer Id` AS customer_key", bigQuery, StringComparison.Ordinal);
        Assert.Contains("FROM `shop`.`orders`", WarehouseSql.CustomerAggregates(SqlDialect.SparkSql, table, Window), StringComparison.Ordinal);
        Assert.Contains("FROM \"shop\".\"orders\"", WarehouseSql.CustomerAggregates(SqlDialect.Snowflake, table, Window), StringComparison.Ordinal);

        var e = Assert.Throws<ArgumentException>(() => WarehouseSql.CustomerAggregates(SqlDialect.DuckDb, table with { CustomerColumn = "a\"b" }, Window));
        Assert.Equal("table.CustomerColumn", e.ParamName);
        Assert.Throws<ArgumentException>(() => WarehouseSql.CustomerAggregates(SqlDialect.BigQuery, table with { Table = "a..b" }, Window));
        Assert.Throws<ArgumentOutOfRangeException>(() => WarehouseSql.CustomerAggregates((SqlDialect)99, table, Window));
    }

    private static WarehouseRfmResult ReadAggregates(DuckDBConnection duck, RfmMonetary monetary)
    {
        using DbCommand command = duck.CreateCommand();
        command.CommandText = WarehouseSql.CustomerAggregates(SqlDialect.DuckDb, Table, Window);
        using DbDataReader reader = command.ExecuteReader();
        return WarehouseRfm.Read(reader, Window, AsOf, monetary);
    }

    private static TransactionLog ReadLog(DuckDBConnection duck)
    {
        using DbCommand command = duck.CreateCommand();
        command.CommandText = "SELECT cust, ts, amt FROM tx";
        return TransactionDb.Read(command, new TransactionDbOptions { CustomerColumn = "cust", DateColumn = "ts", AmountColumn = "amt" }).Log;
    }

    /// <summary>Two years of timestamps, amounts in quarters (so every sum is exact in any order).</summary>
    private static DuckDBConnection OpenWithGeneratedTable(int rows, int customers)
    {
        var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        Execute(duck, $"""
            CREATE TABLE tx AS SELECT 'C' || CAST(hash(i) % {customers} AS VARCHAR) AS cust,
                TIMESTAMP '2023-01-01 00:00:00' + to_seconds(CAST(hash(i * 7 + 1) % (730 * 86400) AS BIGINT)) AS ts,
                CAST(hash(i * 13 + 2) % 40000 AS DOUBLE) / 4 AS amt
            FROM range({rows}) t(i)
            """);
        return duck;
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
