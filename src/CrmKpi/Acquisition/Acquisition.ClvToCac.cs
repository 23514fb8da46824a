using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Acquisition
{
    /// <summary>CLV to CAC ratio: how many times a customer's lifetime value covers the cost of acquiring them.</summary>
    /// <param name="clv">Customer lifetime value, in currency units (from any <see cref="Lifetime"/> variant). Finite; may be negative for loss-making customers.</param>
    /// <param name="cac">Customer acquisition cost, in currency units. Finite, not negative.</param>
    /// <returns><paramref name="clv"/> / <paramref name="cac"/>; with zero CAC the IEEE result (infinity of CLV's sign, NaN when CLV is zero too).</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="clv"/> is NaN or infinite, or <paramref name="cac"/> is negative, NaN or infinite.</exception>
    /// <remarks>
    /// <para>Formula: <c>CLV / CAC</c>. A healthy business has a ratio above 1: CLV "covers and exceeds" CAC (003); 3 is a common SaaS target.</para>
    /// <para>Catalog A3. Example: CLV 1,000 and CAC 500 give 2.</para>
    /// </remarks>
    public static double ClvToCac(double clv, double cac)
    {
        Guard.Finite(clv);
        Guard.FiniteNonNegative(cac);
        return clv / cac;
    }
}
