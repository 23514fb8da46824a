using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

/// <summary>
/// A transaction log on the heap: the column arrays (customer index, date, amount, optionally item
/// count) and the <see cref="CustomerKeys"/> that turn the dense customer indexes back into the
/// user's own ids. Unlike <see cref="TransactionColumns"/> it can live in a field, a notebook
/// variable or an async method; readers return it and <see cref="TransactionLogBuilder"/> builds it.
/// </summary>
/// <remarks>
/// <para>
/// <b>Calling a calculator with a log.</b> Every calculator that takes <see cref="TransactionColumns"/>
/// accepts a log as it is: the log converts implicitly to its columns, so
/// <c>Rfm.Score(log, asOf, ...)</c> works wherever <c>Rfm.Score(columns, asOf, ...)</c> does. The
/// conversion is free (it hands out spans over the log's arrays) and allocates nothing;
/// <see cref="Columns"/> (or <see cref="ToTransactionColumns"/>) is the same thing spelled out. Every
/// log type of the library follows this one rule: it converts implicitly to its column group.
/// </para>
/// <para>
/// A log is immutable once built: nothing in the public API writes to its arrays, so it can be
/// shared between threads. Customer <c>i</c> of the columns is <c>Customers.KeyAt(i)</c>; customers
/// may have no rows (a key added to the map without a purchase).
/// </para>
/// </remarks>
public sealed class TransactionLog
{
    private readonly int[] _customerIndexes;
    private readonly LocalDate[] _dates;
    private readonly double[] _amounts;
    private readonly int[]? _itemCounts;
    private readonly int _length;

    /// <summary>
    /// Wraps existing columns in a log. The log takes the arrays as they are, without copying: do not
    /// change them afterwards. Only the first <paramref name="length"/> elements are rows.
    /// </summary>
    /// <param name="customerIndexes">The customer of each row, as an index in <c>[0, customers.Count)</c>.</param>
    /// <param name="dates">The date of each row, in the ISO calendar.</param>
    /// <param name="amounts">The amount of each row; finite.</param>
    /// <param name="itemCounts">The number of items of each row, not negative; null when the log has no item counts.</param>
    /// <param name="length">The number of rows: at most the length of every array.</param>
    /// <param name="customers">The customer keys the indexes refer to.</param>
    /// <exception cref="ArgumentNullException">An array other than <paramref name="itemCounts"/>, or <paramref name="customers"/>, is null.</exception>
    /// <exception cref="ArgumentException">An array is shorter than <paramref name="length"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    /// <remarks>The values are not scanned here; the calculators check them in their own pass, as for <see cref="TransactionColumns"/>.</remarks>
    public TransactionLog(int[] customerIndexes, LocalDate[] dates, double[] amounts, int[]? itemCounts, int length, CustomerKeys customers)
    {
        ArgumentNullException.ThrowIfNull(customerIndexes);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentNullException.ThrowIfNull(customers);
        Guard.NotNegative(length);
        Guard.DestinationLength(length, customerIndexes.Length, nameof(customerIndexes));
        Guard.DestinationLength(length, dates.Length, nameof(dates));
        Guard.DestinationLength(length, amounts.Length, nameof(amounts));
        if (itemCounts is not null)
        {
            Guard.DestinationLength(length, itemCounts.Length, nameof(itemCounts));
        }

        _customerIndexes = customerIndexes;
        _dates = dates;
        _amounts = amounts;
        _itemCounts = itemCounts;
        _length = length;
        Customers = customers;
    }

    /// <summary>The customer keys: index to the user's id and back.</summary>
    public CustomerKeys Customers { get; }

    /// <summary>The number of rows.</summary>
    public int Length => _length;

    /// <summary>The number of customers the indexes refer to (<c>Customers.Count</c>).</summary>
    public int CustomerCount => Customers.Count;

    /// <summary>Whether the log carries item counts.</summary>
    public bool HasItemCounts => _itemCounts is not null;

    /// <summary>The customer of each row, as a dense index.</summary>
    public ReadOnlySpan<int> CustomerIndexes => _customerIndexes.AsSpan(0, _length);

    /// <summary>The date of each row.</summary>
    public ReadOnlySpan<LocalDate> Dates => _dates.AsSpan(0, _length);

    /// <summary>The amount of each row, in currency units.</summary>
    public ReadOnlySpan<double> Amounts => _amounts.AsSpan(0, _length);

    /// <summary>The number of items of each row; empty when <see cref="HasItemCounts"/> is false.</summary>
    public ReadOnlySpan<int> ItemCounts => _itemCounts is null ? default : _itemCounts.AsSpan(0, _length);

    /// <summary>The log's columns for the calculators; the same as the implicit conversion. Allocates nothing.</summary>
    public TransactionColumns Columns => _itemCounts is null
        ? new TransactionColumns(CustomerIndexes, Dates, Amounts, Customers.Count)
        : new TransactionColumns(CustomerIndexes, Dates, Amounts, ItemCounts, Customers.Count);

    /// <summary>The log's columns, so that a log can be passed wherever <see cref="TransactionColumns"/> is taken.</summary>
    /// <param name="log">The log.</param>
    /// <returns>The log's columns (<see cref="Columns"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is null.</exception>
    public static implicit operator TransactionColumns(TransactionLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.Columns;
    }

    /// <summary>The log's columns: the named form of the implicit conversion.</summary>
    /// <returns>The log's columns (<see cref="Columns"/>).</returns>
    public TransactionColumns ToTransactionColumns() => Columns;

    /// <summary>The user's id of the customer with dense index <paramref name="customerIndex"/>.</summary>
    /// <param name="customerIndex">An index in <c>[0, CustomerCount)</c>.</param>
    /// <returns>The customer's key.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerIndex"/> is outside <c>[0, CustomerCount)</c>.</exception>
    public string CustomerKey(int customerIndex) => Customers.KeyAt(customerIndex);

    /// <summary>The earliest and latest date of the log, or null when it has no rows.</summary>
    /// <returns>The inclusive interval from the first to the last date.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public DateInterval? DateRange()
    {
        ReadOnlySpan<LocalDate> dates = Dates;
        if (dates.IsEmpty)
        {
            return null;
        }

        int calendars = 0;
        int min = int.MaxValue, max = int.MinValue;
        int minRow = 0, maxRow = 0;
        for (int i = 0; i < dates.Length; i++)
        {
            calendars |= DateKey.CalendarBits(dates[i]);
            int key = DateKey.Sortable(dates[i]);
            if (key < min)
            {
                min = key;
                minRow = i;
            }

            if (key > max)
            {
                max = key;
                maxRow = i;
            }
        }

        if (calendars != 0)
        {
            DateKey.ThrowFirstNonIso(dates, "dates");
        }

        return new DateInterval(dates[minRow], dates[maxRow]);
    }
}
