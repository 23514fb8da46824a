using System;
using System.Runtime.Intrinsics;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

/// <summary>
/// Builds a <see cref="TransactionLog"/> row by row: appends to growing column arrays and maps each
/// customer key to its dense index as it goes. For readers, and for users with their own loops.
/// </summary>
/// <remarks>
/// <para>
/// Each row is checked as it is added (finite amount, ISO date, item count not negative), so a bad
/// value fails at the row that brought it. <see cref="ToLog"/> hands the arrays to the log without
/// copying them and leaves the builder empty, ready for a new log.
/// </para>
/// <para>Not thread-safe; use one builder per thread.</para>
/// </remarks>
public sealed class TransactionLogBuilder
{
    private int[] _customerIndexes;
    private LocalDate[] _dates;
    private double[] _amounts;
    private int[]? _itemCounts;
    private int _length;
    private CustomerKeys _customers;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="withItemCounts">Whether every row carries an item count (<see cref="Add(ReadOnlySpan{char}, LocalDate, double, int)"/>) or none does.</param>
    /// <param name="capacity">Rows to make room for before the arrays grow. Not negative.</param>
    /// <param name="customerCapacity">Distinct customers to make room for before the key map grows. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> or <paramref name="customerCapacity"/> is negative or too large.</exception>
    public TransactionLogBuilder(bool withItemCounts = false, int capacity = 0, int customerCapacity = 0)
    {
        Guard.InRange(capacity, 0, Array.MaxLength);
        _customers = new CustomerKeys(customerCapacity);
        WithItemCounts = withItemCounts;
        _customerIndexes = new int[capacity];
        _dates = new LocalDate[capacity];
        _amounts = new double[capacity];
        _itemCounts = withItemCounts ? new int[capacity] : null;
    }

    /// <summary>Whether every row carries an item count.</summary>
    public bool WithItemCounts { get; }

    /// <summary>The number of rows added so far.</summary>
    public int Length => _length;

    /// <summary>The customer keys seen so far. Add a key with <see cref="CustomerKeys.GetOrAdd(ReadOnlySpan{char})"/> to count a customer who has no row.</summary>
    public CustomerKeys Customers => _customers;

    /// <summary>Appends a row of a log without item counts.</summary>
    /// <param name="customer">The customer's id, as text.</param>
    /// <param name="date">The date of the purchase, in the ISO calendar.</param>
    /// <param name="amount">The amount, in currency units; finite (negative for a refund).</param>
    /// <exception cref="InvalidOperationException">The builder was created with item counts.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is NaN or infinite.</exception>
    public void Add(ReadOnlySpan<char> customer, LocalDate date, double amount)
    {
        RequireItemCounts(false);
        CheckRow(date, amount, 0);
        Append(_customers.GetOrAdd(customer), date, amount, 0);
    }

    /// <summary>Appends a row of a log with item counts.</summary>
    /// <param name="customer">The customer's id, as text.</param>
    /// <param name="date">The date of the purchase, in the ISO calendar.</param>
    /// <param name="amount">The amount, in currency units; finite (negative for a refund).</param>
    /// <param name="itemCount">The number of items; not negative.</param>
    /// <exception cref="InvalidOperationException">The builder was created without item counts.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is NaN or infinite, or <paramref name="itemCount"/> is negative.</exception>
    public void Add(ReadOnlySpan<char> customer, LocalDate date, double amount, int itemCount)
    {
        RequireItemCounts(true);
        CheckRow(date, amount, itemCount);
        Append(_customers.GetOrAdd(customer), date, amount, itemCount);
    }

    /// <summary>
    /// Appends a row for a customer already in <see cref="Customers"/>, by its index: the fast path for
    /// a reader that has mapped the key itself.
    /// </summary>
    /// <param name="customerIndex">An index in <c>[0, Customers.Count)</c>.</param>
    /// <param name="date">The date of the purchase, in the ISO calendar.</param>
    /// <param name="amount">The amount, in currency units; finite.</param>
    /// <param name="itemCount">The number of items, not negative; ignored when the builder has no item counts.</param>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerIndex"/> is not a known customer, <paramref name="amount"/> is NaN or infinite,
    /// or <paramref name="itemCount"/> is negative.</exception>
    public void AddRow(int customerIndex, LocalDate date, double amount, int itemCount = 0)
    {
        if ((uint)customerIndex >= (uint)_customers.Count)
        {
            Guard.ThrowOutOfRange(nameof(customerIndex), customerIndex, $"must be the index of a known customer, in [0, {_customers.Count})");
        }

        CheckRow(date, amount, itemCount);
        Append(customerIndex, date, amount, itemCount);
    }

    /// <summary>
    /// Appends many rows for customers already in <see cref="Customers"/>, column by column: the fast path for a reader
    /// that decodes a chunk of rows into columns. Every row is checked as <see cref="AddRow"/> checks one, all before
    /// any is added, so when this throws the builder is unchanged.
    /// </summary>
    /// <param name="customerIndexes">Each row's customer, an index in <c>[0, Customers.Count)</c>.</param>
    /// <param name="dates">Each row's date, in the ISO calendar; as long as <paramref name="customerIndexes"/>.</param>
    /// <param name="amounts">Each row's amount, finite; as long as <paramref name="customerIndexes"/>.</param>
    /// <param name="itemCounts">Each row's item count, not negative, as long as <paramref name="customerIndexes"/> when the
    /// builder has item counts; empty when it has none.</param>
    /// <exception cref="ArgumentException">A column's length differs from <paramref name="customerIndexes"/>'s, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is not a known customer, an amount is NaN or infinite, or an item count
    /// is negative (the first such row is named).</exception>
    /// <exception cref="InvalidOperationException">Item counts are given to a builder created without them, or the log would hold more than <see cref="Array.MaxLength"/> rows.</exception>
    public void AddRows(ReadOnlySpan<int> customerIndexes, ReadOnlySpan<LocalDate> dates, ReadOnlySpan<double> amounts, ReadOnlySpan<int> itemCounts)
    {
        int rows = customerIndexes.Length;
        Guard.SameLength(rows, dates.Length, nameof(dates));
        Guard.SameLength(rows, amounts.Length, nameof(amounts));
        if (WithItemCounts)
        {
            Guard.SameLength(rows, itemCounts.Length, nameof(itemCounts));
        }
        else if (!itemCounts.IsEmpty)
        {
            RequireItemCounts(true);
        }

        int customers = _customers.Count;
        int unknown = customers == 0 ? (rows == 0 ? -1 : 0) : customerIndexes.IndexOfAnyExceptInRange(0, customers - 1);
        if (unknown >= 0)
        {
            Guard.ThrowElement(nameof(customerIndexes), unknown, customerIndexes[unknown], RowChecks.CustomerIndexRule(customers));
        }

        DateKey.RequireIsoColumn(dates, nameof(dates));
        if (!AllFinite(amounts))
        {
            RowChecks.ThrowFirstNonFinite(amounts, nameof(amounts));
        }

        if (itemCounts.IndexOfAnyInRange(int.MinValue, -1) >= 0)
        {
            RowChecks.ThrowFirstNegative(itemCounts, nameof(itemCounts));
        }

        if ((long)_length + rows > Array.MaxLength)
        {
            throw new InvalidOperationException($"A transaction log holds at most {Array.MaxLength} rows.");
        }

        if (_length + rows > _amounts.Length)
        {
            Resize(Math.Max(_length + rows, LogCapacity.Next(_amounts.Length, "transaction log")));
        }

        customerIndexes.CopyTo(_customerIndexes.AsSpan(_length));
        dates.CopyTo(_dates.AsSpan(_length));
        amounts.CopyTo(_amounts.AsSpan(_length));
        if (_itemCounts is not null)
        {
            itemCounts.CopyTo(_itemCounts.AsSpan(_length));
        }

        _length += rows;
    }

    /// <summary>
    /// The rows added so far, as columns over the builder's arrays, with the customers seen so far: for a reader that
    /// hands out a large file in chunks. Valid until the builder next changes.
    /// </summary>
    public TransactionColumns Columns => _itemCounts is null
        ? new TransactionColumns(_customerIndexes.AsSpan(0, _length), _dates.AsSpan(0, _length), _amounts.AsSpan(0, _length), _customers.Count)
        : new TransactionColumns(_customerIndexes.AsSpan(0, _length), _dates.AsSpan(0, _length), _amounts.AsSpan(0, _length), _itemCounts.AsSpan(0, _length), _customers.Count);

    /// <summary>
    /// Removes the rows added so far and keeps the customer keys and the arrays' capacity: the next rows get the same
    /// indexes for the same customers. For a reader that hands out a large file in chunks of rows.
    /// </summary>
    public void ClearRows() => _length = 0;

    /// <summary>Makes room for at least <paramref name="rows"/> rows in all, so a reader that knows the size of its input grows the arrays once.</summary>
    /// <param name="rows">The number of rows to make room for. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is negative or above <see cref="Array.MaxLength"/>.</exception>
    public void EnsureCapacity(int rows)
    {
        Guard.InRange(rows, 0, Array.MaxLength);
        if (rows > _amounts.Length)
        {
            Resize(rows);
        }
    }

    /// <summary>Hands the rows and the keys to a new log and leaves the builder empty.</summary>
    /// <returns>The log of every row added since the builder was created or last emptied.</returns>
    public TransactionLog ToLog()
    {
        var log = new TransactionLog(_customerIndexes, _dates, _amounts, _itemCounts, _length, _customers);
        _customerIndexes = [];
        _dates = [];
        _amounts = [];
        _itemCounts = WithItemCounts ? [] : null;
        _length = 0;
        _customers = new CustomerKeys();
        return log;
    }

    // Checks come before the key is mapped, so a rejected row adds no customer.
    private void CheckRow(LocalDate date, double amount, int itemCount)
    {
        DateKey.RequireIso(date, nameof(date));
        Guard.Finite(amount);
        if (_itemCounts is not null)
        {
            Guard.NotNegative(itemCount);
        }
    }

    private void Append(int customerIndex, LocalDate date, double amount, int itemCount)
    {
        if (_length == _amounts.Length)
        {
            Grow();
        }

        int row = _length;
        _customerIndexes[row] = customerIndex;
        _dates[row] = date;
        _amounts[row] = amount;
        if (_itemCounts is not null)
        {
            _itemCounts[row] = itemCount;
        }

        _length = row + 1;
    }

    // x - x is +0 (all bits clear) for every finite x and NaN for NaN and the infinities, so OR-ing the differences'
    // bits leaves zero exactly when every amount is finite.
    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        int i = 0;
        ulong bits = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<double> any = Vector256<double>.Zero;
            for (; i <= values.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                Vector256<double> v = Vector256.Create(values.Slice(i, Vector256<double>.Count));
                any |= v - v;
            }

            bits = any.AsUInt64() == Vector256<ulong>.Zero ? 0UL : 1UL;
        }

        for (; i < values.Length; i++)
        {
            bits |= BitConverter.DoubleToUInt64Bits(values[i] - values[i]);
        }

        return bits == 0;
    }

    private void RequireItemCounts(bool with)
    {
        if (WithItemCounts != with)
        {
            throw new InvalidOperationException(WithItemCounts
                ? "This builder was created with item counts: add rows with an item count."
                : "This builder was created without item counts: add rows without an item count, or create it with withItemCounts: true.");
        }
    }

    private void Grow() => Resize(LogCapacity.Next(_amounts.Length, "transaction log"));

    private void Resize(int size)
    {
        Array.Resize(ref _customerIndexes, size);
        Array.Resize(ref _dates, size);
        Array.Resize(ref _amounts, size);
        if (_itemCounts is not null)
        {
            Array.Resize(ref _itemCounts, size);
        }
    }
}
