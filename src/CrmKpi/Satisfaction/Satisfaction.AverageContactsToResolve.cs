using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>Average contacts to resolve (平均需要联系的次数) from totals.</summary>
    /// <param name="contacts">Contacts made on the resolved issues. Not negative.</param>
    /// <param name="resolvedIssues">Issues resolved. Not negative.</param>
    /// <returns><paramref name="contacts"/> / <paramref name="resolvedIssues"/>; IEEE infinity or NaN with none resolved.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <remarks>Catalog S12 (source 004). Example: 150 contacts over 100 resolved issues give 1.5 (1 would be first-contact resolution).</remarks>
    public static double AverageContactsToResolve(long contacts, long resolvedIssues)
    {
        Guard.NotNegative(contacts);
        Guard.NotNegative(resolvedIssues);
        return (double)contacts / resolvedIssues;
    }

    /// <summary>Average contacts to resolve (平均需要联系的次数): contacts per resolved ticket, over resolved tickets.</summary>
    /// <param name="tickets">The ticket log; a ticket counts when its resolution seconds are not NaN.</param>
    /// <returns>The mean contacts of resolved tickets; NaN when none is resolved.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A contact count is negative, or a resolution duration is negative or infinite (the message names the row).</exception>
    /// <remarks>Catalog S12. Example: resolved tickets with 1 and 3 contacts and an unresolved one with 5 give 2.</remarks>
    public static double AverageContactsToResolve(TicketColumns tickets)
    {
        ResolvedTicketTotals totals = SumResolvedTickets(tickets);
        return (double)totals.Contacts / totals.Resolved;
    }

    /// <summary>Average distinct agents per resolved ticket (the "distinct agents" half of S12).</summary>
    /// <param name="tickets">The ticket log; a ticket counts when its resolution seconds are not NaN.</param>
    /// <param name="distinctAgents">The number of distinct agents who handled each ticket (see
    /// <see cref="DistinctAgentsPerTicket(ReadOnlySpan{int}, ReadOnlySpan{int}, Span{int})"/>). Not negative; same length as the log.</param>
    /// <returns>The mean distinct agents of resolved tickets; NaN when none is resolved.</returns>
    /// <exception cref="ArgumentException"><paramref name="distinctAgents"/> differs in length from the log.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An agent count is negative, or a resolution duration is negative or infinite.</exception>
    /// <remarks>Catalog S12. Example: resolved tickets handled by 1 and 2 agents give 1.5.</remarks>
    public static double AverageAgentsToResolve(TicketColumns tickets, ReadOnlySpan<int> distinctAgents)
    {
        ReadOnlySpan<double> seconds = tickets.ResolutionSeconds;
        Guard.SameLength(seconds.Length, distinctAgents.Length, nameof(distinctAgents));
        long total = 0, resolved = 0;
        for (int i = 0; i < seconds.Length; i++)
        {
            int a = distinctAgents[i];
            if (a < 0)
            {
                Guard.ThrowElement(nameof(distinctAgents), i, a, "must not be negative");
            }

            double s = seconds[i];
            if (!double.IsNaN(s))
            {
                CheckDuration(s, "resolutionSeconds", i);
                total += a;
                resolved++;
            }
        }

        return (double)total / resolved;
    }

    /// <summary>Counts the distinct agents of each ticket from a contact log (one row per contact).</summary>
    /// <param name="contactTicketIndexes">The ticket of each contact, as a dense index in <c>[0, destination.Length)</c>.</param>
    /// <param name="contactAgentIds">The agent of each contact (any integer id); same length.</param>
    /// <param name="destination">Receives the number of distinct agents of each ticket; its length is the number of tickets.</param>
    /// <exception cref="ArgumentException"><paramref name="contactAgentIds"/> differs in length, or <paramref name="destination"/> overlaps an input.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A ticket index is outside <c>[0, destination.Length)</c> (the message names the row).</exception>
    /// <remarks>
    /// Sorts a copy of the (ticket, agent) pairs: O(n log n) time and one temporary array of n longs, so it
    /// is a preparation step, not a hot path. Catalog S12. Example: contacts (0, 7), (0, 7), (0, 9), (1, 7)
    /// give 2 agents for ticket 0 and 1 for ticket 1.
    /// </remarks>
    public static void DistinctAgentsPerTicket(ReadOnlySpan<int> contactTicketIndexes, ReadOnlySpan<int> contactAgentIds, Span<int> destination)
    {
        Guard.SameLength(contactTicketIndexes.Length, contactAgentIds.Length, nameof(contactAgentIds));
        Guard.NotOverlapping(contactTicketIndexes, destination);
        Guard.NotOverlapping(contactAgentIds, destination);
        long[] pairs = new long[contactTicketIndexes.Length];
        for (int i = 0; i < pairs.Length; i++)
        {
            int t = contactTicketIndexes[i];
            if (unchecked((uint)t) >= (uint)destination.Length)
            {
                Guard.ThrowElement(nameof(contactTicketIndexes), i, t, $"must be in [0, {destination.Length})");
            }

            pairs[i] = ((long)t << 32) | unchecked((uint)contactAgentIds[i]);
        }

        Array.Sort(pairs);
        destination.Clear();
        for (int i = 0; i < pairs.Length; i++)
        {
            if (i == 0 || pairs[i] != pairs[i - 1])
            {
                destination[(int)(pairs[i] >> 32)]++;
            }
        }
    }
}
