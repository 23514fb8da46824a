namespace CrmKpi;

/// <summary>
/// How revenue moved between two windows, customer by customer: the start revenue of the customers who
/// had any, split into what they expanded, contracted and churned, and the revenue of customers new to
/// the second window. The input of gross and net revenue retention (catalog R8).
/// </summary>
/// <remarks>
/// <para>Per customer with start revenue <c>p</c> and end revenue <c>q</c> (in currency units):</para>
/// <list type="bullet">
/// <item><description><c>p &gt; 0</c>, <c>q ≤ 0</c>: churned <c>p</c>.</description></item>
/// <item><description><c>p &gt; 0</c>, <c>0 &lt; q &lt; p</c>: contraction <c>p - q</c>.</description></item>
/// <item><description><c>p &gt; 0</c>, <c>q &gt; p</c>: expansion <c>q - p</c>.</description></item>
/// <item><description><c>p ≤ 0</c>, <c>q &gt; 0</c>: new revenue <c>q</c> (not part of retention).</description></item>
/// </list>
/// <para>Customers whose start revenue is zero or negative (refunds only) are outside the start base.</para>
/// </remarks>
/// <param name="StartRevenue">The sum of the positive start revenues (start MRR).</param>
/// <param name="Expansion">The sum of increases of customers who had start revenue.</param>
/// <param name="Contraction">The sum of decreases of customers who still have revenue at the end.</param>
/// <param name="Churned">The start revenue of customers with no (or negative) revenue at the end.</param>
/// <param name="NewRevenue">The end revenue of customers without start revenue.</param>
public readonly record struct RevenueMovement(double StartRevenue, double Expansion, double Contraction, double Churned, double NewRevenue)
{
    /// <summary>The revenue kept from the start base, before expansion: <c>StartRevenue - Contraction - Churned</c>.</summary>
    public double Retained => StartRevenue - Contraction - Churned;
}
