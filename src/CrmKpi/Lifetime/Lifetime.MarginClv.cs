using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Lifetime
{
    /// <summary>Margin CLV: average transaction x purchase frequency x lifespan x profit margin.</summary>
    /// <param name="averageTransaction">Average transaction value, in currency units. Finite, not negative.</param>
    /// <param name="purchaseFrequency">Purchases per period. Finite, not negative.</param>
    /// <param name="lifespanPeriods">Expected lifespan, in the same periods. Finite, not negative.</param>
    /// <param name="profitMargin">Profit margin as a fraction in [0, 1].</param>
    /// <returns>The lifetime profit, in currency units.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An argument is negative, NaN or infinite, or the margin is outside [0, 1].</exception>
    /// <remarks>
    /// <para>Formula: <c>CLV = average transaction x frequency x lifespan x margin</c>; with margin 1 it equals <see cref="SimpleClv"/> (V2).</para>
    /// <para>Catalog V3, source 003. Example: 50 x 4 x 3 x 0.25 = 150.</para>
    /// </remarks>
    public static double MarginClv(double averageTransaction, double purchaseFrequency, double lifespanPeriods, double profitMargin)
    {
        Guard.FiniteNonNegative(averageTransaction);
        Guard.FiniteNonNegative(purchaseFrequency);
        Guard.FiniteNonNegative(lifespanPeriods);
        Guard.InRange(profitMargin, 0.0, 1.0);
        return SimpleClv(averageTransaction, purchaseFrequency, lifespanPeriods) * profitMargin;
    }
}
