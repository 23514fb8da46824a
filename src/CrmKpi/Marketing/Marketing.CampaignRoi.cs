using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Marketing
{
    /// <summary>Campaign ROI (因市场活动销售增长率): the return on a campaign's cost (M4).</summary>
    /// <param name="attributableRevenue">Revenue attributed to the campaign, in currency units. Finite, not negative.</param>
    /// <param name="campaignCost">The campaign's cost, in currency units. Finite, not negative.</param>
    /// <returns><c>(revenue - cost) / cost</c>, at least -1; positive infinity for a free campaign with revenue, NaN for 0 / 0.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An amount is negative, NaN or infinite.</exception>
    /// <remarks><para>Formula: <c>(attributable revenue - campaign cost) / campaign cost</c>.</para><para>Catalog M4, source 004. Example: 150,000 revenue on a 50,000 campaign: 2.</para></remarks>
    public static double CampaignRoi(double attributableRevenue, double campaignCost)
    {
        Guard.FiniteNonNegative(attributableRevenue);
        Guard.FiniteNonNegative(campaignCost);
        return (attributableRevenue - campaignCost) / campaignCost;
    }
}
