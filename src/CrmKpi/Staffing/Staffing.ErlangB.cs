using System;
using CrmKpi.Internal;

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
    /// <paramref name="targetBlocking"/> is not strictly between 0 and 1.</exception>
    /// <remarks>Catalog C13. Steps the recursion once per line: O(n). Example: 4.46 Erlangs at 1% need 10 lines (published tables).</remarks>
    public static int ErlangBServersRequired(double trafficErlangs, double targetBlocking)
    {
        Guard.FiniteNonNegative(trafficErlangs);
        CheckOpenFraction(targetBlocking);
        if (trafficErlangs == 0)
        {
            return 0;
        }

        double b = 1.0;
        int n = 0;
        while (b > targetBlocking)
        {
            n++;
            b = trafficErlangs * b / (n + (trafficErlangs * b));
        }

        return n;
    }

    /// <summary>Erlang B by recursion; the arguments are already checked.</summary>
    internal static double ErlangBRecursion(double traffic, int servers)
    {
        double b = 1.0;
        for (int k = 1; k <= servers; k++)
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
