using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>Average wait time to reply (平均等待时间) from a total: seconds to the first reply per replied ticket.</summary>
    /// <param name="totalWaitSeconds">The sum of seconds from a customer's email or call to the first reply. Finite, not negative.</param>
    /// <param name="repliedTickets">Tickets that got a reply. Not negative.</param>
    /// <returns><paramref name="totalWaitSeconds"/> / <paramref name="repliedTickets"/>, in seconds; IEEE infinity or NaN with no replied tickets.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="totalWaitSeconds"/> is negative, NaN or infinite, or <paramref name="repliedTickets"/> is negative.</exception>
    /// <remarks>Catalog S10 (source 004). Example: 7,200 seconds over 40 replied tickets give 180 seconds.</remarks>
    public static double AverageWaitToReply(double totalWaitSeconds, long repliedTickets)
    {
        Guard.FiniteNonNegative(totalWaitSeconds);
        Guard.NotNegative(repliedTickets);
        return totalWaitSeconds / repliedTickets;
    }

    /// <summary>Average wait time to reply (平均等待时间): the mean seconds to the first reply over the tickets replied to.</summary>
    /// <param name="tickets">The ticket log; tickets with NaN first-reply seconds (not replied yet) are left out.</param>
    /// <returns>The mean first-reply seconds of replied tickets; NaN when no ticket was replied to.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A first-reply duration is negative or infinite (the message names its row).</exception>
    /// <remarks>
    /// <para>Formula: <c>sum(firstReply) / count(replied)</c>, compensated sum.</para>
    /// <para>Catalog S10. Example: 60, NaN, 240 seconds give 150 seconds.</para>
    /// </remarks>
    public static double AverageWaitToReply(TicketColumns tickets)
    {
        (double sum, long count) = SumOfDefined(tickets.FirstReplySeconds, "firstReplySeconds");
        return sum / count;
    }

    /// <summary>Average resolution time (平均处理时间) from a total: seconds to resolve per resolved enquiry.</summary>
    /// <param name="totalResolutionSeconds">The sum of seconds from opening to resolution. Finite, not negative.</param>
    /// <param name="resolvedTickets">Enquiries resolved. Not negative.</param>
    /// <returns><paramref name="totalResolutionSeconds"/> / <paramref name="resolvedTickets"/>, in seconds; IEEE infinity or NaN with none resolved.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="totalResolutionSeconds"/> is negative, NaN or infinite, or <paramref name="resolvedTickets"/> is negative.</exception>
    /// <remarks>Catalog S11 (source 004). Example: 86,400 seconds over 12 resolved enquiries give 7,200 seconds.</remarks>
    public static double AverageResolutionTime(double totalResolutionSeconds, long resolvedTickets)
    {
        Guard.FiniteNonNegative(totalResolutionSeconds);
        Guard.NotNegative(resolvedTickets);
        return totalResolutionSeconds / resolvedTickets;
    }

    /// <summary>Average resolution time (平均处理时间): the mean seconds to resolve over resolved tickets.</summary>
    /// <param name="tickets">The ticket log; tickets with NaN resolution seconds (not resolved yet) are left out.</param>
    /// <returns>The mean resolution seconds of resolved tickets; NaN when none is resolved.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A resolution duration is negative or infinite (the message names its row).</exception>
    /// <remarks>
    /// <para>Formula: <c>sum(resolution) / count(resolved)</c>. Unresolved tickets are not counted, which flatters
    /// the mean while a backlog ages; report the backlog beside it.</para>
    /// <para>Catalog S11. Example: 3,600, NaN, 10,800 seconds give 7,200 seconds.</para>
    /// </remarks>
    public static double AverageResolutionTime(TicketColumns tickets)
    {
        (double sum, long count) = SumOfDefined(tickets.ResolutionSeconds, "resolutionSeconds");
        return sum / count;
    }

    /// <summary>Average resolution time (平均处理时间) by enquiry type: the mean seconds to resolve of each type's resolved tickets.</summary>
    /// <param name="tickets">The ticket log; unresolved tickets (NaN) are left out.</param>
    /// <param name="enquiryTypes">The type of each ticket, as a dense index in <c>[0, destination.Length)</c>; same length as the log.</param>
    /// <param name="destination">Receives each type's mean resolution seconds at its index; NaN for a type with no resolved ticket.
    /// Its length is the number of types.</param>
    /// <exception cref="ArgumentException"><paramref name="enquiryTypes"/> differs in length from the log.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A type index is outside <c>[0, destination.Length)</c>, or a resolution duration
    /// is negative or infinite (the message names the row).</exception>
    /// <remarks>
    /// <para>Allocates a scratch buffer of one count per type (from the shared array pool).</para>
    /// <para>Catalog S11. Example: types 0, 1, 0 with 100, 50, 300 seconds give 200 for type 0 and 50 for type 1.</para>
    /// </remarks>
    public static void AverageResolutionTimeByType(TicketColumns tickets, ReadOnlySpan<int> enquiryTypes, Span<double> destination)
    {
        ReadOnlySpan<double> seconds = tickets.ResolutionSeconds;
        Guard.SameLength(seconds.Length, enquiryTypes.Length, nameof(enquiryTypes));
        Guard.NotOverlapping(seconds, destination);
        long[] counts = System.Buffers.ArrayPool<long>.Shared.Rent(destination.Length);
        try
        {
            Span<long> count = counts.AsSpan(0, destination.Length);
            count.Clear();
            destination.Clear();
            for (int i = 0; i < seconds.Length; i++)
            {
                int type = enquiryTypes[i];
                if (unchecked((uint)type) >= (uint)destination.Length)
                {
                    Guard.ThrowElement(nameof(enquiryTypes), i, type, $"must be in [0, {destination.Length})");
                }

                double s = seconds[i];
                if (double.IsNaN(s))
                {
                    continue;
                }

                CheckDuration(s, "resolutionSeconds", i);
                destination[type] += s;
                count[type]++;
            }

            for (int t = 0; t < destination.Length; t++)
            {
                destination[t] /= count[t];
            }
        }
        finally
        {
            System.Buffers.ArrayPool<long>.Shared.Return(counts);
        }
    }

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

    /// <summary>Seconds between two timestamp columns, for the ticket durations of <see cref="TicketColumns"/>.</summary>
    /// <param name="from">When each ticket was opened.</param>
    /// <param name="to">When the event happened (first reply, resolution); <see cref="Instant.MaxValue"/> when it has not happened yet. Not before <paramref name="from"/>.</param>
    /// <param name="destination">Receives <c>to - from</c> in seconds, or NaN where <paramref name="to"/> is <see cref="Instant.MaxValue"/>. At least as long as the inputs.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> differs in length from <paramref name="from"/>, or <paramref name="destination"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A <paramref name="to"/> timestamp is before its <paramref name="from"/> (the message names the row).</exception>
    /// <remarks>Example: opened 09:00:00, replied 09:03:30 gives 210 seconds.</remarks>
    public static void ElapsedSeconds(ReadOnlySpan<Instant> from, ReadOnlySpan<Instant> to, Span<double> destination)
    {
        Guard.SameLength(from.Length, to.Length, nameof(to));
        Guard.DestinationLength(from.Length, destination.Length);
        for (int i = 0; i < from.Length; i++)
        {
            if (to[i] == Instant.MaxValue)
            {
                destination[i] = double.NaN;
                continue;
            }

            if (to[i] < from[i])
            {
                Guard.ThrowElement(nameof(to), i, to[i], "must not be before from");
            }

            destination[i] = (to[i] - from[i]).TotalSeconds;
        }
    }

    /// <summary>The compensated sum and count of the non-NaN durations; a negative or infinite one throws.</summary>
    private static (double Sum, long Count) SumOfDefined(ReadOnlySpan<double> seconds, string columnName)
    {
        CompensatedAccumulator sum = default;
        long count = 0;
        for (int i = 0; i < seconds.Length; i++)
        {
            double s = seconds[i];
            if (double.IsNaN(s))
            {
                continue;
            }

            CheckDuration(s, columnName, i);
            sum.Add(s);
            count++;
        }

        return (sum.Value, count);
    }

    /// <summary>
    /// The one pass S12 and S13 share over the resolved tickets (resolution seconds not NaN): how many, their contacts, and how many took
    /// exactly one contact. Checks every row's contacts and every resolved row's duration.
    /// </summary>
    private static ResolvedTicketTotals SumResolvedTickets(TicketColumns tickets)
    {
        ReadOnlySpan<double> seconds = tickets.ResolutionSeconds;
        ReadOnlySpan<int> contacts = tickets.Contacts;
        long total = 0, resolved = 0, single = 0;
        for (int i = 0; i < seconds.Length; i++)
        {
            int c = contacts[i];
            if (c < 0)
            {
                Guard.ThrowElement("contacts", i, c, "must not be negative");
            }

            double s = seconds[i];
            if (double.IsNaN(s))
            {
                continue;
            }

            CheckDuration(s, "resolutionSeconds", i);
            total += c;
            resolved++;
            single += c == 1 ? 1 : 0;
        }

        return new ResolvedTicketTotals(resolved, total, single);
    }

    private static void CheckDuration(double seconds, string columnName, int index)
    {
        if (!(seconds >= 0) || double.IsPositiveInfinity(seconds))
        {
            Guard.ThrowElement(columnName, index, seconds, "must be finite and not negative, or NaN when the event has not happened");
        }
    }
}
