using System;
using CrmKpi.Internal;
using MathNet.Numerics;

namespace CrmKpi;

public static partial class Staffing
{
    /// <summary>Erlang B blocking probability: the share of calls that find all <paramref name="servers"/> lines busy and are lost.</summary>
    /// <param name="trafficErlangs">Offered traffic A in Erlangs. Finite, not negative.</param>
    /// <param name="servers">Lines (trunks) n. Not negative.</param>
    /// <returns><c>B(n, A) = (A^n / n!) / sum_{k=0..n} A^k / k!</c>, in [0, 1]; 1 with no lines, 0 with no traffic and at least one line.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trafficErlangs"/> is negative, NaN or infinite, or <paramref name="servers"/> is negative.</exception>
    /// <remarks>
    /// <para>Computed by the recursion <c>B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1))</c> in O(n), stable for any size
    /// (the closed form overflows past n = 170).</para>
    /// <para>Catalog C13. Published Erlang B tables: 10 lines at 1% blocking carry 4.46 Erlangs; 20 lines, 12.03; 100 lines, 84.06.</para>
    /// </remarks>
    public static double ErlangB(double trafficErlangs, int servers)
    {
        Guard.FiniteNonNegative(trafficErlangs);
        Guard.NotNegative(servers);
        return ErlangBRecursion(trafficErlangs, servers);
    }

    /// <summary>The fewest lines whose Erlang B blocking probability is at most the target.</summary>
    /// <param name="trafficErlangs">Offered traffic A in Erlangs. Finite, not negative.</param>
    /// <param name="targetBlocking">The highest acceptable blocking probability, strictly between 0 and 1 (0.01 for "P.01").</param>
    /// <returns>The smallest n with <c>B(n, A) &lt;= targetBlocking</c>; 0 with no traffic.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trafficErlangs"/> is negative, NaN or infinite, or
    /// <paramref name="targetBlocking"/> is not strictly between 0 and 1, or the answer would exceed <see cref="int.MaxValue"/> lines
    /// (named <paramref name="trafficErlangs"/>).</exception>
    /// <remarks>Catalog C13. Starts at <c>A (1 - target)</c> (below it <c>B(n) &gt;= 1 - n/A</c> is above the target) and steps the
    /// recursion once per line from there. Example: 4.46 Erlangs at 1% need 10 lines (published tables).</remarks>
    public static int ErlangBServersRequired(double trafficErlangs, double targetBlocking)
    {
        Guard.FiniteNonNegative(trafficErlangs);
        CheckOpenFraction(targetBlocking);
        if (trafficErlangs == 0)
        {
            return 0;
        }

        // B(n) >= 1 - n / A, so no n below A (1 - target) can reach the target: start the search there.
        double lowest = Math.Ceiling(trafficErlangs * (1 - targetBlocking)) - 1;
        if (lowest >= int.MaxValue)
        {
            ThrowTooManyAgents(trafficErlangs);
        }

        int n = (int)Math.Max(0, lowest);
        double b = ErlangBRecursion(trafficErlangs, n);
        while (b > targetBlocking)
        {
            n = NextAgents(n, trafficErlangs);
            b = trafficErlangs * b / (n + (trafficErlangs * b));
        }

        return n;
    }

    /// <summary><paramref name="agents"/> + 1, or a throw naming the traffic when that passes <see cref="int.MaxValue"/>.</summary>
    private static int NextAgents(int agents, double trafficErlangs)
    {
        if (agents == int.MaxValue)
        {
            ThrowTooManyAgents(trafficErlangs);
        }

        return agents + 1;
    }

    private static void ThrowTooManyAgents(double trafficErlangs) =>
        Guard.ThrowOutOfRange(nameof(trafficErlangs), trafficErlangs, "needs more agents or lines than an int holds");

    /// <summary>Up to this many servers the recursion runs from B(0) = 1, one step per server.</summary>
    internal const int DirectRecursionLimit = 100_000;

    /// <summary>
    /// Erlang B by recursion; the arguments are already checked. Any <paramref name="servers"/> up to
    /// <see cref="int.MaxValue"/> costs at most O(sqrt(A)) steps beyond <see cref="DirectRecursionLimit"/>.
    /// </summary>
    /// <remarks>
    /// <para>Up to <see cref="DirectRecursionLimit"/> servers the recursion runs from B(0) = 1 and stops early once B
    /// underflows to 0 (it then stays 0). Beyond it, two shortcuts keep the cost bounded:</para>
    /// <para>Far more servers than traffic: <c>1/B(n) = sum_m n! / (m! A^(n-m)) &gt;= n! / (m! A^(n-m))</c> for any
    /// <c>m &lt;= n</c>, so with <c>m = min(n, floor A)</c>, B is below <c>m! A^(n-m) / n!</c>; when that bound is under
    /// e^-760 (far below the smallest double) B is 0 exactly as the recursion would return it.</para>
    /// <para>Otherwise the recursion starts late, at k0 with B = 1. In <c>y = 1/B</c> the recursion is
    /// <c>y(k) = 1 + (k/A) y(k-1)</c>, so an error in the start value shrinks by the factor <c>1 - B(k)</c> at every step;
    /// and <c>B(k) &gt;= 1 - k/A</c> (no more than k servers' worth of traffic is carried). k0 is chosen so those lower
    /// bounds add up to at least 50 over the steps taken: the start error (less than 100%) is then below e^-50 = 2e-22,
    /// far under one rounding.</para>
    /// </remarks>
    internal static double ErlangBRecursion(double traffic, int servers)
    {
        if (servers <= DirectRecursionLimit || traffic == 0)
        {
            return ErlangBSteps(traffic, 0, 1.0, servers);
        }

        double n = servers, m = Math.Min(n, Math.Floor(traffic));
        double logBound = SpecialFunctions.GammaLn(m + 1) + ((n - m) * Math.Log(traffic)) - SpecialFunctions.GammaLn(n + 1);
        if (logBound < -760)
        {
            return 0.0;
        }

        long start = (long)m;
        double forgotten = 0;
        while (start > 0 && forgotten < 50)
        {
            forgotten += 1 - (start / traffic);
            start--;
        }

        return ErlangBSteps(traffic, start, 1.0, servers);
    }

    /// <summary>Steps the Erlang B recursion from B(<paramref name="from"/>) = <paramref name="b"/> to B(<paramref name="servers"/>); stops once B is 0.</summary>
    private static double ErlangBSteps(double traffic, long from, double b, int servers)
    {
        for (long k = from + 1; k <= servers && b != 0; k++)
        {
            b = traffic * b / (k + (traffic * b));
        }

        return b;
    }

    private static void CheckOpenFraction(double value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!(value > 0 && value < 1))
        {
            Guard.ThrowOutOfRange(paramName, value, "must be strictly between 0 and 1");
        }
    }
}
