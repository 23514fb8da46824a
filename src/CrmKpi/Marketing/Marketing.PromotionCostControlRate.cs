using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Marketing
{
    /// <summary>Promotion cost control rate (市场推广费用控制率): actual promotion spend over the planned spend (M3).</summary>
    /// <param name="actualSpend">Promotion spend incurred, in currency units. Finite, not negative.</param>
    /// <param name="plannedSpend">Promotion spend planned, in currency units. Finite, not negative.</param>
    /// <returns><c>actual / planned</c>: below 1 under budget, above 1 over; positive infinity for a zero plan with spend, NaN for 0 / 0.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An amount is negative, NaN or infinite.</exception>
    /// <remarks><para>Formula: <c>actual promotion spend / planned promotion spend</c>.</para><para>Catalog M3, source 004. Example: 90,000 spent of 100,000 planned: 0.9.</para></remarks>
    public static double PromotionCostControlRate(double actualSpend, double plannedSpend) =>
        Ratios.OfAmounts(actualSpend, plannedSpend, nameof(actualSpend), nameof(plannedSpend));
}
