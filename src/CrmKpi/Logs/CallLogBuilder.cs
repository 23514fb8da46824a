using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

/// <summary>
/// Builds a <see cref="CallLog"/> call by call: appends to growing column arrays (by half each time).
/// Each call is checked as it is added (no time may be negative), so a bad value fails at the call
/// that brought it. <see cref="ToLog"/> hands the
/// arrays to the log without copying and leaves the builder empty. Not thread-safe.
/// </summary>
public sealed class CallLogBuilder
{
    private double[] _wait;
    private double[] _talk;
    private double[] _hold;
    private double[] _afterCallWork;
    private bool[] _abandoned;
    private bool[] _blocked;
    private int _length;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="capacity">Calls to make room for before the arrays grow. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative or above <see cref="Array.MaxLength"/>.</exception>
    public CallLogBuilder(int capacity = 0)
    {
        Guard.InRange(capacity, 0, Array.MaxLength);
        _wait = new double[capacity];
        _talk = new double[capacity];
        _hold = new double[capacity];
        _afterCallWork = new double[capacity];
        _abandoned = new bool[capacity];
        _blocked = new bool[capacity];
    }

    /// <summary>The number of calls added so far.</summary>
    public int Length => _length;

    /// <summary>Appends one call attempt, in the order of the <see cref="CallColumns"/> columns.</summary>
    /// <param name="wait">Time the call waited in the queue; not negative.</param>
    /// <param name="talk">Time of conversation (ignored by the calculators unless answered); not negative.</param>
    /// <param name="hold">Time on hold (ignored unless answered); not negative.</param>
    /// <param name="afterCallWork">Time of wrap-up work (ignored unless answered); not negative.</param>
    /// <param name="abandoned">Whether the caller hung up before being answered.</param>
    /// <param name="blocked">Whether the call got a busy signal and never reached the ACD.</param>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative; the message names it.</exception>
    /// <exception cref="InvalidOperationException">The log already holds <see cref="Array.MaxLength"/> calls.</exception>
    public void Add(Duration wait, Duration talk, Duration hold, Duration afterCallWork, bool abandoned = false, bool blocked = false)
    {
        Guard.NotNegative(wait);
        Guard.NotNegative(talk);
        Guard.NotNegative(hold);
        Guard.NotNegative(afterCallWork);
        if (_length == _wait.Length)
        {
            Resize(LogCapacity.Next(_wait.Length, "call log"));
        }

        int row = _length;
        _wait[row] = wait.TotalSeconds;
        _talk[row] = talk.TotalSeconds;
        _hold[row] = hold.TotalSeconds;
        _afterCallWork[row] = afterCallWork.TotalSeconds;
        _abandoned[row] = abandoned;
        _blocked[row] = blocked;
        _length = row + 1;
    }

    /// <summary>Makes room for at least <paramref name="calls"/> calls in all, so a reader that knows its size grows the arrays once.</summary>
    /// <param name="calls">The number of calls to make room for. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calls"/> is negative or above <see cref="Array.MaxLength"/>.</exception>
    public void EnsureCapacity(int calls)
    {
        Guard.InRange(calls, 0, Array.MaxLength);
        if (calls > _wait.Length)
        {
            Resize(calls);
        }
    }

    /// <summary>Hands the calls to a new log and leaves the builder empty.</summary>
    /// <returns>The log of every call added since the builder was created or last emptied.</returns>
    public CallLog ToLog()
    {
        var log = new CallLog(_wait, _talk, _hold, _afterCallWork, _abandoned, _blocked, _length);
        _wait = _talk = _hold = _afterCallWork = [];
        _abandoned = _blocked = [];
        _length = 0;
        return log;
    }

    private void Resize(int size)
    {
        Array.Resize(ref _wait, size);
        Array.Resize(ref _talk, size);
        Array.Resize(ref _hold, size);
        Array.Resize(ref _afterCallWork, size);
        Array.Resize(ref _abandoned, size);
        Array.Resize(ref _blocked, size);
    }
}
