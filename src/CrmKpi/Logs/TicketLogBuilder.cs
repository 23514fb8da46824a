using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

/// <summary>
/// Builds a <see cref="TicketLog"/> ticket by ticket: appends to growing column arrays (by half each
/// time). Each ticket is checked as it is added (no time and no count of contacts may be negative), so a
/// bad value fails at the call that brought it. <see cref="ToLog"/> hands the arrays to the log without
/// copying and leaves the builder empty. Not thread-safe.
/// </summary>
public sealed class TicketLogBuilder
{
    private double[] _firstReply;
    private double[] _resolution;
    private int[] _contacts;
    private int _length;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="capacity">Tickets to make room for before the arrays grow. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative or above <see cref="Array.MaxLength"/>.</exception>
    public TicketLogBuilder(int capacity = 0)
    {
        Guard.InRange(capacity, 0, Array.MaxLength);
        _firstReply = new double[capacity];
        _resolution = new double[capacity];
        _contacts = new int[capacity];
    }

    /// <summary>The number of tickets added so far.</summary>
    public int Length => _length;

    /// <summary>Appends one ticket, in the order of the <see cref="TicketColumns"/> columns.</summary>
    /// <param name="firstReply">Time from opening to the first reply; null when not replied yet (NaN in the column); not negative.</param>
    /// <param name="resolution">Time from opening to resolution; null when not resolved yet (NaN in the column); not negative.</param>
    /// <param name="contacts">Contacts with the customer on the ticket (calls, emails, chats); not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A time or <paramref name="contacts"/> is negative; the message names it.</exception>
    /// <exception cref="InvalidOperationException">The log already holds <see cref="Array.MaxLength"/> tickets.</exception>
    public void Add(Duration? firstReply, Duration? resolution, int contacts)
    {
        if (firstReply is { } reply)
        {
            Guard.NotNegative(reply, nameof(firstReply));
        }

        if (resolution is { } resolved)
        {
            Guard.NotNegative(resolved, nameof(resolution));
        }

        Guard.NotNegative(contacts);
        if (_length == _firstReply.Length)
        {
            Resize(LogCapacity.Next(_firstReply.Length, "ticket log"));
        }

        int row = _length;
        _firstReply[row] = firstReply?.TotalSeconds ?? double.NaN;
        _resolution[row] = resolution?.TotalSeconds ?? double.NaN;
        _contacts[row] = contacts;
        _length = row + 1;
    }

    /// <summary>Makes room for at least <paramref name="tickets"/> tickets in all, so a reader that knows its size grows the arrays once.</summary>
    /// <param name="tickets">The number of tickets to make room for. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tickets"/> is negative or above <see cref="Array.MaxLength"/>.</exception>
    public void EnsureCapacity(int tickets)
    {
        Guard.InRange(tickets, 0, Array.MaxLength);
        if (tickets > _firstReply.Length)
        {
            Resize(tickets);
        }
    }

    /// <summary>Hands the tickets to a new log and leaves the builder empty.</summary>
    /// <returns>The log of every ticket added since the builder was created or last emptied.</returns>
    public TicketLog ToLog()
    {
        var log = new TicketLog(_firstReply, _resolution, _contacts, _length);
        _firstReply = _resolution = [];
        _contacts = [];
        _length = 0;
        return log;
    }

    private void Resize(int size)
    {
        Array.Resize(ref _firstReply, size);
        Array.Resize(ref _resolution, size);
        Array.Resize(ref _contacts, size);
    }
}
