using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Sales
{
    /// <summary>Close rate (成交率): deals closed per lead (P3).</summary>
    /// <param name="closedDeals">Deals closed (won) from the leads. Not negative, at most <paramref name="leads"/>.</param>
    /// <param name="leads">Leads in the window. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when there are no leads.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="closedDeals"/> exceeds <paramref name="leads"/>.</exception>
    /// <remarks><para>Formula: <c>deals closed / leads</c>.</para><para>Catalog P3, sources 003 and 004. Example: 25 deals from 500 leads: 0.05.</para></remarks>
    public static double CloseRate(long closedDeals, long leads) =>
        Ratios.Share(closedDeals, leads, nameof(closedDeals), nameof(leads));
}
