using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>Average speed of answer, ASA (平均等待时间): mean seconds answered calls waited.</summary>
    /// <param name="calls">The call log; reads the wait and the two flag columns.</param>
    /// <returns>Mean wait of answered calls in seconds; NaN with no answered call.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A wait is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>Catalog C2. Formula <c>sum(wait of answered) / answered</c>; abandoned calls' waits are not included.
    /// Example: answered after 10 and 30 s, one abandoned after 90 s: 20 s.</remarks>
    public static double AverageSpeedOfAnswer(CallColumns calls) => MeanOverAnswered(calls, calls.WaitSeconds, "waitSeconds");

    /// <summary>Average talk time (平均谈话时间): mean talk seconds of answered calls.</summary>
    /// <param name="calls">The call log; reads the talk and the two flag columns.</param>
    /// <returns>Mean talk seconds of answered calls; NaN with no answered call.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A talk duration is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>Catalog C4 (source 004). Talk excludes hold. Example: talks of 100 and 200 s: 150 s.</remarks>
    public static double AverageTalkTime(CallColumns calls) => MeanOverAnswered(calls, calls.TalkSeconds, "talkSeconds");

    /// <summary>After-call work time (后续处理时间): mean after-call-work seconds of answered calls.</summary>
    /// <param name="calls">The call log; reads the after-call-work and the two flag columns.</param>
    /// <returns>Mean after-call-work seconds of answered calls; NaN with no answered call.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An after-call-work duration is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>Catalog C5 (source 004). Example: 20 and 40 s: 30 s.</remarks>
    public static double AverageAfterCallWork(CallColumns calls) =>
        MeanOverAnswered(calls, calls.AfterCallWorkSeconds, "afterCallWorkSeconds");

    /// <summary>Average handle time, AHT (平均处理时间), from totals.</summary>
    /// <param name="talkSeconds">Total talk seconds of handled calls. Finite, not negative.</param>
    /// <param name="holdSeconds">Total hold seconds of handled calls. Finite, not negative.</param>
    /// <param name="afterCallWorkSeconds">Total after-call-work seconds. Finite, not negative.</param>
    /// <param name="handledCalls">Calls handled. Not negative.</param>
    /// <returns><c>(talk + hold + work) / handled</c> in seconds; IEEE infinity or NaN with no handled call.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A total is negative, NaN or infinite, or <paramref name="handledCalls"/> is negative.</exception>
    /// <remarks>Catalog C6. Pass 0 hold seconds for source 004's talk + after-call-work definition.
    /// Example: 30,000 talk, 2,000 hold, 6,000 work seconds over 200 calls: 190 s.</remarks>
    public static double AverageHandleTime(double talkSeconds, double holdSeconds, double afterCallWorkSeconds, long handledCalls)
    {
        Guard.FiniteNonNegative(talkSeconds);
        Guard.FiniteNonNegative(holdSeconds);
        Guard.FiniteNonNegative(afterCallWorkSeconds);
        Guard.NotNegative(handledCalls);
        return (talkSeconds + holdSeconds + afterCallWorkSeconds) / handledCalls;
    }

    /// <summary>Average handle time, AHT (平均处理时间), of a call log under a chosen definition.</summary>
    /// <param name="calls">The call log; reads talk, hold, after-call work and the two flag columns.</param>
    /// <param name="definition">Whether hold counts (<see cref="HandleTimeDefinition"/>).</param>
    /// <returns>Mean handle seconds of answered calls; NaN with no answered call.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="definition"/> is not defined, or a duration is negative, NaN
    /// or infinite (the message names the column and the row).</exception>
    /// <remarks>
    /// <para>Formula: <c>sum(talk + hold + work) / answered</c>, or without hold for
    /// <see cref="HandleTimeDefinition.TalkAfterCallWork"/> (source 004's definition).</para>
    /// <para>Catalog C6. Example: (100 + 0 + 20) and (200 + 20 + 40) s: 190 s, or 180 s without hold.</para>
    /// </remarks>
    public static double AverageHandleTime(CallColumns calls, HandleTimeDefinition definition)
    {
        Guard.Defined(definition);

        double holdFactor = definition == HandleTimeDefinition.TalkHoldAfterCallWork ? 1.0 : 0.0;
        CompensatedAccumulator sum = default;
        long answered = 0;
        for (int i = 0; i < calls.Length; i++)
        {
            double t = calls.TalkSeconds[i], h = calls.HoldSeconds[i], a = calls.AfterCallWorkSeconds[i];
            CheckSeconds(t, "talkSeconds", i);
            CheckSeconds(h, "holdSeconds", i);
            CheckSeconds(a, "afterCallWorkSeconds", i);
            if (!calls.Blocked[i] && !calls.Abandoned[i])
            {
                sum.Add(t + (holdFactor * h) + a);
                answered++;
            }
        }

        return sum.Value / answered;
    }

    private static double MeanOverAnswered(CallColumns calls, ReadOnlySpan<double> seconds, string columnName)
    {
        CompensatedAccumulator sum = default;
        long answered = 0;
        for (int i = 0; i < seconds.Length; i++)
        {
            double s = seconds[i];
            CheckSeconds(s, columnName, i);
            if (!calls.Blocked[i] && !calls.Abandoned[i])
            {
                sum.Add(s);
                answered++;
            }
        }

        return sum.Value / answered;
    }
}
