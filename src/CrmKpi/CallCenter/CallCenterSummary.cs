using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// Everything one pass over a call log yields (catalog C1 to C6, C10 and the totals of C11): counts of
/// blocked, answered and abandoned calls, and the seconds of answered calls. Built by
/// <see cref="CallCenter.Summarize(CallColumns, NodaTime.Duration, NodaTime.Duration)"/>; each metric is a member here.
/// </summary>
/// <remarks>
/// <para>Counts are exact; sums of seconds are compensated. Two summaries of parts of a log made with the
/// same thresholds merge with <see cref="Merge(CallCenterSummary)"/>, so partitions can be summarised apart.</para>
/// <para>Ratios follow IEEE rules: x / 0 is infinity and 0 / 0 is NaN (for example, every average is
/// NaN when no call was answered).</para>
/// </remarks>
public readonly record struct CallCenterSummary
{
    internal CallCenterSummary(
        double thresholdSeconds,
        double shortAbandonSeconds,
        long calls,
        long blocked,
        long answered,
        long answeredWithinThreshold,
        long abandoned,
        long shortAbandoned,
        long abandonedAfterThreshold,
        double answeredWaitSeconds,
        double talkSeconds,
        double holdSeconds,
        double afterCallWorkSeconds)
    {
        ThresholdSeconds = thresholdSeconds;
        ShortAbandonSeconds = shortAbandonSeconds;
        Calls = calls;
        Blocked = blocked;
        Answered = answered;
        AnsweredWithinThreshold = answeredWithinThreshold;
        Abandoned = abandoned;
        ShortAbandoned = shortAbandoned;
        AbandonedAfterThreshold = abandonedAfterThreshold;
        AnsweredWaitSeconds = answeredWaitSeconds;
        TalkSeconds = talkSeconds;
        HoldSeconds = holdSeconds;
        AfterCallWorkSeconds = afterCallWorkSeconds;
    }

    /// <summary>The service-level threshold T, in seconds: an answered call meets it when its wait is at most T.</summary>
    public double ThresholdSeconds { get; }

    /// <summary>Abandoned calls that waited less than this many seconds are short abandons (0: none are).</summary>
    public double ShortAbandonSeconds { get; }

    /// <summary>Call attempts: every row of the log.</summary>
    public long Calls { get; }

    /// <summary>Calls that got a busy signal and never reached the ACD (C10).</summary>
    public long Blocked { get; }

    /// <summary>Calls that reached the queue: <c>Calls - Blocked</c>.</summary>
    public long Offered => Calls - Blocked;

    /// <summary>Calls answered (handled) by an agent.</summary>
    public long Answered { get; }

    /// <summary>Answered calls that waited at most <see cref="ThresholdSeconds"/>.</summary>
    public long AnsweredWithinThreshold { get; }

    /// <summary>Calls abandoned in the queue, short abandons included.</summary>
    public long Abandoned { get; }

    /// <summary>Abandoned calls that waited less than <see cref="ShortAbandonSeconds"/>.</summary>
    public long ShortAbandoned { get; }

    /// <summary>Abandoned calls, not short, that waited more than <see cref="ThresholdSeconds"/>.</summary>
    public long AbandonedAfterThreshold { get; }

    /// <summary>Seconds answered calls waited, in total.</summary>
    public double AnsweredWaitSeconds { get; }

    /// <summary>Seconds of talk of answered calls, in total.</summary>
    public double TalkSeconds { get; }

    /// <summary>Seconds on hold of answered calls, in total.</summary>
    public double HoldSeconds { get; }

    /// <summary>Seconds of after-call work of answered calls, in total.</summary>
    public double AfterCallWorkSeconds { get; }

    /// <summary>Service level (C1) under the given definition; see <see cref="ServiceLevelDefinition"/> for each formula.</summary>
    /// <param name="definition">How abandoned calls count.</param>
    /// <returns>A fraction in [0, 1]; NaN when the definition's denominator is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="definition"/> is not a defined value.</exception>
    public double ServiceLevel(ServiceLevelDefinition definition)
    {
        long abandonedCounted = Abandoned - ShortAbandoned;
        return definition switch
        {
            ServiceLevelDefinition.AbandonedInDenominator => (double)AnsweredWithinThreshold / (Answered + abandonedCounted),
            ServiceLevelDefinition.AbandonedAfterThresholdInDenominator => (double)AnsweredWithinThreshold / (Answered + AbandonedAfterThreshold),
            ServiceLevelDefinition.AbandonedExcluded => (double)AnsweredWithinThreshold / Answered,
            ServiceLevelDefinition.AbandonedWithinThresholdAsMet =>
                (double)(AnsweredWithinThreshold + abandonedCounted - AbandonedAfterThreshold) / (Answered + abandonedCounted),
            _ => Guard.ThrowUndefined<ServiceLevelDefinition, double>(nameof(definition), definition),
        };
    }

    /// <summary>Average speed of answer, ASA (C2): mean seconds answered calls waited; NaN with no answered call.</summary>
    public double AverageSpeedOfAnswer => AnsweredWaitSeconds / Answered;

    /// <summary>
    /// Abandonment rate (C3): abandoned calls / offered calls, short abandons left out of both;
    /// a fraction in [0, 1], NaN when nothing was offered.
    /// </summary>
    public double AbandonmentRate => (double)(Abandoned - ShortAbandoned) / (Offered - ShortAbandoned);

    /// <summary>Average talk time (C4): mean talk seconds of answered calls; NaN with no answered call.</summary>
    public double AverageTalkTime => TalkSeconds / Answered;

    /// <summary>Mean hold seconds of answered calls; NaN with no answered call.</summary>
    public double AverageHoldTime => HoldSeconds / Answered;

    /// <summary>After-call work time (C5): mean after-call-work seconds of answered calls; NaN with no answered call.</summary>
    public double AverageAfterCallWork => AfterCallWorkSeconds / Answered;

    /// <summary>Total handling seconds of answered calls under the given definition.</summary>
    /// <param name="definition">Which parts of a call count.</param>
    /// <returns>Talk + hold + after-call work, or talk + after-call work, summed over answered calls.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="definition"/> is not a defined value.</exception>
    public double HandleSeconds(HandleTimeDefinition definition) => definition switch
    {
        HandleTimeDefinition.TalkHoldAfterCallWork => TalkSeconds + HoldSeconds + AfterCallWorkSeconds,
        HandleTimeDefinition.TalkAfterCallWork => TalkSeconds + AfterCallWorkSeconds,
        _ => Guard.ThrowUndefined<HandleTimeDefinition, double>(nameof(definition), definition),
    };

    /// <summary>Average handle time, AHT (C6): <see cref="HandleSeconds(HandleTimeDefinition)"/> / answered calls.</summary>
    /// <param name="definition">Which parts of a call count.</param>
    /// <returns>Mean seconds per answered call; NaN with no answered call.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="definition"/> is not a defined value.</exception>
    public double AverageHandleTime(HandleTimeDefinition definition) => HandleSeconds(definition) / Answered;

    /// <summary>Blocked calls / call attempts (C10), a fraction in [0, 1]; NaN for an empty log.</summary>
    public double BlockedShare => (double)Blocked / Calls;

    /// <summary>The summary of the two logs together.</summary>
    /// <param name="other">A summary of another part of the log, made with the same thresholds.</param>
    /// <returns>Counts and sums added.</returns>
    /// <exception cref="ArgumentException">The thresholds differ.</exception>
    public CallCenterSummary Merge(CallCenterSummary other)
    {
        if (!ThresholdSeconds.Equals(other.ThresholdSeconds) || !ShortAbandonSeconds.Equals(other.ShortAbandonSeconds))
        {
            throw new ArgumentException("Summaries made with different thresholds cannot be merged.", nameof(other));
        }

        return new CallCenterSummary(
            ThresholdSeconds,
            ShortAbandonSeconds,
            Calls + other.Calls,
            Blocked + other.Blocked,
            Answered + other.Answered,
            AnsweredWithinThreshold + other.AnsweredWithinThreshold,
            Abandoned + other.Abandoned,
            ShortAbandoned + other.ShortAbandoned,
            AbandonedAfterThreshold + other.AbandonedAfterThreshold,
            AnsweredWaitSeconds + other.AnsweredWaitSeconds,
            TalkSeconds + other.TalkSeconds,
            HoldSeconds + other.HoldSeconds,
            AfterCallWorkSeconds + other.AfterCallWorkSeconds);
    }
}
