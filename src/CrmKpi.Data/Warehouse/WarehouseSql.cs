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
