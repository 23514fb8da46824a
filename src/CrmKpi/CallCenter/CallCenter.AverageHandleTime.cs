using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>Average handle time, AHT (平均处理时间), from totals.</summary>
    /// <param name="talk">Total talk time of handled calls. Not negative.</param>
    /// <param name="hold">Total hold time of handled calls. Not negative.</param>
    /// <param name="afterCallWork">Total after-call work. Not negative.</param>
    /// <param name="handledCalls">Calls handled. Not negative.</param>
    /// <returns><c>(talk + hold + work) / handled</c> in seconds; IEEE infinity or NaN with no handled call.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A total is negative, or <paramref name="handledCalls"/> is negative.</exception>
    /// <remarks>Catalog C6. Pass 0 hold seconds for source 004's talk + after-call-work definition.
    /// Example: 30,000 talk, 2,000 hold, 6,000 work seconds over 200 calls: 190 s.</remarks>
    public static double AverageHandleTime(Duration talk, Duration hold, Duration afterCallWork, long handledCalls)
    {
        Guard.NotNegative(talk);
        Guard.NotNegative(hold);
        Guard.NotNegative(afterCallWork);
        Guard.NotNegative(handledCalls);
        return (talk.TotalSeconds + hold.TotalSeconds + afterCallWork.TotalSeconds) / handledCalls;
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
}
