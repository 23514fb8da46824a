using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Advertising
{
    /// <summary>Ad effectiveness ratio (广告投放有效率) as source 004 defines it: ad-spend growth over sales-revenue growth (D1).</summary>
    /// <param name="adSpendGrowth">The growth rate of ad spend over the year or quarter, as a fraction (0.2 for +20%); finite.</param>
    /// <param name="salesGrowth">The growth rate of sales revenue over the same period, as a fraction; finite.</param>
    /// <returns><c>adSpendGrowth / salesGrowth</c>; infinity or NaN when sales did not grow (IEEE).</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A rate is NaN or infinite.</exception>
    /// <remarks>
    /// <para>Formula (004): <c>ad effectiveness = ad-spend growth rate / sales-revenue growth rate</c>. Read literally, a lower value is
    /// better (sales grew faster than the spend that drove them). Most practice reads effectiveness the other way, as sales growth per unit
    /// of spend growth: that reading is <see cref="SalesGrowthPerAdSpendGrowth(double, double)"/>. CrmKpi implements both, under different
    /// names, and takes neither silently.</para>
    /// <para>Catalog D1, source 004. Example: ad spend +20%, sales +10%: 2 (the inverse reading gives 0.5). Growth rates come from <see cref="Sales.SalesGrowthRate(double, double)"/>.</para>
    /// </remarks>
    public static double AdEffectivenessRatio(double adSpendGrowth, double salesGrowth)
    {
        Guard.Finite(adSpendGrowth);
        Guard.Finite(salesGrowth);
        return adSpendGrowth / salesGrowth;
    }

    /// <summary>The inverse reading of the ad effectiveness ratio: sales-revenue growth over ad-spend growth (D1, inverse).</summary>
    /// <param name="salesGrowth">The growth rate of sales revenue over the period, as a fraction; finite.</param>
    /// <param name="adSpendGrowth">The growth rate of ad spend over the same period, as a fraction; finite.</param>
    /// <returns><c>salesGrowth / adSpendGrowth</c>; infinity or NaN when ad spend did not grow (IEEE).</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A rate is NaN or infinite.</exception>
    /// <remarks>Higher is better. The reciprocal of <see cref="AdEffectivenessRatio(double, double)"/>. Example: sales +10%, ad spend +20%: 0.5.</remarks>
    public static double SalesGrowthPerAdSpendGrowth(double salesGrowth, double adSpendGrowth)
    {
        Guard.Finite(salesGrowth);
        Guard.Finite(adSpendGrowth);
        return salesGrowth / adSpendGrowth;
    }
}
