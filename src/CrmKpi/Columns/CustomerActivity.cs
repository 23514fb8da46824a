using System;
using System.Runtime.InteropServices;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

/// <summary>
/// What one customer did in a transaction log: first and last purchase, purchase count and spend over
/// all rows, and the same inside a window. The per-customer derivation that acquisition, retention,
/// RFM and lifetime metrics share, computed for every customer in one pass by
/// <see cref="Compute(TransactionColumns, DateInterval, Span{CustomerActivity})"/>.
/// </summary>
/// <remarks>
/// <para>
/// It is a mergeable partial state: the activity of a log split into partitions equals
/// <see cref="Combine(CustomerActivity, CustomerActivity)"/> of the partitions' activities, so an
/// engine that runs over partitions can compute it where the data sit and merge the results.
/// </para>
/// <para>The dates are meaningful only when the matching count is positive; otherwise they are <c>default</c>.</para>
/// </remarks>
[StructLayout(LayoutKind.Auto)]
public struct CustomerActivity : IEquatable<CustomerActivity>
{
    private LocalDate _firstPurchase;
    private LocalDate _lastPurchase;
    private LocalDate _firstInWindow;
    private LocalDate _lastInWindow;
    private int _transactions;
    private int _windowTransactions;
    private double _spend;
    private double _windowSpend;

    /// <summary>The date of the customer's first purchase in the log; <c>default</c> when <see cref="Transactions"/> is 0.</summary>
    public readonly LocalDate FirstPurchase => _firstPurchase;

    /// <summary>The date of the customer's last purchase in the log; <c>default</c> when <see cref="Transactions"/> is 0.</summary>
    public readonly LocalDate LastPurchase => _lastPurchase;

    /// <summary>The number of rows of the customer in the log.</summary>
    public readonly int Transactions => _transactions;

    /// <summary>The customer's total amount over all rows, in currency units.</summary>
    public readonly double Spend => _spend;

    /// <summary>The date of the customer's first purchase inside the window; <c>default</c> when <see cref="WindowTransactions"/> is 0.</summary>
    public readonly LocalDate FirstInWindow => _firstInWindow;

    /// <summary>The date of the customer's last purchase inside the window; <c>default</c> when <see cref="WindowTransactions"/> is 0.</summary>
    public readonly LocalDate LastInWindow => _lastInWindow;

    /// <summary>The number of the customer's rows inside the window.</summary>
    public readonly int WindowTransactions => _windowTransactions;

    /// <summary>The customer's total amount inside the window, in currency units.</summary>
    public readonly double WindowSpend => _windowSpend;

    /// <summary>Whether the customer has any row in the log.</summary>
    public readonly bool HasPurchased => _transactions > 0;

    /// <summary>Whether the customer has any row inside the window.</summary>
    public readonly bool IsActiveInWindow => _windowTransactions > 0;

    /// <summary>
    /// Computes every customer's activity in one pass over the log, writing customer <c>c</c>'s
    /// activity to <c>destination[c]</c>. The destination is overwritten, not accumulated into.
    /// </summary>
    /// <param name="transactions">The log.</param>
    /// <param name="window">The inclusive window the <c>Window*</c> fields describe; ISO calendar, like every date of the log.</param>
    /// <param name="destination">Receives one activity per customer; at least <see cref="TransactionColumns.CustomerCount"/> long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the customer count, or a date or the window is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is outside <c>[0, CustomerCount)</c>, or an amount is NaN or infinite
    /// (the message names the column and row; <paramref name="destination"/> is then left partly written).</exception>
    /// <remarks>O(rows + customers) time, no allocation. Rows may be in any order.</remarks>
    public static void Compute(TransactionColumns transactions, DateInterval window, Span<CustomerActivity> destination)
    {
        ArgumentNullException.ThrowIfNull(window);
        Guard.DestinationLength(transactions.CustomerCount, destination.Length);
        destination[..transactions.CustomerCount].Clear();
        Accumulate(transactions, window, destination);
    }

    /// <summary>
    /// Adds the rows of <paramref name="transactions"/> to customers' existing activity, in row order: the form for a
    /// log read in chunks. Accumulating the chunks of a log one after another in their order gives exactly what
    /// <see cref="Compute(TransactionColumns, DateInterval, Span{CustomerActivity})"/> gives on the whole log (the same
    /// additions in the same order).
    /// </summary>
    /// <param name="transactions">The rows to add (a chunk; customer indexes refer to the whole log's customers).</param>
    /// <param name="window">The inclusive window the <c>Window*</c> fields describe; the same for every chunk; ISO calendar.</param>
    /// <param name="state">Every customer's activity so far; at least <see cref="TransactionColumns.CustomerCount"/> long. Updated in place.</param>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="state"/> is shorter than the customer count, or a date or the window is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is outside <c>[0, CustomerCount)</c>, or an amount is NaN or infinite
    /// (<paramref name="state"/> is then left partly updated).</exception>
    /// <exception cref="OverflowException">A row would give its customer more than <see cref="int.MaxValue"/> rows in all (the row
    /// is not added; the rows before it are).</exception>
    /// <remarks>O(rows) time, no allocation.</remarks>
    public static void Accumulate(TransactionColumns transactions, DateInterval window, Span<CustomerActivity> state)
    {
        ArgumentNullException.ThrowIfNull(window);
        Guard.DestinationLength(transactions.CustomerCount, state.Length, nameof(state));
        Span<CustomerActivity> customers = state[..transactions.CustomerCount];

        ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
        ReadOnlySpan<LocalDate> dates = transactions.Dates;
        ReadOnlySpan<double> amounts = transactions.Amounts;
        DateKey.RequireIso(window.Start, nameof(window));
        int start = DateKey.Sortable(window.Start);
        uint span = (uint)(DateKey.Sortable(window.End) - start);
        bool allFinite = true;
        int calendars = 0;
        ref CustomerActivity first = ref MemoryMarshal.GetReference(customers);
        for (int i = 0; i < indexes.Length; i++)
        {
            int c = indexes[i];
            if ((uint)c >= (uint)customers.Length)
            {
                Guard.ThrowElement("customerIndexes", i, c, RowChecks.CustomerIndexRule(customers.Length));
            }

            // Customers are visited in row order, at random places: fetch the state of a row further on now.
            if (i + CustomerBlocks.PrefetchRows < indexes.Length)
            {
                CustomerBlocks.Prefetch(ref first, (uint)indexes[i + CustomerBlocks.PrefetchRows]);
            }

            ref CustomerActivity a = ref customers[c];
            LocalDate date = dates[i];
            double amount = amounts[i];
            allFinite &= double.IsFinite(amount);
            calendars |= DateKey.CalendarBits(date);
            a.AddRow(date, amount);
            if ((uint)(DateKey.Sortable(date) - start) <= span)
            {
                a.AddWindowRow(date, amount);
            }
        }

        if (calendars != 0)
        {
            DateKey.ThrowFirstNonIso(dates, "dates");
        }

        if (!allFinite)
        {
            RowChecks.ThrowFirstNonFinite(amounts, "amounts");
        }
    }

    /// <summary>Computes every customer's activity into a new array, with the window covering all rows.</summary>
    /// <param name="transactions">The log.</param>
    /// <param name="window">The inclusive window the <c>Window*</c> fields describe; ISO calendar, like every date of the log.</param>
    /// <returns>One activity per customer, indexed by customer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range or an amount is NaN or infinite.</exception>
    public static CustomerActivity[] Compute(TransactionColumns transactions, DateInterval window)
    {
        var result = new CustomerActivity[transactions.CustomerCount];
        Compute(transactions, window, result);
        return result;
    }

    /// <summary>The activity of the union of two partitions of one customer's rows.</summary>
    /// <param name="left">The activity over one partition.</param>
    /// <param name="right">The activity over the other partition, with the same window.</param>
    /// <returns>The activity over both.</returns>
    public static CustomerActivity Combine(CustomerActivity left, CustomerActivity right)
    {
        CustomerActivity result = left;
        if (right._transactions > 0)
        {
            result._firstPurchase = left._transactions == 0 || right._firstPurchase < left._firstPurchase ? right._firstPurchase : left._firstPurchase;
            result._lastPurchase = left._transactions == 0 || right._lastPurchase > left._lastPurchase ? right._lastPurchase : left._lastPurchase;
            result._transactions = checked(left._transactions + right._transactions);
            result._spend = left._spend + right._spend;
        }

        if (right._windowTransactions > 0)
        {
            result._firstInWindow = left._windowTransactions == 0 || right._firstInWindow < left._firstInWindow ? right._firstInWindow : left._firstInWindow;
            result._lastInWindow = left._windowTransactions == 0 || right._lastInWindow > left._lastInWindow ? right._lastInWindow : left._lastInWindow;
            result._windowTransactions = checked(left._windowTransactions + right._windowTransactions);
            result._windowSpend = left._windowSpend + right._windowSpend;
        }

        return result;
    }

    /// <summary>Combines two activities: <see cref="Combine(CustomerActivity, CustomerActivity)"/>.</summary>
    /// <param name="left">One partition's activity.</param>
    /// <param name="right">The other partition's activity.</param>
    /// <returns>The activity over both partitions.</returns>
    public static CustomerActivity operator +(CustomerActivity left, CustomerActivity right) => Combine(left, right);

    /// <summary>Combines two activities: <see cref="Combine(CustomerActivity, CustomerActivity)"/>.</summary>
    /// <param name="left">One partition's activity.</param>
    /// <param name="right">The other partition's activity.</param>
    /// <returns>The activity over both partitions.</returns>
    public static CustomerActivity Add(CustomerActivity left, CustomerActivity right) => Combine(left, right);

    /// <summary>Whether both describe the same activity, field by field.</summary>
    /// <param name="other">The other activity.</param>
    /// <returns>True when every field is equal.</returns>
    public readonly bool Equals(CustomerActivity other) =>
        _firstPurchase == other._firstPurchase && _lastPurchase == other._lastPurchase
        && _firstInWindow == other._firstInWindow && _lastInWindow == other._lastInWindow
        && _transactions == other._transactions && _windowTransactions == other._windowTransactions
        && _spend.Equals(other._spend) && _windowSpend.Equals(other._windowSpend);

    /// <inheritdoc/>
    public override readonly bool Equals(object? obj) => obj is CustomerActivity other && Equals(other);

    /// <inheritdoc/>
    public override readonly int GetHashCode() =>
        HashCode.Combine(_firstPurchase, _lastPurchase, _transactions, _spend, _windowTransactions, _windowSpend);

    /// <summary>Field-by-field equality.</summary>
    /// <param name="left">One activity.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CustomerActivity left, CustomerActivity right) => left.Equals(right);

    /// <summary>Field-by-field inequality.</summary>
    /// <param name="left">One activity.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when any field differs.</returns>
    public static bool operator !=(CustomerActivity left, CustomerActivity right) => !left.Equals(right);

    private void AddRow(LocalDate date, double amount)
    {
        int count = checked(_transactions + 1);
        if (_transactions == 0)
        {
            _firstPurchase = date;
            _lastPurchase = date;
        }
        else if (DateKey.Sortable(date) < DateKey.Sortable(_firstPurchase))
        {
            _firstPurchase = date;
        }
        else if (DateKey.Sortable(date) > DateKey.Sortable(_lastPurchase))
        {
            _lastPurchase = date;
        }

        _transactions = count;
        _spend += amount;
    }

    private void AddWindowRow(LocalDate date, double amount)
    {
        int count = checked(_windowTransactions + 1);
        if (_windowTransactions == 0)
        {
            _firstInWindow = date;
            _lastInWindow = date;
        }
        else if (DateKey.Sortable(date) < DateKey.Sortable(_firstInWindow))
        {
            _firstInWindow = date;
        }
        else if (DateKey.Sortable(date) > DateKey.Sortable(_lastInWindow))
        {
            _lastInWindow = date;
        }

        _windowTransactions = count;
        _windowSpend += amount;
    }
}
