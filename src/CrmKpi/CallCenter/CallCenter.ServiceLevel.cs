using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>Service level (服务层级) from counts: calls answered within the threshold per call counted.</summary>
    /// <param name="answeredWithinThreshold">Calls answered within the threshold. Not negative, at most <paramref name="callsCounted"/>.</param>
    /// <param name="callsCounted">The definition's denominator (see <see cref="ServiceLevelDefinition"/>). Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when <paramref name="callsCounted"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="answeredWithinThreshold"/> exceeds <paramref name="callsCounted"/>.</exception>
    /// <remarks>Catalog C1 (source 004, target 80% within 20 s). Example: 800 of 1,000 calls within 20 s give 0.8.</remarks>
    public static double ServiceLevel(long answeredWithinThreshold, long callsCounted)
    {
        Guard.NotNegative(answeredWithinThreshold);
        Guard.NotNegative(callsCounted);
        Guard.NotGreaterThan(answeredWithinThreshold, callsCounted, nameof(callsCounted));
        return (double)answeredWithinThreshold / callsCounted;
    }

    /// <summary>Service level (服务层级) of a call log with no short-abandon threshold.</summary>
    /// <param name="calls">The call log.</param>
    /// <param name="threshold">The threshold T: an answered call meets it when it waited at most T. Not negative.</param>
    /// <param name="definition">How abandoned calls count; see <see cref="ServiceLevelDefinition"/> for each formula.</param>
    /// <returns>A fraction in [0, 1]; NaN when the definition's denominator is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative, <paramref name="definition"/>
    /// is not defined, or a wait is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>Catalog C1. Same as <see cref="ServiceLevel(CallColumns, Duration, ServiceLevelDefinition, Duration)"/> with a short-abandon threshold of 0.</remarks>
    public static double ServiceLevel(CallColumns calls, Duration threshold, ServiceLevelDefinition definition) =>
        ServiceLevel(calls, threshold, definition, Duration.Zero);

    /// <summary>Service level (服务层级) of a call log: answered within T seconds per call counted, under a chosen definition.</summary>
    /// <param name="calls">The call log; reads the wait and the two flag columns.</param>
    /// <param name="threshold">The threshold T: an answered call meets it when it waited at most T. Not negative.</param>
    /// <param name="definition">How abandoned calls count; see <see cref="ServiceLevelDefinition"/> for each formula.</param>
    /// <param name="shortAbandon">Abandoned calls that waited less than this are dropped from numerator and denominator. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when the definition's denominator is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> or <paramref name="shortAbandon"/> is negative, <paramref name="definition"/>
    /// is not defined, or a wait is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>
    /// <para>Formulas (W answered within T, N answered, X abandoned and not short, X&gt;T of them after T):
    /// <see cref="ServiceLevelDefinition.AbandonedInDenominator"/> <c>W / (N + X)</c>;
    /// <see cref="ServiceLevelDefinition.AbandonedAfterThresholdInDenominator"/> <c>W / (N + X&gt;T)</c>;
    /// <see cref="ServiceLevelDefinition.AbandonedExcluded"/> <c>W / N</c>;
    /// <see cref="ServiceLevelDefinition.AbandonedWithinThresholdAsMet"/> <c>(W + X - X&gt;T) / (N + X)</c>.</para>
    /// <para>Catalog C1 (source 004: a target of 80% within 20 s). Example: answered after 10, 15, 30 s, abandoned after 5
    /// and 40 s, T = 20: 2/5, 2/4, 2/3 and 3/5 under the four definitions; with a short-abandon threshold of 8 s, the
    /// 5 s abandon drops out and the first gives 2/4.</para>
    /// </remarks>
    public static double ServiceLevel(CallColumns calls, Duration threshold, ServiceLevelDefinition definition, Duration shortAbandon)
    {
        Guard.NotNegative(threshold);
        Guard.NotNegative(shortAbandon);
        Guard.Defined(definition);
        double thresholdSeconds = threshold.TotalSeconds, shortAbandonSeconds = shortAbandon.TotalSeconds;

        ReadOnlySpan<double> wait = calls.WaitSeconds;
        long within = 0, answered = 0, abandoned = 0, abandonedAfter = 0, abandonedWithin = 0;
        for (int i = 0; i < wait.Length; i++)
        {
            double w = wait[i];
            CheckSeconds(w, "waitSeconds", i);
            if (calls.Blocked[i])
            {
                continue;
            }

            if (!calls.Abandoned[i])
            {
                answered++;
                within += w <= thresholdSeconds ? 1 : 0;
            }
            else if (w >= shortAbandonSeconds)
            {
                abandoned++;
                abandonedAfter += w > thresholdSeconds ? 1 : 0;
                abandonedWithin += w <= thresholdSeconds ? 1 : 0;
            }
        }

        return definition switch
        {
            ServiceLevelDefinition.AbandonedInDenominator => (double)within / (answered + abandoned),
            ServiceLevelDefinition.AbandonedAfterThresholdInDenominator => (double)within / (answered + abandonedAfter),
            ServiceLevelDefinition.AbandonedExcluded => (double)within / answered,
            _ => (double)(within + abandonedWithin) / (answered + abandoned),
        };
    }
}
