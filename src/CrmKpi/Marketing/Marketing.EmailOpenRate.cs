using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Marketing
{
    /// <summary>Email open rate (邮件打开率): the share of delivered emails opened at least once (M8).</summary>
    /// <param name="uniqueOpens">Delivered emails opened at least once (each recipient counted once per email). Not negative, at most <paramref name="delivered"/>.</param>
    /// <param name="delivered">Emails delivered (sent minus bounces). Not negative.</param>
    /// <returns><paramref name="uniqueOpens"/> / <paramref name="delivered"/>, in [0, 1]; NaN when nothing was delivered.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="uniqueOpens"/> exceeds <paramref name="delivered"/>.</exception>
    /// <remarks>
    /// <para>Formula: <c>open rate = unique opens / delivered emails</c>.</para>
    /// <para>Catalog M8; source 002 names it as an engagement measure: 2,200 of 10,000 = 0.22. For the "/ sent" variant use
    /// <see cref="EmailOpenRate(long, long, long, EmailOpenDenominator)"/>; for clicks, <see cref="ClickToOpenRate(long, long)"/>.</para>
    /// </remarks>
    public static double EmailOpenRate(long uniqueOpens, long delivered) =>
        Ratios.Share(uniqueOpens, delivered, nameof(uniqueOpens), nameof(delivered));

    /// <summary>Email open rate with an explicit denominator: delivered emails, or sent emails with bounces included (M8).</summary>
    /// <param name="uniqueOpens">Emails opened at least once. Not negative, at most <paramref name="delivered"/>.</param>
    /// <param name="delivered">Emails delivered. Not negative, at most <paramref name="sent"/>.</param>
    /// <param name="sent">Emails sent. Not negative.</param>
    /// <param name="denominator">Which count to divide by.</param>
    /// <returns><paramref name="uniqueOpens"/> divided by the chosen count, in [0, 1]; NaN when that count is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the counts are not nested (opens ≤ delivered ≤ sent),
    /// or <paramref name="denominator"/> is not defined.</exception>
    /// <remarks>Catalog M8. 2,200 unique opens of 10,000 delivered out of 11,000 sent: 0.22 (<see cref="EmailOpenDenominator.Delivered"/>)
    /// or 0.2 (<see cref="EmailOpenDenominator.Sent"/>).</remarks>
    public static double EmailOpenRate(long uniqueOpens, long delivered, long sent, EmailOpenDenominator denominator)
    {
        Guard.Defined(denominator);
        return Ratios.NestedShare(uniqueOpens, delivered, sent, denominator == EmailOpenDenominator.Sent, nameof(uniqueOpens), nameof(delivered), nameof(sent));
    }

    /// <summary>Click-to-open rate (M8): the share of the emails opened whose recipient also clicked a link.</summary>
    /// <param name="uniqueClicks">Emails with at least one click. Not negative, at most <paramref name="uniqueOpens"/>.</param>
    /// <param name="uniqueOpens">Emails opened at least once. Not negative.</param>
    /// <returns><paramref name="uniqueClicks"/> / <paramref name="uniqueOpens"/>, in [0, 1]; NaN when nothing was opened.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="uniqueClicks"/> exceeds <paramref name="uniqueOpens"/>.</exception>
    /// <remarks>
    /// <para>Formula: <c>click-to-open rate = unique clicks / unique opens</c>.</para>
    /// <para>Catalog M8: 330 clicks of 2,200 opens = 0.15 (hand calculation). A click implies an open: count an email whose open pixel was
    /// blocked but whose link was clicked as opened too, as mail tools do, so clicks never exceed opens.</para>
    /// </remarks>
    public static double ClickToOpenRate(long uniqueClicks, long uniqueOpens) =>
        Ratios.Share(uniqueClicks, uniqueOpens, nameof(uniqueClicks), nameof(uniqueOpens));
}
