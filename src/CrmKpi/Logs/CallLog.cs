using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// A call log that owns its columns, one row per inbound call attempt: seconds waited, talked, on hold
/// and in after-call work, and whether the caller abandoned or was blocked (the rows of
/// <see cref="CallColumns"/>). A class, so it can live in a field, a notebook variable or across an
/// <c>await</c>, where the <see cref="CallColumns"/> ref struct cannot.
/// </summary>
/// <remarks>
/// <para>
/// The one rule of logs: a log converts implicitly to its column group, so every calculator that takes
/// <see cref="CallColumns"/> takes a <see cref="CallLog"/> as it is
/// (<c>CallCenter.Summarize(log, threshold, shortAbandon)</c>); the conversion hands out spans over the
/// log's arrays and allocates nothing.
/// </para>
/// <para>Immutable once built: nothing in the public API writes to its arrays.</para>
/// </remarks>
public sealed class CallLog
{
    private readonly double[] _waitSeconds;
    private readonly double[] _talkSeconds;
    private readonly double[] _holdSeconds;
    private readonly double[] _afterCallWorkSeconds;
    private readonly bool[] _abandoned;
    private readonly bool[] _blocked;
    private readonly int _length;

    /// <summary>
    /// Wraps existing columns in a log, without copying them: do not change them afterwards. Only the
    /// first <paramref name="length"/> elements are rows.
    /// </summary>
    /// <param name="waitSeconds">Seconds each call waited in the queue.</param>
    /// <param name="talkSeconds">Seconds of conversation of each answered call.</param>
    /// <param name="holdSeconds">Seconds on hold during each answered call.</param>
    /// <param name="afterCallWorkSeconds">Seconds of wrap-up work after each answered call.</param>
    /// <param name="abandoned">Whether the caller hung up before being answered.</param>
    /// <param name="blocked">Whether the call got a busy signal and never reached the ACD.</param>
    /// <param name="length">The number of rows: at most the length of every array.</param>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">An array is shorter than <paramref name="length"/>; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    /// <remarks>The values are not scanned here; the calculators check them in their own pass, as for <see cref="CallColumns"/>.</remarks>
    public CallLog(double[] waitSeconds, double[] talkSeconds, double[] holdSeconds, double[] afterCallWorkSeconds, bool[] abandoned, bool[] blocked, int length)
    {
        ArgumentNullException.ThrowIfNull(waitSeconds);
        ArgumentNullException.ThrowIfNull(talkSeconds);
        ArgumentNullException.ThrowIfNull(holdSeconds);
        ArgumentNullException.ThrowIfNull(afterCallWorkSeconds);
        ArgumentNullException.ThrowIfNull(abandoned);
        ArgumentNullException.ThrowIfNull(blocked);
        Guard.NotNegative(length);
        Guard.DestinationLength(length, waitSeconds.Length, nameof(waitSeconds));
        Guard.DestinationLength(length, talkSeconds.Length, nameof(talkSeconds));
        Guard.DestinationLength(length, holdSeconds.Length, nameof(holdSeconds));
        Guard.DestinationLength(length, afterCallWorkSeconds.Length, nameof(afterCallWorkSeconds));
        Guard.DestinationLength(length, abandoned.Length, nameof(abandoned));
        Guard.DestinationLength(length, blocked.Length, nameof(blocked));
        _waitSeconds = waitSeconds;
        _talkSeconds = talkSeconds;
        _holdSeconds = holdSeconds;
        _afterCallWorkSeconds = afterCallWorkSeconds;
        _abandoned = abandoned;
        _blocked = blocked;
        _length = length;
    }

    /// <summary>The number of call attempts (rows).</summary>
    public int Length => _length;

    /// <summary>Seconds each call waited in the queue.</summary>
    public ReadOnlySpan<double> WaitSeconds => _waitSeconds.AsSpan(0, _length);

    /// <summary>Seconds of conversation of each call.</summary>
    public ReadOnlySpan<double> TalkSeconds => _talkSeconds.AsSpan(0, _length);

    /// <summary>Seconds on hold during each call.</summary>
    public ReadOnlySpan<double> HoldSeconds => _holdSeconds.AsSpan(0, _length);

    /// <summary>Seconds of after-call work of each call.</summary>
    public ReadOnlySpan<double> AfterCallWorkSeconds => _afterCallWorkSeconds.AsSpan(0, _length);

    /// <summary>Whether each caller abandoned before being answered.</summary>
    public ReadOnlySpan<bool> Abandoned => _abandoned.AsSpan(0, _length);

    /// <summary>Whether each call was blocked (busy signal).</summary>
    public ReadOnlySpan<bool> Blocked => _blocked.AsSpan(0, _length);

    /// <summary>The log's columns, for the calculators: spans over the log's arrays, no copy.</summary>
    public CallColumns Columns => new(WaitSeconds, TalkSeconds, HoldSeconds, AfterCallWorkSeconds, Abandoned, Blocked);

    /// <summary>The log's columns: the one rule of logs, so a log is passed wherever <see cref="CallColumns"/> are taken.</summary>
    /// <param name="log">The log.</param>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is null.</exception>
    public static implicit operator CallColumns(CallLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.Columns;
    }

    /// <summary>The log's columns (the named form of the implicit conversion).</summary>
    /// <returns>The columns.</returns>
    public CallColumns ToCallColumns() => Columns;
}
