using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Lifetime
{
    /// <summary>Simple CLV: average purchase value x purchases per period x lifespan in periods.</summary>
    /// <param name="averagePurchaseValue">Average purchase value, in currency units. Finite, not negative.</param>
    /// <param name="purchasesPerPeriod">Purchases per period. Finite, not negative.</param>
    /// <param name="lifespanPeriods">Expected customer lifespan, in the same periods. Finite, not negative.</param>
    /// <returns>The product of the three, in currency units.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An argument is negative, NaN or infinite.</exception>
    /// <remarks>
    /// <para>Formula: <c>CLV = average purchase value x purchase frequency x lifespan</c>. It is revenue, not profit:
    /// <see cref="MarginClv"/> (V3) applies a margin, and equals this with margin 1.</para>
    /// <para>Catalog V2. Source 002: 100 x 2 x 5 = 1,000.</para>
    /// </remarks>
    public static double SimpleClv(double averagePurchaseValue, double purchasesPerPeriod, double lifespanPeriods)
    {
        Guard.FiniteNonNegative(averagePurchaseValue);
        Guard.FiniteNonNegative(purchasesPerPeriod);
        Guard.FiniteNonNegative(lifespanPeriods);
        return averagePurchaseValue * purchasesPerPeriod * lifespanPeriods;
    }
}
