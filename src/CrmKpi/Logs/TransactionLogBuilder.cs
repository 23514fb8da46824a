using System;
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
