using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Acquisition
{
    /// <summary>New-customer penetration (招新率/新客渗透率): the share of a brand's new customers that one product line recruited.</summary>
    /// <param name="recruitedByLine">New customers whose first purchase was in the product line. Not negative, at most <paramref name="totalNewCustomers"/>.</param>
    /// <param name="totalNewCustomers">The brand's new customers in the same window. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when there are no new customers at all.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A count is negative, or <paramref name="recruitedByLine"/> exceeds <paramref name="totalNewCustomers"/>.</exception>
    /// <remarks>
    /// <para>Formula: <c>recruited by the line / total new customers</c>.</para>
    /// <para>Catalog A10, source 004. Example: 30 of 120 new customers: 0.25.</para>
    /// </remarks>
    public static double NewCustomerPenetration(long recruitedByLine, long totalNewCustomers)
    {
        Guard.NotNegative(recruitedByLine);
        Guard.NotNegative(totalNewCustomers);
        Guard.NotGreaterThan(recruitedByLine, totalNewCustomers, nameof(totalNewCustomers));
        return (double)recruitedByLine / totalNewCustomers;
    }
}
