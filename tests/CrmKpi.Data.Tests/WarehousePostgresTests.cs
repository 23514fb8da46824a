using System;
using System.Data.Common;
using CrmKpi.Data.Database;
using CrmKpi.Data.Warehouse;
using NodaTime;
using Npgsql;
using Xunit;

namespace CrmKpi.Data.Tests;

/// <summary>
/// The warehouse route on a real PostgreSQL server through Npgsql: the generated SQL aggregates a generated
/// table, and the RFM values equal the in-memory path on the same rows.
/// </summary>
public sealed class WarehousePostgresTests
{
    private static readonly DateInterval Window = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30));
    private static readonly LocalDate AsOf = new(2024, 7, 15);

    [PostgresFact]
    public void Postgres_GeneratedTable_EqualsTheInMemoryPath()
    {
        using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable));
        connection.Open();

        // A schema of its own, dropped at the end, so parallel or repeated runs do not meet.
        string schema = "crmkpi_test_" + Guid.NewGuid().ToString("N");
        Execute(connection, $"""
            CREATE SCHEMA {schema};
            CREATE TABLE {schema}.tx AS
                SELECT 'C' || (i * 7919 % 300) AS cust,
                       TIMESTAMP '2023-01-01' + make_interval(secs => (i::bigint * 104729 % (730 * 86400))) AS ts,
                       (i * 31 % 40000) / 4.0::double precision AS amt
                FROM generate_series(1, 12000) AS g(i);
            """);
        try
        {
            TransactionLog log;
            using (NpgsqlCommand all = new($"SELECT cust, ts, amt FROM {schema}.tx", connection))
            {
                log = TransactionDb.Read(all, new TransactionDbOptions { CustomerColumn = "cust", DateColumn = "ts", AmountColumn = "amt" }).Log;
            }

            Assert.Equal(12000, log.Length);
            RfmValues[] expected = Rfm.Values(log, Window, AsOf, RfmMonetary.Total);

            var table = new WarehouseTable(schema + ".tx", "cust", "ts", "amt");
            using NpgsqlCommand command = new(WarehouseSql.CustomerAggregates(SqlDialect.Postgres, table, Window), connection);
            using DbDataReader reader = command.ExecuteReader();
            WarehouseRfmResult result = WarehouseRfm.Read(reader, Window, AsOf, RfmMonetary.Total);

            WarehouseAssert.SameAsInMemory(log, expected, result, minimumPurchasing: 100);
        }
        finally
        {
            Execute(connection, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    [PostgresFact]
    public void Postgres_CohortCounts_EqualTheInMemoryCohortTable()
    {
        using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable));
        connection.Open();
        string schema = "crmkpi_test_" + Guid.NewGuid().ToString("N");
        Execute(connection, $"""
            CREATE SCHEMA {schema};
            CREATE TABLE {schema}.tx AS
                SELECT 'C' || (i % 300) AS cust,
                       TIMESTAMP '2023-01-01' + make_interval(days => (i % 300) * 2 + (i * 7919 % 200), secs => i * 37 % 86400) AS ts,
                       1.0::double precision AS amt
                FROM generate_series(1, 12000) AS g(i);
            """);
        try
        {
            TransactionLog log;
            using (NpgsqlCommand all = new($"SELECT cust, ts, amt FROM {schema}.tx", connection))
            {
                log = TransactionDb.Read(all, new TransactionDbOptions { CustomerColumn = "cust", DateColumn = "ts", AmountColumn = "amt" }).Log;
            }

            var range = new DateInterval(new LocalDate(2023, 3, 15), new LocalDate(2024, 10, 10));
            foreach (PeriodUnit unit in (PeriodUnit[])[PeriodUnit.Month, PeriodUnit.Quarter, PeriodUnit.Year])
            {
                CohortTable expected = Retention.Cohorts(log, range, unit);
                using NpgsqlCommand command = new(WarehouseSql.CohortCounts(SqlDialect.Postgres, new WarehouseTable(schema + ".tx", "cust", "ts", "amt"), range, unit), connection);
                using DbDataReader reader = command.ExecuteReader();
                Assert.Equal(expected.ToCountArray(), WarehouseCohorts.Read(reader, range, unit).ToCountArray());
            }
        }
        finally
        {
            Execute(connection, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
