using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Staffing
{
    /// <summary>Erlang C probability of waiting: the share of calls that find every agent busy and queue.</summary>
    /// <param name="trafficErlangs">Offered traffic A in Erlangs. Finite, not negative.</param>
    /// <param name="agents">Agents n. Greater than zero.</param>
    /// <returns>
    /// <c>C(n, A) = n B / (n - A (1 - B))</c> with <c>B = B(n, A)</c> the Erlang B value, in [0, 1]; 1 when
    /// <c>A &gt;= n</c> (the queue grows without bound, every call waits), 0 with no traffic.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trafficErlangs"/> is negative, NaN or infinite, or <paramref name="agents"/> is not positive.</exception>
    /// <remarks>
    /// <para>Equals the textbook <c>(A^n / n! * n / (n - A)) / (sum_{k&lt;n} A^k / k! + A^n / n! * n / (n - A))</c>, computed
    /// without factorials (see <see cref="Staffing"/>).</para>
    /// <para>Catalog C13. Worked example (Westbay Engineers, "The Erlang-C formula"): 360 calls per half hour, 240 s handle time,
    /// so A = 48 Erlangs, and 55 agents: probability of waiting 0.2387.</para>
    /// </remarks>
    public static double ErlangC(double trafficErlangs, int agents)
    {
        CheckErlangC(trafficErlangs, agents);
        return ErlangCUnchecked(trafficErlangs, agents, ErlangBRecursion(trafficErlangs, agents));
    }

    /// <summary>Erlang C service level: the share of calls answered within a threshold.</summary>
    /// <param name="trafficErlangs">Offered traffic A in Erlangs. Finite, not negative.</param>
    /// <param name="agents">Agents n. Greater than zero.</param>
    /// <param name="averageHandleTime">Average handle time. Greater than zero.</param>
    /// <param name="threshold">The threshold T (20 s for "80/20"). Not negative.</param>
    /// <returns><c>1 - C(n, A) exp(-(n - A) T / AHT)</c>, in [0, 1]; 0 when <c>A &gt;= n</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trafficErlangs"/> is negative, NaN or infinite,
    /// <paramref name="agents"/> is not positive, <paramref name="averageHandleTime"/> is not positive or <paramref name="threshold"/> is negative.</exception>
    /// <remarks>Catalog C13. Westbay example (A = 48, n = 55, AHT 240 s, T = 15 s): 1 - 0.2387 e^(-0.4375) = 0.8459.</remarks>
    public static double ErlangCServiceLevel(double trafficErlangs, int agents, Duration averageHandleTime, Duration threshold)
    {
        CheckErlangC(trafficErlangs, agents);
        Guard.Positive(averageHandleTime);
        Guard.NotNegative(threshold);
        double c = ErlangCUnchecked(trafficErlangs, agents, ErlangBRecursion(trafficErlangs, agents));
        return ServiceLevelUnchecked(trafficErlangs, agents, averageHandleTime.TotalSeconds, threshold.TotalSeconds, c);
    }

    /// <summary>Erlang C average speed of answer (ASA): the mean wait over all calls, those answered at once included.</summary>
    /// <param name="trafficErlangs">Offered traffic A in Erlangs. Finite, not negative.</param>
    /// <param name="agents">Agents n. Greater than zero.</param>
    /// <param name="averageHandleTime">Average handle time. Greater than zero.</param>
    /// <returns><c>C(n, A) AHT / (n - A)</c> in seconds (a <see cref="double"/>, because it is infinite when <c>A &gt;= n</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trafficErlangs"/> is negative, NaN or infinite,
    /// <paramref name="agents"/> is not positive, or <paramref name="averageHandleTime"/> is not positive.</exception>
    /// <remarks>Catalog C13. Westbay example (A = 48, n = 55, AHT 240 s): 0.2387 * 240 / 7 = 8.18 s.</remarks>
    public static double ErlangCAverageSpeedOfAnswer(double trafficErlangs, int agents, Duration averageHandleTime)
    {
        CheckErlangC(trafficErlangs, agents);
        Guard.Positive(averageHandleTime);
        double c = ErlangCUnchecked(trafficErlangs, agents, ErlangBRecursion(trafficErlangs, agents));
        return AsaUnchecked(trafficErlangs, agents, averageHandleTime.TotalSeconds, c);
    }

    /// <summary>Agent occupancy predicted by Erlang C: the share of agent time spent handling calls.</summary>
    /// <param name="trafficErlangs">Offered traffic A in Erlangs. Finite, not negative.</param>
    /// <param name="agents">Agents n. Greater than zero.</param>
    /// <returns><c>A / n</c>, capped at 1 (when <c>A &gt;= n</c> every agent is busy all the time).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument breaks its constraint.</exception>
    /// <remarks>Catalog C13 (compare C7, measured occupancy). Westbay example: 48 / 55 = 0.8727.</remarks>
    public static double Occupancy(double trafficErlangs, int agents)
    {
        CheckErlangC(trafficErlangs, agents);
        return Math.Min(1.0, trafficErlangs / agents);
    }

    /// <summary>The fewest agents whose Erlang C service level reaches a target.</summary>
    /// <param name="trafficErlangs">Offered traffic A in Erlangs. Finite, not negative.</param>
    /// <param name="averageHandleTime">Average handle time. Greater than zero.</param>
    /// <param name="threshold">The threshold T (20 s for "80/20"). Not negative.</param>
    /// <param name="targetServiceLevel">The share of calls to answer within T, strictly between 0 and 1 (0.8 for "80/20").</param>
    /// <returns>The smallest n &gt; A with <c>SL(n) &gt;= target</c>; 0 with no traffic.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trafficErlangs"/> is negative, NaN or infinite (or the answer would exceed <see cref="int.MaxValue"/> agents), <paramref name="averageHandleTime"/> is not positive, <paramref name="threshold"/> is negative,
    /// or <paramref name="targetServiceLevel"/> is not strictly between 0 and 1.</exception>
    /// <remarks>
    /// <para>Starts at <c>floor(A) + 1</c> (the fewest agents for a stable queue) and steps the Erlang B recursion one agent at
    /// a time, so the whole search costs O(n) with no repeated work. Shrinkage is not applied: divide by
    /// <c>1 - shrinkage</c> for rostered heads.</para>
    /// <para>Catalog C13. Example: 100 calls per half hour of 180 s (A = 10 Erlangs) need 14 agents for 80% within 20 s
    /// (13 agents give 79.6%, 14 give 88.8%).</para>
    /// </remarks>
    public static int ErlangCAgentsRequired(double trafficErlangs, Duration averageHandleTime, Duration threshold, double targetServiceLevel)
    {
        Guard.FiniteNonNegative(trafficErlangs);
        Guard.Positive(averageHandleTime);
        Guard.NotNegative(threshold);
        double averageHandleSeconds = averageHandleTime.TotalSeconds, thresholdSeconds = threshold.TotalSeconds;
        CheckOpenFraction(targetServiceLevel);
        if (trafficErlangs == 0)
        {
            return 0;
        }

        int n = FirstStableAgents(trafficErlangs);
        double b = ErlangBRecursion(trafficErlangs, n);
        while (true)
        {
            double c = ErlangCUnchecked(trafficErlangs, n, b);
            if (ServiceLevelUnchecked(trafficErlangs, n, averageHandleSeconds, thresholdSeconds, c) >= targetServiceLevel)
            {
                return n;
            }

            n = NextAgents(n, trafficErlangs);
            b = trafficErlangs * b / (n + (trafficErlangs * b));
        }
    }

    /// <summary>The fewest agents whose Erlang C average speed of answer is at most a target.</summary>
    /// <param name="trafficErlangs">Offered traffic A in Erlangs. Finite, not negative.</param>
    /// <param name="averageHandleTime">Average handle time. Greater than zero.</param>
    /// <param name="targetAverageSpeedOfAnswer">The longest acceptable ASA. Greater than zero.</param>
    /// <returns>The smallest n &gt; A with <c>ASA(n) &lt;= target</c>; 0 with no traffic.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trafficErlangs"/> is negative, NaN or infinite (or the answer would exceed <see cref="int.MaxValue"/> agents), or <paramref name="averageHandleTime"/> or <paramref name="targetAverageSpeedOfAnswer"/> is not positive.</exception>
    /// <remarks>Catalog C13. Example: A = 10 Erlangs, AHT 180 s, ASA at most 20 s: 13 agents (ASA 17.1 s; 12 give 40.4 s).</remarks>
    public static int ErlangCAgentsRequiredForAsa(double trafficErlangs, Duration averageHandleTime, Duration targetAverageSpeedOfAnswer)
    {
        Guard.FiniteNonNegative(trafficErlangs);
        Guard.Positive(averageHandleTime);
        Guard.Positive(targetAverageSpeedOfAnswer);
        double averageHandleSeconds = averageHandleTime.TotalSeconds, targetAsaSeconds = targetAverageSpeedOfAnswer.TotalSeconds;
        if (trafficErlangs == 0)
        {
            return 0;
        }

        int n = FirstStableAgents(trafficErlangs);
        double b = ErlangBRecursion(trafficErlangs, n);
        while (AsaUnchecked(trafficErlangs, n, averageHandleSeconds, ErlangCUnchecked(trafficErlangs, n, b)) > targetAsaSeconds)
        {
            n = NextAgents(n, trafficErlangs);
            b = trafficErlangs * b / (n + (trafficErlangs * b));
        }

        return n;
    }

    private static int FirstStableAgents(double trafficErlangs)
    {
        double first = Math.Floor(trafficErlangs) + 1;
        if (first > int.MaxValue)
        {
            ThrowTooManyAgents(trafficErlangs);
        }

        return (int)first;
    }

    private static void CheckErlangC(double trafficErlangs, int agents, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(trafficErlangs))] string trafficName = "", [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(agents))] string agentsName = "")
    {
        Guard.FiniteNonNegative(trafficErlangs, trafficName);
        Guard.Positive(agents, agentsName);
    }

    /// <summary>C from B: <c>n B / (n - A (1 - B))</c>, or 1 when the queue is unstable.</summary>
    internal static double ErlangCUnchecked(double traffic, int agents, double erlangB) =>
        traffic >= agents ? 1.0 : agents * erlangB / (agents - (traffic * (1 - erlangB)));

    private static double ServiceLevelUnchecked(double traffic, int agents, double aht, double threshold, double c) =>
        traffic >= agents ? 0.0 : Math.Max(0.0, 1 - (c * Math.Exp(-(agents - traffic) * threshold / aht)));

    private static double AsaUnchecked(double traffic, int agents, double aht, double c) =>
        traffic >= agents ? double.PositiveInfinity : c * aht / (agents - traffic);
}
