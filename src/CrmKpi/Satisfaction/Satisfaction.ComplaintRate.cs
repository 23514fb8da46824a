using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>Complaint rate (客户投诉率): complaints in a window per customer.</summary>
    /// <param name="complaints">Complaints received in the window. Not negative; may exceed <paramref name="customers"/>, since a customer can complain twice.</param>
    /// <param name="customers">Customers served in the window. Not negative.</param>
    /// <returns><paramref name="complaints"/> / <paramref name="customers"/>; infinity with complaints and no customers, NaN when both are 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <remarks>
    /// <para>Formula: <c>rate = complaints / customers</c>.</para>
    /// <para>Catalog S5. Source 002: 50 complaints from 1,000 customers give 50 / 1,000 = 0.05.</para>
    /// </remarks>
    public static double ComplaintRate(long complaints, long customers)
    {
        Guard.NotNegative(complaints);
        Guard.NotNegative(customers);
        return (double)complaints / customers;
    }

    /// <summary>Complaint rate (客户投诉率) from a column of complaint dates: those inside the window, per customer.</summary>
    /// <param name="complaintDates">The date of each complaint; dates outside <paramref name="window"/> are not counted. Same calendar as the window.</param>
    /// <param name="window">The inclusive window.</param>
    /// <param name="customers">Customers served in the window. Not negative.</param>
    /// <returns>Complaints dated inside the window / <paramref name="customers"/>; IEEE infinity or NaN when <paramref name="customers"/> is 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customers"/> is negative.</exception>
    /// <remarks>Catalog S5. Example: dates 2024-01-05, 2024-02-10 and 2023-12-31 with the window January 2024
    /// and 40 customers give 1 / 40 = 0.025.</remarks>
    public static double ComplaintRate(ReadOnlySpan<LocalDate> complaintDates, DateInterval window, long customers)
    {
        ArgumentNullException.ThrowIfNull(window);
        DateKey.RequireIso(window.Start, nameof(window));
        DateKey.RequireIsoColumn(complaintDates, nameof(complaintDates));
        Guard.NotNegative(customers);
        LocalDate first = window.Start, last = window.End;
        long inWindow = 0;
        foreach (LocalDate date in complaintDates)
        {
            inWindow += date >= first && date <= last ? 1 : 0;
        }

        return (double)inWindow / customers;
    }

    /// <summary>Valid complaints (客户有效投诉次数): the complaints caused by the company's fault.</summary>
    /// <param name="companyAtFault">One flag per complaint: true when the investigation found the company at fault.</param>
    /// <returns>The number of true flags, from 0 to the span's length.</returns>
    /// <remarks>
    /// <para>Formula: <c>count(companyAtFault)</c> (source 004). Divide by the customers served with
    /// <see cref="ComplaintRate(long, long)"/> for a valid-complaint rate.</para>
    /// <para>Catalog S6. Example: flags true, false, true, true give 3.</para>
    /// </remarks>
    public static long ValidComplaints(ReadOnlySpan<bool> companyAtFault) => Flags.CountTrue(companyAtFault);

    /// <summary>Dissatisfaction resolution rate (用户不满解决率): resolved dissatisfactions per dissatisfaction found in follow-up.</summary>
    /// <param name="resolved">Dissatisfactions resolved. Not negative, at most <paramref name="found"/>.</param>
    /// <param name="found">Dissatisfactions found in follow-up contacts. Not negative.</param>
    /// <returns><paramref name="resolved"/> / <paramref name="found"/>, in [0, 1]; NaN when nothing was found.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="resolved"/> exceeds <paramref name="found"/>.</exception>
    /// <remarks>Catalog S7 (source 004). Example: 45 resolved of 60 found give 0.75.</remarks>
    public static double DissatisfactionResolutionRate(long resolved, long found) => Share(resolved, found, nameof(found));

    /// <summary>Dissatisfaction resolution rate (用户不满解决率) from one flag per dissatisfaction found.</summary>
    /// <param name="resolved">One flag per dissatisfaction found in follow-up: true when it was resolved.</param>
    /// <returns>True flags / flags, in [0, 1]; NaN for an empty span.</returns>
    /// <remarks>Catalog S7. Example: true, true, false, true give 0.75.</remarks>
    public static double DissatisfactionResolutionRate(ReadOnlySpan<bool> resolved) =>
        (double)Flags.CountTrue(resolved) / resolved.Length;

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
