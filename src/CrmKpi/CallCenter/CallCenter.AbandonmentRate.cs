using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>Abandonment rate (放弃率) from counts: abandoned calls per offered call.</summary>
    /// <param name="abandoned">Calls abandoned in the queue. Not negative, at most <paramref name="offered"/>.</param>
    /// <param name="offered">Calls that reached the queue. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when nothing was offered.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="abandoned"/> exceeds <paramref name="offered"/>.</exception>
    /// <remarks>Catalog C3 (source 004). Example: 50 abandoned of 1,000 offered give 0.05.</remarks>
    public static double AbandonmentRate(long abandoned, long offered)
    {
        Guard.NotNegative(abandoned);
        Guard.NotNegative(offered);
        Guard.NotGreaterThan(abandoned, offered, nameof(offered));
        return (double)abandoned / offered;
    }

    /// <summary>Abandonment rate (放弃率) of a call log: abandoned calls per call that reached the queue.</summary>
    /// <param name="calls">The call log; blocked calls never reached the queue and are not counted.</param>
    /// <returns>A fraction in [0, 1]; NaN when no call reached the queue.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A wait is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>Catalog C3. Same as <see cref="AbandonmentRate(CallColumns, Duration)"/> with a short-abandon threshold of 0.</remarks>
    public static double AbandonmentRate(CallColumns calls) => AbandonmentRate(calls, Duration.Zero);

    /// <summary>Abandonment rate (放弃率) of a call log, short abandons excluded.</summary>
    /// <param name="calls">The call log; blocked calls never reached the queue and are not counted.</param>
    /// <param name="shortAbandon">Abandoned calls that waited less than this are dropped from numerator and denominator. Not negative.</param>
    /// <returns><c>(abandoned - short) / (offered - short)</c>, a fraction in [0, 1]; NaN when nothing remains offered.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shortAbandon"/> is negative, or a wait is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>Catalog C3. Example: 8 answered, 2 abandoned after 3 and 60 s: 2/10 = 0.2; with a 5 s short-abandon threshold 1/9.</remarks>
    public static double AbandonmentRate(CallColumns calls, Duration shortAbandon)
    {
        Guard.NotNegative(shortAbandon);
        double shortAbandonSeconds = shortAbandon.TotalSeconds;
        ReadOnlySpan<double> wait = calls.WaitSeconds;
        long offered = 0, abandoned = 0;
        for (int i = 0; i < wait.Length; i++)
        {
            double w = wait[i];
            CheckSeconds(w, "waitSeconds", i);
            if (calls.Blocked[i] || (calls.Abandoned[i] && w < shortAbandonSeconds))
            {
                continue;
            }

            offered++;
            abandoned += calls.Abandoned[i] ? 1 : 0;
        }

        return (double)abandoned / offered;
    }
}
