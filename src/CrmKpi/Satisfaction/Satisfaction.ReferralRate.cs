using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>Referral rate (客户推荐率): new customers acquired through a referral per new customer.</summary>
    /// <param name="referredNewCustomers">New customers who came through a referral. Not negative, at most <paramref name="newCustomers"/>.</param>
    /// <param name="newCustomers">All new customers in the window. Not negative.</param>
    /// <returns><paramref name="referredNewCustomers"/> / <paramref name="newCustomers"/>, in [0, 1]; NaN with no new customers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="referredNewCustomers"/> exceeds <paramref name="newCustomers"/>.</exception>
    /// <remarks>Catalog S8 (source 002). Example: 30 referred of 200 new customers give 0.15.</remarks>
    public static double ReferralRate(long referredNewCustomers, long newCustomers) =>
        Share(referredNewCustomers, newCustomers, nameof(newCustomers));

    /// <summary>Referral rate (客户推荐率) from one flag per new customer.</summary>
    /// <param name="referred">One flag per new customer: true when the customer came through a referral.</param>
    /// <returns>True flags / flags, in [0, 1]; NaN for an empty span.</returns>
    /// <remarks>Catalog S8. Example: false, true, false, false give 0.25.</remarks>
    public static double ReferralRate(ReadOnlySpan<bool> referred) => (double)Flags.CountTrue(referred) / referred.Length;
}
