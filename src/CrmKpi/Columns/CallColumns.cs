using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// A call log in columns, one row per inbound call attempt: seconds waited in the queue, talked, on
/// hold and in after-call work, and whether the caller abandoned or was blocked. The constructor
/// checks the column lengths once.
/// </summary>
/// <remarks>
/// <para>
/// Each row is exactly one of: <b>blocked</b> (a busy signal; the call never reached the ACD, so its
/// durations are ignored and the abandoned flag does not matter), <b>abandoned</b> (reached the queue,
/// waited <c>wait</c> seconds and hung up; talk, hold and after-call work are ignored) or
/// <b>answered</b> (waited <c>wait</c> seconds, then was handled with the given talk, hold and
/// after-call-work seconds).
/// </para>
/// <para>
/// Every duration, ignored or not, must be finite and not negative; the calculators check this in the
/// pass that computes their result and name the column and the row of a bad value. Rows may come in
/// any order. The offered time of a call matters only for grouping: pass an interval or type index as
/// the category of <see cref="CallCenter.Volume(CallColumns, ReadOnlySpan{int}, Span{CallVolume})"/>.
/// </para>
/// </remarks>
public readonly ref struct CallColumns
{
    /// <summary>Groups the columns of a call log.</summary>
    /// <param name="waitSeconds">Seconds each call waited in the queue before it was answered or abandoned.</param>
    /// <param name="talkSeconds">Seconds of conversation of each answered call.</param>
    /// <param name="holdSeconds">Seconds the caller was on hold during each answered call.</param>
    /// <param name="afterCallWorkSeconds">Seconds of wrap-up work after each answered call.</param>
    /// <param name="abandoned">Whether the caller hung up before being answered.</param>
    /// <param name="blocked">Whether the call got a busy signal and never reached the ACD.</param>
    /// <exception cref="ArgumentException">A column differs in length from <paramref name="waitSeconds"/>; the message names it.</exception>
    public CallColumns(
        ReadOnlySpan<double> waitSeconds,
        ReadOnlySpan<double> talkSeconds,
        ReadOnlySpan<double> holdSeconds,
        ReadOnlySpan<double> afterCallWorkSeconds,
        ReadOnlySpan<bool> abandoned,
        ReadOnlySpan<bool> blocked)
    {
        Guard.SameLength(waitSeconds.Length, talkSeconds.Length, nameof(talkSeconds));
        Guard.SameLength(waitSeconds.Length, holdSeconds.Length, nameof(holdSeconds));
        Guard.SameLength(waitSeconds.Length, afterCallWorkSeconds.Length, nameof(afterCallWorkSeconds));
        Guard.SameLength(waitSeconds.Length, abandoned.Length, nameof(abandoned));
        Guard.SameLength(waitSeconds.Length, blocked.Length, nameof(blocked));
        WaitSeconds = waitSeconds;
        TalkSeconds = talkSeconds;
        HoldSeconds = holdSeconds;
        AfterCallWorkSeconds = afterCallWorkSeconds;
        Abandoned = abandoned;
        Blocked = blocked;
    }

    /// <summary>Seconds each call waited in the queue.</summary>
    public ReadOnlySpan<double> WaitSeconds { get; }

    /// <summary>Seconds of conversation of each call.</summary>
    public ReadOnlySpan<double> TalkSeconds { get; }

    /// <summary>Seconds on hold during each call.</summary>
    public ReadOnlySpan<double> HoldSeconds { get; }

    /// <summary>Seconds of after-call work of each call.</summary>
    public ReadOnlySpan<double> AfterCallWorkSeconds { get; }

    /// <summary>Whether each caller abandoned before being answered.</summary>
    public ReadOnlySpan<bool> Abandoned { get; }

    /// <summary>Whether each call was blocked (busy signal).</summary>
    public ReadOnlySpan<bool> Blocked { get; }

    /// <summary>The number of call attempts (rows).</summary>
    public int Length => WaitSeconds.Length;
}
