using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>First-contact resolution, FCR (首次解决率): the share of resolved issues that needed exactly one contact.</summary>
    /// <param name="resolvedOnFirstContact">Resolved issues that took exactly one contact. Not negative, at most <paramref name="resolvedIssues"/>.</param>
    /// <param name="resolvedIssues">Issues resolved. Not negative.</param>
    /// <returns><paramref name="resolvedOnFirstContact"/> / <paramref name="resolvedIssues"/>, in [0, 1]; NaN when nothing was resolved.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="resolvedOnFirstContact"/> exceeds <paramref name="resolvedIssues"/>.</exception>
    /// <remarks>
    /// <para>Formula: <c>FCR = resolved issues with one contact / resolved issues</c>.</para>
    /// <para>Catalog S13 (not in the sources: the standard companion of S12, <see cref="AverageContactsToResolve(long, long)"/>): 420 of 500 = 0.84.
    /// For the "all issues" denominator use <see cref="FirstContactResolution(long, long, long, FcrDenominator)"/>.</para>
    /// </remarks>
    public static double FirstContactResolution(long resolvedOnFirstContact, long resolvedIssues) =>
        Ratios.Share(resolvedOnFirstContact, resolvedIssues, nameof(resolvedOnFirstContact), nameof(resolvedIssues));

    /// <summary>First-contact resolution with an explicit denominator: resolved issues, or all issues with the unresolved ones included (S13).</summary>
    /// <param name="resolvedOnFirstContact">Resolved issues that took exactly one contact. Not negative, at most <paramref name="resolvedIssues"/>.</param>
    /// <param name="resolvedIssues">Issues resolved. Not negative, at most <paramref name="allIssues"/>.</param>
    /// <param name="allIssues">All issues, resolved or not. Not negative.</param>
    /// <param name="denominator">Which count to divide by.</param>
    /// <returns><paramref name="resolvedOnFirstContact"/> divided by the chosen count, in [0, 1]; NaN when that count is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the counts are not nested
    /// (resolved on first contact ≤ resolved ≤ all), or <paramref name="denominator"/> is not defined.</exception>
    /// <remarks>Catalog S13. 420 resolved on the first contact of 500 resolved among 600 issues: 0.84 (<see cref="FcrDenominator.ResolvedIssues"/>)
    /// or 0.7 (<see cref="FcrDenominator.AllIssues"/>).</remarks>
    public static double FirstContactResolution(long resolvedOnFirstContact, long resolvedIssues, long allIssues, FcrDenominator denominator)
    {
        Guard.Defined(denominator);
        return Ratios.NestedShare(
            resolvedOnFirstContact, resolvedIssues, allIssues, denominator == FcrDenominator.AllIssues, nameof(resolvedOnFirstContact), nameof(resolvedIssues), nameof(allIssues));
    }

    /// <summary>First-contact resolution from a ticket log (S13): resolved tickets with exactly one contact over resolved tickets, or over all tickets.</summary>
    /// <param name="tickets">The ticket log; a ticket is resolved when its resolution seconds are not NaN. First-reply seconds are not read.</param>
    /// <param name="denominator">Which count to divide by.</param>
    /// <returns>The rate of the counts it derives, as <see cref="FirstContactResolution(long, long, long, FcrDenominator)"/>; NaN when the chosen count is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A contact count is negative, a resolution duration is negative or infinite (the message names the row),
    /// or <paramref name="denominator"/> is not defined.</exception>
    /// <remarks>
    /// <para>A resolved ticket with 0 contacts (closed without talking to the customer) is resolved but not on a first contact.</para>
    /// <para>Example: tickets resolved with 1, 1, 3 and 0 contacts and one unresolved with 1: 2 / 4 = 0.5 over resolved, 2 / 5 = 0.4 over all.</para>
    /// <para>One pass, no allocation.</para>
    /// </remarks>
    public static double FirstContactResolution(TicketColumns tickets, FcrDenominator denominator)
    {
        Guard.Defined(denominator);
        ResolvedTicketTotals totals = SumResolvedTickets(tickets);
        return FirstContactResolution(totals.FirstContact, totals.Resolved, tickets.Length, denominator);
    }
}
