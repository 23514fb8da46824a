using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>Average wait time to reply (平均等待时间) from a total: seconds to the first reply per replied ticket.</summary>
    /// <param name="totalWait">The sum of the times from a customer's email or call to the first reply. Not negative.</param>
    /// <param name="repliedTickets">Tickets that got a reply. Not negative.</param>
    /// <returns><paramref name="totalWait"/> / <paramref name="repliedTickets"/>, in seconds; IEEE infinity or NaN with no replied tickets.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="totalWait"/> is negative, or <paramref name="repliedTickets"/> is negative.</exception>
    /// <remarks>Catalog S10 (source 004). Example: 7,200 seconds over 40 replied tickets give 180 seconds.</remarks>
    public static double AverageWaitToReply(Duration totalWait, long repliedTickets)
    {
        Guard.NotNegative(totalWait);
        Guard.NotNegative(repliedTickets);
        return totalWait.TotalSeconds / repliedTickets;
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
}
