using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>Renewal rate (续订率): the share of the subscriptions up for renewal in a window that were renewed.</summary>
    /// <param name="renewed">Subscriptions renewed. Not negative, at most <paramref name="upForRenewal"/>.</param>
    /// <param name="upForRenewal">Subscriptions whose term ended in the window. Not negative.</param>
    /// <returns><paramref name="renewed"/> / <paramref name="upForRenewal"/>, in [0, 1]; NaN when both are 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="renewed"/> exceeds <paramref name="upForRenewal"/>.</exception>
    /// <remarks>
    /// <para>Formula: <c>renewal rate = renewed / up for renewal</c>.</para>
    /// <para>Catalog R3 (source 003 gives no worked example; 450 renewed of 500 due = 0.9). For 003's "/ total users" use
    /// <see cref="RenewalRate(long, long, long, RenewalDenominator)"/>.</para>
    /// </remarks>
    public static double RenewalRate(long renewed, long upForRenewal)
    {
        Guard.NotNegative(renewed);
        Guard.NotNegative(upForRenewal);
        Guard.NotGreaterThan(renewed, upForRenewal, nameof(upForRenewal));
        return (double)renewed / upForRenewal;
    }

    /// <summary>Renewal rate with an explicit denominator: subscriptions up for renewal, or all users (source 003).</summary>
    /// <param name="renewed">Subscriptions renewed. Not negative, at most <paramref name="upForRenewal"/>.</param>
    /// <param name="upForRenewal">Subscriptions whose term ended in the window. Not negative, at most <paramref name="totalUsers"/>.</param>
    /// <param name="totalUsers">All subscribed users. Not negative.</param>
    /// <param name="denominator">Which count to divide by.</param>
    /// <returns><paramref name="renewed"/> divided by the chosen count, in [0, 1]; NaN when both are 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the counts are not nested (renewed ≤ up for renewal ≤ total users),
    /// or <paramref name="denominator"/> is not defined.</exception>
    /// <remarks>Catalog R3. 450 renewed of 500 due among 2,000 users: 0.9 (<see cref="RenewalDenominator.UpForRenewal"/>) or 0.225 (<see cref="RenewalDenominator.TotalUsers"/>).</remarks>
    public static double RenewalRate(long renewed, long upForRenewal, long totalUsers, RenewalDenominator denominator)
    {
        Guard.Defined(denominator);
        return Ratios.NestedShare(
            renewed, upForRenewal, totalUsers, denominator == RenewalDenominator.TotalUsers, nameof(renewed), nameof(upForRenewal), nameof(totalUsers));
    }

    /// <summary>Renewal rate from subscription columns: of the subscriptions whose renewal falls due inside the window, the share renewed.</summary>
    /// <param name="renewalDueDates">The date each subscription's term ends (one row per subscription term); ISO calendar.</param>
    /// <param name="renewed">Whether each subscription was renewed at that date; as long as <paramref name="renewalDueDates"/>.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <returns>renewed-and-due / due, in [0, 1]; NaN when nothing falls due in the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The columns differ in length, or the window or a date is not in the ISO calendar.</exception>
    /// <remarks>Catalog R3 over columns; equals <see cref="RenewalRate(long, long)"/> on the two counts it derives. One pass, no allocation.</remarks>
    public static double RenewalRate(ReadOnlySpan<LocalDate> renewalDueDates, ReadOnlySpan<bool> renewed, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        Guard.SameLength(renewalDueDates.Length, renewed.Length, nameof(renewed));
        DateKey.RequireIso(window.Start, nameof(window));
        int start = DateKey.Sortable(window.Start);
        uint span = (uint)(DateKey.Sortable(window.End) - start);
        long due = 0, kept = 0;
        int calendars = 0;
        for (int i = 0; i < renewalDueDates.Length; i++)
        {
            LocalDate date = renewalDueDates[i];
            calendars |= DateKey.CalendarBits(date);
            if ((uint)(DateKey.Sortable(date) - start) <= span)
            {
                due++;
                kept += renewed[i] ? 1 : 0;
            }
        }

        if (calendars != 0)
        {
            DateKey.ThrowFirstNonIso(renewalDueDates, nameof(renewalDueDates));
        }

        return RenewalRate(kept, due);
    }
}
