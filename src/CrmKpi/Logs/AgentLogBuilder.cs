using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

/// <summary>
/// Builds an <see cref="AgentLog"/> row by row: appends to growing column arrays (by half each time).
/// Each row is checked as it is added (no time may be negative, and an agent cannot be available longer
/// than staffed), so a bad value fails at the call that brought it. <see cref="ToLog"/> hands the arrays
/// to the log without copying and leaves the builder empty. Not thread-safe.
/// </summary>
public sealed class AgentLogBuilder
{
    private double[] _staffed;
    private double[] _available;
    private int _length;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="capacity">Rows to make room for before the arrays grow. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative or above <see cref="Array.MaxLength"/>.</exception>
    public AgentLogBuilder(int capacity = 0)
    {
        Guard.InRange(capacity, 0, Array.MaxLength);
        _staffed = new double[capacity];
        _available = new double[capacity];
    }

    /// <summary>The number of rows added so far.</summary>
    public int Length => _length;

    /// <summary>Appends one agent (or agent and interval), in the order of the <see cref="AgentColumns"/> columns.</summary>
    /// <param name="staffed">Time the agent was logged in, breaks and auxiliary states included; not negative.</param>
    /// <param name="available">Time the agent was open to calls (handling or idle-ready); not negative and at most <paramref name="staffed"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative, or <paramref name="available"/> exceeds <paramref name="staffed"/>; the message names it.</exception>
    /// <exception cref="InvalidOperationException">The log already holds <see cref="Array.MaxLength"/> rows.</exception>
    public void Add(Duration staffed, Duration available)
    {
        Guard.NotNegative(staffed);
        Guard.NotNegative(available);
        if (available > staffed)
        {
            Guard.ThrowOutOfRange(nameof(available), available, "must not exceed staffed: available time is part of staffed time");
        }

        if (_length == _staffed.Length)
        {
            Resize(LogCapacity.Next(_staffed.Length, "agent log"));
        }

        int row = _length;
        _staffed[row] = staffed.TotalSeconds;
        _available[row] = available.TotalSeconds;
        _length = row + 1;
    }

    /// <summary>Makes room for at least <paramref name="rows"/> rows in all, so a reader that knows its size grows the arrays once.</summary>
    /// <param name="rows">The number of rows to make room for. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is negative or above <see cref="Array.MaxLength"/>.</exception>
    public void EnsureCapacity(int rows)
    {
        Guard.InRange(rows, 0, Array.MaxLength);
        if (rows > _staffed.Length)
        {
            Resize(rows);
        }
    }

    /// <summary>Hands the rows to a new log and leaves the builder empty.</summary>
    /// <returns>The log of every row added since the builder was created or last emptied.</returns>
    public AgentLog ToLog()
    {
        var log = new AgentLog(_staffed, _available, _length);
        _staffed = _available = [];
        _length = 0;
        return log;
    }

    private void Resize(int size)
    {
        Array.Resize(ref _staffed, size);
        Array.Resize(ref _available, size);
    }
}
