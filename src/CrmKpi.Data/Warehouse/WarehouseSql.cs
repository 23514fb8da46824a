using System;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;

namespace CrmKpi.Data.Warehouse;

/// <summary>
/// Plain SQL that makes a warehouse do the heavy part of a KPI: one row per customer instead of one per
/// transaction, read back with <see cref="WarehouseRfm"/>.
/// </summary>
public static class WarehouseSql
{
    /// <summary>The columns <see cref="CustomerAggregates"/> returns, in order.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> AggregateColumns { get; } =
        ["customer_key", "first_date", "last_date", "purchases", "amount_rows", "total"];

    /// <summary>
    /// The per-customer aggregation of the transactions dated in <paramref name="window"/>: the customer, the
    /// first and last purchase date, the number of rows, the number of non-null amounts and their sum.
    /// </summary>
    /// <param name="dialect">The engine.</param>
    /// <param name="table">The table and its columns.</param>
    /// <param name="window">The inclusive window whose purchases count; ISO calendar.</param>
    /// <returns>One <c>SELECT</c> statement, without a trailing semicolon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/>, one of its names, or <paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is empty, has an empty part or holds the dialect's quote character or a control character;
    /// or the window is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is not defined.</exception>
    /// <remarks>
    /// Rows whose date is null are in no window, as a log cannot hold them. A null amount is counted in
    /// <c>purchases</c> but not in <c>amount_rows</c>; <see cref="WarehouseRfm.Read"/> reports it as an error rather
    /// than letting <c>SUM</c> skip it.
    /// </remarks>
    public static string CustomerAggregates(SqlDialect dialect, WarehouseTable table, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(window);
        if (!Enum.IsDefined(dialect))
        {
            throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "not a defined SqlDialect");
        }

        if (window.Start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"the window {window} is not in the ISO calendar", nameof(window));
        }

        string t = QualifiedName(dialect, table.Table, nameof(table) + "." + nameof(table.Table));
        string c = Identifier(dialect, table.CustomerColumn, nameof(table) + "." + nameof(table.CustomerColumn));
        string d = Identifier(dialect, table.DateColumn, nameof(table) + "." + nameof(table.DateColumn));
        string a = Identifier(dialect, table.AmountColumn, nameof(table) + "." + nameof(table.AmountColumn));
        string day = $"CAST({d} AS DATE)";
        return new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"SELECT {c} AS customer_key, MIN({day}) AS first_date, MAX({day}) AS last_date, ")
            .Append(CultureInfo.InvariantCulture, $"COUNT(*) AS purchases, COUNT({a}) AS amount_rows, SUM({a}) AS total\n")
            .Append(CultureInfo.InvariantCulture, $"FROM {t}\n")
            .Append(CultureInfo.InvariantCulture, $"WHERE {day} BETWEEN {DateLiteral(window.Start)} AND {DateLiteral(window.End)}\n")
            .Append(CultureInfo.InvariantCulture, $"GROUP BY {c}")
            .ToString();
    }

    /// <summary>A date literal every supported dialect reads: <c>DATE 'yyyy-MM-dd'</c>.</summary>
    /// <summary>The columns <see cref="CohortCounts"/> returns, in order: the cohort's period number, the period's number, the customers.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> CohortColumns { get; } = ["cohort_period", "period", "customers"];

    /// <summary>
    /// SQL for the cohort table of a transaction table, for the engine to run at its scale: for each cohort (the
    /// customers whose first purchase of all falls in a period of <paramref name="range"/>; customers who first
    /// bought before the range are in no cohort, as in <see cref="Retention.Cohorts(TransactionColumns, DateInterval, PeriodUnit)"/>)
    /// and each period of the range, the number of those customers who bought in it. Periods are numbered as whole numbers (months since year 0,
    /// <c>month / 3</c> for quarters, <c>month / 12</c> for years), so no date truncation function is needed;
    /// <see cref="WarehouseCohorts.Read"/> turns the rows into a <see cref="CohortTable"/>.
    /// </summary>
    /// <param name="dialect">The engine's SQL dialect: it decides the quoting of names, the integer type and integer division.</param>
    /// <param name="table">The table and its columns (the amount column is not read).</param>
    /// <param name="range">The inclusive range of acquisition and observation; ISO calendar.</param>
    /// <param name="unit">Month, quarter or year (ISO weeks are not generated: engines disagree on week numbering).</param>
    /// <returns>One SELECT statement returning <see cref="CohortColumns"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/>, one of its names, or <paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException">A name cannot be quoted in the dialect, or the range is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> or <paramref name="unit"/> is not defined, or <paramref name="unit"/> is <see cref="PeriodUnit.IsoWeek"/>.</exception>
    public static string CohortCounts(SqlDialect dialect, WarehouseTable table, DateInterval range, PeriodUnit unit)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(range);
        if (!Enum.IsDefined(dialect))
        {
            throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "not a defined SqlDialect");
        }

        int months = MonthsPerPeriod(unit);
        if (range.Start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"the range {range} is not in the ISO calendar", nameof(range));
        }

        string t = QualifiedName(dialect, table.Table, nameof(table) + "." + nameof(table.Table));
        string c = Identifier(dialect, table.CustomerColumn, nameof(table) + "." + nameof(table.CustomerColumn));
        string d = Identifier(dialect, table.DateColumn, nameof(table) + "." + nameof(table.DateColumn));
        string day = $"CAST({d} AS DATE)";
        string integer = dialect switch { SqlDialect.BigQuery => "INT64", SqlDialect.SparkSql => "INT", _ => "INTEGER" };
        string month = $"CAST(EXTRACT(YEAR FROM {day}) AS {integer}) * 12 + CAST(EXTRACT(MONTH FROM {day}) AS {integer}) - 1";
        string period = months == 1 ? "month_number" : IntegerDivision(dialect, "month_number", months);
        string cohort = months == 1 ? "first_month" : IntegerDivision(dialect, "first_month", months);
        string inRange = $"BETWEEN {DateLiteral(range.Start)} AND {DateLiteral(range.End)}";
        return new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"WITH months AS (\n  SELECT {c} AS customer_key, {day} AS day, {month} AS month_number\n  FROM {t}),\n")
            .Append("firsts AS (SELECT customer_key, MIN(day) AS first_day, MIN(month_number) AS first_month FROM months GROUP BY customer_key),\n")
            .Append(CultureInfo.InvariantCulture, $"cohorts AS (SELECT customer_key, {cohort} AS cohort_period FROM firsts WHERE first_day {inRange}),\n")
            .Append(CultureInfo.InvariantCulture, $"periods AS (SELECT DISTINCT customer_key, {period} AS period FROM months WHERE day {inRange})\n")
            .Append("SELECT c.cohort_period AS cohort_period, p.period AS period, COUNT(*) AS customers\n")
            .Append("FROM periods p JOIN cohorts c ON p.customer_key = c.customer_key\n")
            .Append("GROUP BY c.cohort_period, p.period")
            .ToString();
    }

    /// <summary>The months a cohort period spans; weeks are refused.</summary>
    internal static int MonthsPerPeriod(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Month => 1,
        PeriodUnit.Quarter => 3,
        PeriodUnit.Year => 12,
        PeriodUnit.IsoWeek => throw new ArgumentOutOfRangeException(nameof(unit), unit, "weekly cohorts are not generated as SQL: engines number weeks differently; use Month, Quarter or Year"),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "not a defined PeriodUnit"),
    };

    // Whole-number division of a non-negative integer: '/' divides as decimals in DuckDB, Spark, BigQuery and Snowflake.
    private static string IntegerDivision(SqlDialect dialect, string value, int divisor) => dialect switch
    {
        SqlDialect.DuckDb => $"{value} // {divisor}",
        SqlDialect.Postgres => $"{value} / {divisor}",
        SqlDialect.SparkSql => $"{value} DIV {divisor}",
        SqlDialect.BigQuery => $"DIV({value}, {divisor})",
        _ => $"FLOOR({value} / {divisor})",
    };

    private static string DateLiteral(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"DATE '{date.Year:D4}-{date.Month:D2}-{date.Day:D2}'");

    private static string QualifiedName(SqlDialect dialect, string name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        return string.Join('.', name.Split('.').Select(part => Identifier(dialect, part, paramName)));
    }

    private static string Identifier(SqlDialect dialect, string name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        char quote = dialect is SqlDialect.SparkSql or SqlDialect.BigQuery ? '`' : '"';
        if (name.Length == 0 || name.Contains(quote, StringComparison.Ordinal) || name.Any(char.IsControl))
        {
            throw new ArgumentException($"'{name}' cannot be a {dialect} identifier: it is empty or holds {quote} or a control character", paramName);
        }

        return string.Concat(quote.ToString(), name, quote.ToString());
    }
}
