using System;
using System.Data.Common;
using System.IO;
using CrmKpi.Data.Database;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

/// <summary>
/// The ADO.NET reader against real embedded databases: DuckDB loads the CSV fixture with its own CSV
/// reader (an independent parse, compared with <see cref="TransactionCsv"/>), SQLite runs a SQL fixture
/// whose values the expectations are written from.
/// </summary>
public sealed class TransactionDbTests
{
    private static readonly string OrdersCsv = Fixture.Path(Path.Combine("db", "orders.csv"));

    [Fact]
    public void DuckDb_TypedTable_EqualsTheCsvReaderOnTheSameFile()
    {
        using DuckDBConnection duck = OpenDuckWithOrders();
        DbReadResult result = ReadDuck(duck, "SELECT * FROM orders", null);
        TransactionLog expected = TransactionCsv.Load(OrdersCsv);

        AssertSameLog(expected, result.Log);
        Assert.Equal(12, result.Rows);
        Assert.Equal(6, result.Log.CustomerCount);
        Assert.Equal(("customer_id", "order_date", "amount", "quantity"), (result.CustomerColumn, result.DateColumn, result.AmountColumn, result.QuantityColumn));

        // Golden from the fixture: the amounts sum to 1388.80 and C004 bought 10 items on leap day.
        double sum = 0;
        foreach (double a in result.Log.Amounts)
        {
            sum += a;
        }

        Assert.Equal(1388.80, sum, 1e-9);
        Assert.Equal("C004", result.Log.CustomerKey(result.Log.CustomerIndexes[6]));
        Assert.Equal(new LocalDate(2024, 2, 29), result.Log.Dates[6]);
        Assert.Equal(10, result.Log.ItemCounts[6]);
    }

    [Fact]
    public void DuckDb_NetRefunds_EqualsTheCsvReader()
    {
        using DuckDBConnection duck = OpenDuckWithOrders();
        DbReadResult result = ReadDuck(duck, "SELECT * FROM orders", new TransactionDbOptions { Refunds = RefundPolicy.NetPerCustomerDay });
        CsvReadResult<TransactionLog> csv = TransactionCsv.Read(OrdersCsv, new TransactionCsvOptions { Refunds = RefundPolicy.NetPerCustomerDay });

        AssertSameLog(csv.Log, result.Log);
        Assert.Equal(1, result.NettedRows);
        Assert.Equal(11, result.Log.Length);

        // C002 on 14 February: -35 and 60 become one row of 25 with 2 items... plus the refund's 1: 3.
        Assert.Equal(25.0, result.Log.Amounts[4], 1e-12);
        Assert.Equal(3, result.Log.ItemCounts[4]);
    }

    [Fact]
    public void DuckDb_RejectRefunds_NamesTheRowAndColumn()
    {
        using DuckDBConnection duck = OpenDuckWithOrders();
        var e = Assert.Throws<DbDataException>(() => ReadDuck(duck, "SELECT * FROM orders", new TransactionDbOptions { Refunds = RefundPolicy.Reject }));
        Assert.Equal(5, e.Row);
        Assert.Equal("amount", e.Column);
        Assert.StartsWith("row 5, column 'amount': negative amount -35", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuckDb_IntegerKeysDoublesAndTimestamps()
    {
        using DuckDBConnection duck = OpenDuck();
        TransactionLog log = ReadDuck(duck,
            "SELECT * FROM (VALUES (42::BIGINT, TIMESTAMP '2024-03-01 23:59:59', 10.5::DOUBLE), (7::BIGINT, TIMESTAMP '2024-03-02 00:00:00', 2::DOUBLE), (42::BIGINT, TIMESTAMP '2024-03-03 12:00:00', 1.25::DOUBLE)) AS t(customer_id, order_date, amount) ORDER BY order_date",
            null).Log;
        Assert.Equal(["42", "7"], log.Customers.ToArray());
        Assert.Equal([0, 1, 0], log.CustomerIndexes.ToArray());
        Assert.Equal([new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 2), new LocalDate(2024, 3, 3)], log.Dates.ToArray());
        Assert.Equal([10.5, 2.0, 1.25], log.Amounts.ToArray());
        Assert.False(log.HasItemCounts);
    }

    [Fact]
    public void DuckDb_TimestampWithTimeZone_TakesTheDateInTheNamedZone()
    {
        using DuckDBConnection duck = OpenDuck();
        // DuckDB.NET returns a TIMESTAMPTZ as a DateTime of unspecified kind holding UTC (the session zone is UTC here).
        Execute(duck, "SET TimeZone = 'UTC'");
        const string Sql = "SELECT 'C2' AS customer_id, TIMESTAMPTZ '2024-01-31 23:30:00+00' AS created_at, 20 AS amount";
        var utc = new TransactionDbOptions { UnspecifiedTimestampsAreUtc = true };
        Assert.Equal(new LocalDate(2024, 2, 1), ReadDuck(duck, Sql, utc with { TimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] }).Log.Dates[0]);
        Assert.Equal(new LocalDate(2024, 1, 31), ReadDuck(duck, Sql, utc with { TimeZone = DateTimeZone.Utc }).Log.Dates[0]);
        Assert.Equal(new LocalDate(2024, 1, 31), ReadDuck(duck, Sql, utc with { TimeZone = DateTimeZoneProviders.Tzdb["America/New_York"] }).Log.Dates[0]);

        // Without the flag an unspecified timestamp is a wall-clock time: its date as written, whatever the zone.
        Assert.Equal(new LocalDate(2024, 1, 31), ReadDuck(duck, Sql, new TransactionDbOptions { TimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] }).Log.Dates[0]);
    }

    [Fact]
    public void DuckDb_BadValues_NameTheRowAndColumn()
    {
        using DuckDBConnection duck = OpenDuck();
        AssertFails(duck, "SELECT * FROM (VALUES ('a', DATE '2024-01-01', 1.0), ('b', NULL, 2.0)) AS t(customer_id, order_date, amount)",
            null, "row 2, column 'order_date': null date");
        AssertFails(duck, "SELECT 'a' AS customer_id, DATE '2024-01-01' AS order_date, 1.0 AS amount, 2.5 AS quantity",
            null, "row 1, column 'quantity': 2.5 is not a whole number of items");
        AssertFails(duck, "SELECT 'a' AS customer_id, DATE '2024-01-01' AS order_date, 1.0 AS amount, -1 AS quantity",
            null, "row 1, column 'quantity': -1 is not a whole number of items");
        AssertFails(duck, "SELECT '  ' AS customer_id, DATE '2024-01-01' AS order_date, 1.0 AS amount",
            null, "row 1, column 'customer_id': empty customer id");
        AssertFails(duck, "SELECT 'a' AS customer_id, DATE '2024-01-01' AS order_date, 'n/a' AS amount",
            null, "row 1, column 'amount': 'n/a' is not a number");
        AssertFails(duck, "SELECT 'a' AS customer_id, DATE '2024-01-01' AS order_date, 'inf'::DOUBLE AS amount",
            null, "row 1, column 'amount': the amount Infinity is not finite");
        AssertFails(duck, "SELECT 'a' AS customer_id, 'a' AS Customer_ID, DATE '2024-01-01' AS order_date, 1.0 AS amount",
            null, "the customer column 'customer_id' is ambiguous: columns 1 and 2");
        AssertFails(duck, "SELECT 'a' AS who, DATE '2024-01-01' AS order_date, 1.0 AS amount",
            null, "no customer column: none of customer_id, customer,");
        AssertFails(duck, "SELECT 'a' AS who, DATE '2024-01-01' AS order_date, 1.0 AS amount",
            new TransactionDbOptions { CustomerColumn = "buyer" }, "no customer column 'buyer'; the result has 'who', 'order_date', 'amount'");
        AssertFails(duck, "SELECT 'a' AS customer_id, DATE '2024-01-01' AS order_date, 1.0 AS amount",
            new TransactionDbOptions { QuantityColumn = "qty" }, "no quantity column 'qty'");
    }

    [Fact]
    public void Sqlite_NamedColumnsTextDatesAndIntegerKeys()
    {
        using SqliteConnection sqlite = OpenSqliteWithDeals();
        var options = new TransactionDbOptions { CustomerColumn = "account", DateColumn = "CLOSED_AT", AmountColumn = "Deal_Value", QuantityColumn = "seats" };
        DbReadResult result = ReadSqlite(sqlite, "SELECT * FROM deals ORDER BY Deal_Id", options);
        TransactionLog log = result.Log;

        // Expected values are the fixture's (crm.sql), row by row.
        Assert.Equal(("Account", "Closed_At", "Deal_Value", "Seats"), (result.CustomerColumn, result.DateColumn, result.AmountColumn, result.QuantityColumn));
        Assert.Equal(["1001", "1002", "1003"], log.Customers.ToArray());
        Assert.Equal([0, 1, 0, 2, 1], log.CustomerIndexes.ToArray());
        Assert.Equal(
            [new LocalDate(2024, 5, 2), new LocalDate(2024, 5, 2), new LocalDate(2024, 5, 20), new LocalDate(2024, 5, 31), new LocalDate(2024, 6, 1)],
            log.Dates.ToArray());
        Assert.Equal([1500.0, 250.5, 300.0, 99.99, 4000.0], log.Amounts.ToArray());
        Assert.Equal([5, 1, 2, 1, 12], log.ItemCounts.ToArray());

        // The one timestamp with a Z is an instant: in Tokyo (UTC+9) it is 1 June.
        TransactionLog tokyo = ReadSqlite(sqlite, "SELECT * FROM deals ORDER BY Deal_Id", options with { TimeZone = DateTimeZoneProviders.Tzdb["Asia/Tokyo"] }).Log;
        Assert.Equal(new LocalDate(2024, 6, 1), tokyo.Dates[3]);
        Assert.Equal(new LocalDate(2024, 5, 20), tokyo.Dates[2]);
    }

    [Fact]
    public void Sqlite_EqualsTheCsvReaderOnTheOrdersFixture()
    {
        using var sqlite = new SqliteConnection("Data Source=:memory:");
        sqlite.Open();
        Execute(sqlite, "CREATE TABLE orders (customer_id TEXT, order_date TEXT, amount REAL, quantity INTEGER)");
        using (DbTransaction tx = sqlite.BeginTransaction())
        {
            // The fixture's fields go in as SQLite text and numbers, split by hand (not by the reader under test).
            foreach (string line in File.ReadLines(OrdersCsv))
            {
                if (line.StartsWith("customer_id", StringComparison.Ordinal))
                {
                    continue;
                }

                string[] f = line.Split(',');
                using SqliteCommand insert = sqlite.CreateCommand();
                insert.CommandText = $"INSERT INTO orders VALUES ('{f[0]}', '{f[1]}', {f[2]}, {f[3]})";
                insert.ExecuteNonQuery();
            }

            tx.Commit();
        }

        AssertSameLog(TransactionCsv.Load(OrdersCsv), ReadSqlite(sqlite, "SELECT * FROM orders ORDER BY rowid", null).Log);
    }

    [Fact]
    public void Sqlite_NullAndBadTextDate_NameTheRowAndColumn()
    {
        using SqliteConnection sqlite = OpenSqliteWithDeals();
        Execute(sqlite, "INSERT INTO deals VALUES (6, 1004, 'yesterday', 10, 1)");
        var options = new TransactionDbOptions { CustomerColumn = "Account", DateColumn = "Closed_At", AmountColumn = "Deal_Value", ReadQuantity = false };
        var bad = Assert.Throws<DbDataException>(() => ReadSqlite(sqlite, "SELECT * FROM deals WHERE Deal_Id >= 6 ORDER BY Deal_Id", options));
        Assert.StartsWith("row 1, column 'Closed_At': 'yesterday' is not a date", bad.Message, StringComparison.Ordinal);
        var nul = Assert.Throws<DbDataException>(() => ReadSqlite(sqlite, "SELECT 1005 AS Account, '2024-06-02' AS Closed_At, NULL AS Deal_Value", options));
        Assert.Equal("row 1, column 'Deal_Value': null amount", nul.Message);
    }

    private static DuckDBConnection OpenDuck()
    {
        var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        return duck;
    }

    private static DuckDBConnection OpenDuckWithOrders()
    {
        DuckDBConnection duck = OpenDuck();
        Execute(duck, $$"""
            CREATE TABLE orders AS SELECT * FROM read_csv('{{OrdersCsv.Replace("'", "''", StringComparison.Ordinal)}}', header = true,
                columns = {'customer_id': 'VARCHAR', 'order_date': 'DATE', 'amount': 'DECIMAL(12,2)', 'quantity': 'INTEGER'})
            """);
        return duck;
    }

    private static SqliteConnection OpenSqliteWithDeals()
    {
        var sqlite = new SqliteConnection("Data Source=:memory:");
        sqlite.Open();
        Execute(sqlite, File.ReadAllText(Fixture.Path(Path.Combine("db", "crm.sql"))));
        return sqlite;
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static DbReadResult ReadDuck(DuckDBConnection duck, string sql, TransactionDbOptions? options)
    {
        using DbCommand command = duck.CreateCommand();
        command.CommandText = sql;
        return TransactionDb.Read(command, options);
    }

    private static DbReadResult ReadSqlite(SqliteConnection sqlite, string sql, TransactionDbOptions? options)
    {
        using DbCommand command = sqlite.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        return TransactionDb.Read(reader, options);
    }

    private static void AssertFails(DuckDBConnection duck, string sql, TransactionDbOptions? options, string expectedStart)
    {
        var e = Assert.Throws<DbDataException>(() => ReadDuck(duck, sql, options));
        Assert.StartsWith(expectedStart, e.Message, StringComparison.Ordinal);
    }

    private static void AssertSameLog(TransactionLog expected, TransactionLog actual)
    {
        Assert.Equal(expected.Customers.ToArray(), actual.Customers.ToArray());
        Assert.Equal(expected.CustomerIndexes.ToArray(), actual.CustomerIndexes.ToArray());
        Assert.Equal(expected.Dates.ToArray(), actual.Dates.ToArray());
        Assert.Equal(expected.Amounts.ToArray(), actual.Amounts.ToArray());
        Assert.Equal(expected.HasItemCounts, actual.HasItemCounts);
        Assert.Equal(expected.ItemCounts.ToArray(), actual.ItemCounts.ToArray());
    }
}
