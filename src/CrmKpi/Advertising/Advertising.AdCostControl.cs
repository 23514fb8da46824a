using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Advertising
{
    /// <summary>Ad cost control (广告费用控制): actual ad spend over the ad budget (D2).</summary>
    /// <param name="actualSpend">Ad spend incurred, in currency units. Finite, not negative.</param>
    /// <param name="budget">The ad budget, in currency units. Finite, not negative.</param>
    /// <returns><c>actual / budget</c>: above 1 is over budget; IEEE results for a zero budget.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An amount is negative, NaN or infinite.</exception>
    /// <remarks><para>Formula: <c>actual ad spend / ad budget</c>.</para><para>Catalog D2, source 004. Example: 46,000 of a 40,000 budget: 1.15.</para></remarks>
    public static double AdCostControl(double actualSpend, double budget) =>
        Ratios.OfAmounts(actualSpend, budget, nameof(actualSpend), nameof(budget));
}
