using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Linq;
using CrmKpi.Data.Internal;
using NodaTime;

namespace CrmKpi.Data.Database;

/// <summary>
/// Reads transactions from any ADO.NET result set (<see cref="DbDataReader"/>: SQLite, DuckDB, PostgreSQL,
/// SQL Server, ...) into a <see cref="TransactionLog"/>, mapping the columns by name.
/// </summary>
/// <remarks>
/// <para>Customer ids may be text (trimmed of spaces), whole numbers (written in invariant digits, so
/// <c>42</c> and <c>'42'</c> are the same customer) or GUIDs. Dates may be <see cref="DateTime"/>,
/// <see cref="DateOnly"/>, <see cref="DateTimeOffset"/> or text (read as the CSV reader reads it). Amounts
/// may be any number type or invariant text; a <see cref="decimal"/> is held as the nearest
/// <see cref="double"/>, as every amount in a log is. Quantities must be whole numbers from 0 to
/// <see cref="int.MaxValue"/>.</para>
/// <para>The read is strict: the first value that cannot be read throws a <see cref="DbDataException"/>
/// naming the row and the column, and a database null is an error in every column read.</para>
/// </remarks>
public static class TransactionDb
{
    /// <summary>Reads every remaining row of <paramref name="reader"/> into a log.</summary>
    /// <param name="reader">An open reader positioned before its first row; read to its end, not closed.</param>
    /// <param name="options">The columns and how to read them; null for the defaults.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="DbDataException">A column is missing or ambiguous, or a value cannot be read.</exception>
    /// <exception cref="DbException">The provider fails while reading.</exception>
    public static TransactionLog Load(DbDataReader reader, TransactionDbOptions? options = null) => Read(reader, options).Log;

    /// <summary>Executes <paramref name="command"/> and reads its result set into a log.</summary>
    /// <param name="command">A command whose connection is open; its first result set is read.</param>
    /// <param name="options">The columns and how to read them; null for the defaults.</param>
    /// <returns>The log and the account of the read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    /// <exception cref="DbDataException">A column is missing or ambiguous, or a value cannot be read.</exception>
    /// <exception cref="DbException">The provider fails to execute the command or to read.</exception>
    /// <exception cref="InvalidOperationException">The command's connection is not open.</exception>
    public static DbReadResult Read(DbCommand command, TransactionDbOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        using DbDataReader reader = command.ExecuteReader(CommandBehavior.SingleResult);
        return Read(reader, options);
    }

    /// <summary>Reads every remaining row of <paramref name="reader"/> into a log.</summary>
    /// <param name="reader">An open reader positioned before its first row; read to its end, not closed.</param>
    /// <param name="options">The columns and how to read them; null for the defaults.</param>
    /// <returns>The log and the account of the read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="DbDataException">A column is missing or ambiguous, or a value cannot be read.</exception>
    /// <exception cref="DbException">The provider fails while reading.</exception>
    public static DbReadResult Read(DbDataReader reader, TransactionDbOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= new TransactionDbOptions();
        string[] names = new string[reader.FieldCount];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = reader.GetName(i);
        }

        int customer = Find(names, "customer", options.CustomerColumn, TransactionCsvOptions.CustomerAliases, optional: false);
        int dateColumn = Find(names, "date", options.DateColumn, TransactionCsvOptions.DateAliases, optional: false);
        int amountColumn = Find(names, "amount", options.AmountColumn, TransactionCsvOptions.AmountAliases, optional: false);
        int quantity = options.ReadQuantity
            ? Find(names, "quantity", options.QuantityColumn, TransactionCsvOptions.QuantityAliases, optional: options.QuantityColumn is null)
            : -1;

        var values = new DbValues(reader, names, new DateParser(options.DateFormat, options.TimeZone), options.TimeZone, options.UnspecifiedTimestampsAreUtc);
        var builder = new TransactionLogBuilder(withItemCounts: quantity >= 0);
        Span<char> keyBuffer = stackalloc char[40];
        long row = 0;
        while (reader.Read())
        {
            row++;
            ReadOnlySpan<char> key = values.Key(customer, row, keyBuffer);
            LocalDate date = values.Date(dateColumn, row);
            double amount = values.Amount(amountColumn, row);
            if (amount < 0 && options.Refunds == RefundPolicy.Reject)
            {
                throw new DbDataException(row, names[amountColumn], $"negative amount {amount.ToString("R", CultureInfo.InvariantCulture)} (refunds are rejected; keep or net them instead)");
            }

            if (quantity >= 0)
            {
                builder.Add(key, date, amount, values.Quantity(quantity, row));
            }
            else
            {
                builder.Add(key, date, amount);
            }
        }

        TransactionLog log = builder.ToLog();
        long netted = 0;
        if (options.Refunds == RefundPolicy.NetPerCustomerDay)
        {
            (log, netted) = RefundNetting.Apply(log);
        }

        return new DbReadResult(log, row, netted, names[customer], names[dateColumn], names[amountColumn], quantity >= 0 ? names[quantity] : null);
    }

    /// <summary>The column named <paramref name="requested"/> (or, when null, the first alias present), matched without regard to case.</summary>
    internal static int Find(string[] names, string role, string? requested, IReadOnlyList<string> aliases, bool optional)
    {
        if (requested is not null)
        {
            int found = Single(names, requested, role);
            return found >= 0
                ? found
                : throw new DbDataException(0, requested, $"no {role} column '{requested}'; the result has {Listed(names)}");
        }

        foreach (string alias in aliases)
        {
            int found = Single(names, alias, role);
            if (found >= 0)
            {
                return found;
            }
        }

        return optional
            ? -1
            : throw new DbDataException(0, string.Empty, $"no {role} column: none of {string.Join(", ", aliases)} is among {Listed(names)}; name it in the options");
    }

    private static int Single(string[] names, string name, string role)
    {
        int found = -1;
        for (int i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                if (found >= 0)
                {
                    throw new DbDataException(0, name, $"the {role} column '{name}' is ambiguous: columns {found + 1} and {i + 1} are both named so; alias one in the query");
                }

                found = i;
            }
        }

        return found;
    }

    private static string Listed(string[] names) =>
        names.Length == 0 ? "no columns" : string.Join(", ", names.Select(n => $"'{n}'"));
}
