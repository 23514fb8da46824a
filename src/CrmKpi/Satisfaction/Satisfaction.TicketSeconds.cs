using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Satisfaction
{
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
