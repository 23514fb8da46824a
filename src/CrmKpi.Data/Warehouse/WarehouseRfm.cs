using System;
using System.Collections.Generic;
using System.Data.Common;
using CrmKpi.Data.Database;
using CrmKpi.Data.Internal;
using NodaTime;

namespace CrmKpi.Data.Warehouse;

/// <summary>
/// Finishes RFM from the rows of <see cref="WarehouseSql.CustomerAggregates"/> read back through ADO.NET:
/// the same values <see cref="Rfm.Values(TransactionColumns, DateInterval, LocalDate, RfmMonetary)"/> gives for
/// the customers with a purchase in the window.
/// </summary>
public static class WarehouseRfm
{
    /// <summary>Reads the aggregated rows and computes each customer's RFM values.</summary>
    /// <param name="reader">The result of the <see cref="WarehouseSql.CustomerAggregates"/> query, positioned before its first row; not closed.</param>
    /// <param name="window">The window the query was written for.</param>
    /// <param name="asOf">The date recency is measured to; not before the window's end.</param>
    /// <param name="monetary">Total spend or spend per purchase.</param>
    /// <returns>The customers and their values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the window's end, or <paramref name="monetary"/> is not defined.</exception>
    /// <exception cref="DbDataException">A column of <see cref="WarehouseSql.AggregateColumns"/> is missing, a value cannot be read,
    /// a customer has a null amount or comes twice, or a date falls outside the window (the query was written for another one).</exception>
    /// <exception cref="DbException">The provider fails while reading.</exception>
    public static WarehouseRfmResult Read(DbDataReader reader, DateInterval window, LocalDate asOf, RfmMonetary monetary)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(window);
        if (asOf < window.End)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"must not be before the window's end {window.End}");
        }

        if (!Enum.IsDefined(monetary))
        {
            throw new ArgumentOutOfRangeException(nameof(monetary), monetary, "not a defined RfmMonetary");
        }

        string[] names = new string[reader.FieldCount];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = reader.GetName(i);
        }

        IReadOnlyList<string> wanted = WarehouseSql.AggregateColumns;
        int[] at = new int[wanted.Count];
        for (int i = 0; i < at.Length; i++)
        {
            at[i] = TransactionDb.Find(names, wanted[i], wanted[i], [], optional: false);
        }

        var values = new DbValues(reader, names, new DateParser(null, null), null, unspecifiedIsUtc: false);
        var keys = new CustomerKeys();
        var rfm = new List<RfmValues>();
        Span<char> buffer = stackalloc char[40];
        long row = 0;
        while (reader.Read())
        {
            row++;
            ReadOnlySpan<char> key = values.Key(at[0], row, buffer);
            LocalDate first = values.Date(at[1], row);
            LocalDate last = values.Date(at[2], row);
            int purchases = values.WholeNumber(at[3], row, "purchases", "purchases");
            int amountRows = values.WholeNumber(at[4], row, "amount_rows", "amounts");
            if (!window.Contains(first) || !window.Contains(last) || first > last || purchases == 0)
            {
                throw new DbDataException(row, names[at[2]], $"first {first} and last {last} with {purchases} purchases do not fit the window {window}; was the query written for another window?");
            }

            if (amountRows != purchases)
            {
                throw new DbDataException(row, names[at[4]], $"customer '{key}' has {purchases - amountRows} null amounts among {purchases} rows");
            }

            double total = values.Amount(at[5], row);
            if (keys.GetOrAdd(key) != rfm.Count)
            {
                throw new DbDataException(row, names[at[0]], $"customer '{key}' comes twice; the query must group by customer");
            }

            int recency = Period.Between(last, asOf, PeriodUnits.Days).Days;
            rfm.Add(new RfmValues(recency, purchases, monetary == RfmMonetary.Total ? total : total / purchases));
        }

        return new WarehouseRfmResult(keys.ToArray(), [.. rfm]);
    }
}
