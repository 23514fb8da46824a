using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>Average resolution time (平均处理时间) from a total: seconds to resolve per resolved enquiry.</summary>
    /// <param name="totalResolution">The sum of the times from opening to resolution. Not negative.</param>
    /// <param name="resolvedTickets">Enquiries resolved. Not negative.</param>
    /// <returns><paramref name="totalResolution"/> / <paramref name="resolvedTickets"/>, in seconds; IEEE infinity or NaN with none resolved.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="totalResolution"/> is negative, or <paramref name="resolvedTickets"/> is negative.</exception>
    /// <remarks>Catalog S11 (source 004). Example: 86,400 seconds over 12 resolved enquiries give 7,200 seconds.</remarks>
    public static double AverageResolutionTime(Duration totalResolution, long resolvedTickets)
    {
        Guard.NotNegative(totalResolution);
        Guard.NotNegative(resolvedTickets);
        return totalResolution.TotalSeconds / resolvedTickets;
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
}
