using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

/// <summary>
/// Every customer's <see cref="CustomerActivity"/> over a log read in chunks (a file larger than memory):
/// <see cref="Add"/> each chunk in the order of the log, and the activities are exactly those
/// <see cref="CustomerActivity.Compute(TransactionColumns, DateInterval, Span{CustomerActivity})"/> gives on the
/// whole log. The chunks' customer indexes refer to one key map for the whole log (a chunked reader keeps it), so
/// the customer count may grow from chunk to chunk; the state grows with it (by half). Memory: one
/// <see cref="CustomerActivity"/> per customer, whatever the number of rows.
/// </summary>
public sealed class CustomerActivityAccumulator
{
    private CustomerActivity[] _state = [];
    private int _customers;

    /// <summary>Starts with no customer.</summary>
    /// <param name="window">The inclusive window the <c>Window*</c> fields describe; ISO calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is not in the ISO calendar.</exception>
    public CustomerActivityAccumulator(DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        DateKey.RequireIso(window.Start, nameof(window));
        Window = window;
    }

    /// <summary>The window the <c>Window*</c> fields describe.</summary>
    public DateInterval Window { get; }

    /// <summary>The customers seen so far (the largest chunk customer count).</summary>
    public int CustomerCount => _customers;

    /// <summary>Every customer's activity so far, indexed by customer.</summary>
    public ReadOnlySpan<CustomerActivity> Activities => _state.AsSpan(0, _customers);

    /// <summary>Adds a chunk's rows, in row order.</summary>
    /// <param name="chunk">The next rows of the log.</param>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range or an amount is NaN or infinite (the state is then partly updated).</exception>
    /// <exception cref="OverflowException">A row would give its customer more than <see cref="int.MaxValue"/> rows in all (the rows before it are added).</exception>
    public void Add(TransactionColumns chunk)
    {
        if (chunk.CustomerCount > _state.Length)
        {
            Array.Resize(ref _state, (int)Math.Min(Array.MaxLength, Math.Max(chunk.CustomerCount, _state.Length + ((long)_state.Length >> 1))));
        }

        _customers = Math.Max(_customers, chunk.CustomerCount);
        CustomerActivity.Accumulate(chunk, Window, _state);
    }

    /// <summary>
    /// Adds the activities of another accumulator over the same window and the same customer numbering (for example
    /// one per file, or one per thread over parts of a file): each customer's activity becomes
    /// <see cref="CustomerActivity.Combine(CustomerActivity, CustomerActivity)"/> of the two. Dates and counts are exact;
    /// spend is the sum of the two partial sums, which may differ from the one-pass sum in the last bits.
    /// </summary>
    /// <param name="other">The other accumulator; unchanged (it may be this one).</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> has a different window.</exception>
    /// <exception cref="OverflowException">A customer has more than <see cref="int.MaxValue"/> rows in all.</exception>
    public void Merge(CustomerActivityAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!other.Window.Equals(Window))
        {
            throw new ArgumentException($"The other accumulator's window ({other.Window}) differs from this one's ({Window}).", nameof(other));
        }

        int count = other._customers;
        if (count > _state.Length)
        {
            Array.Resize(ref _state, count);
        }

        _customers = Math.Max(_customers, count);
        ReadOnlySpan<CustomerActivity> from = other._state.AsSpan(0, count).ToArray();
        Span<CustomerActivity> into = _state.AsSpan(0, count);
        for (int c = 0; c < count; c++)
        {
            into[c] = CustomerActivity.Combine(into[c], from[c]);
        }
    }
}
