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
}
