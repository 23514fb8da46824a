using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>Unsubscribe rate (客户退订率): the share of the subscribers at the start of a window who unsubscribed during it.</summary>
    /// <param name="unsubscribes">Subscribers at the start of the window who unsubscribed in it. Not negative, at most <paramref name="subscribersAtStart"/>.</param>
    /// <param name="subscribersAtStart">Subscribers at the start of the window. Not negative.</param>
    /// <returns><paramref name="unsubscribes"/> / <paramref name="subscribersAtStart"/>, in [0, 1]; NaN when both are 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="unsubscribes"/> exceeds <paramref name="subscribersAtStart"/>.</exception>
    /// <remarks>
    /// <para>Formula: <c>unsubscribe rate = unsubscribes in window / subscribers at start of window</c>.</para>
    /// <para>Catalog R11; source 002 names it as one way to measure churn: 30 of 1,200 = 0.025. As with <see cref="ChurnRate(long, long)"/>,
    /// the numerator counts only subscribers who were there at the start: someone who subscribed and unsubscribed inside the window is
    /// in neither count, which keeps the rate a share in [0, 1].</para>
    /// </remarks>
    public static double UnsubscribeRate(long unsubscribes, long subscribersAtStart) =>
        Ratios.Share(unsubscribes, subscribersAtStart, nameof(unsubscribes), nameof(subscribersAtStart));
}
