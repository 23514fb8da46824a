using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// Service tickets (emails, calls, chats about one enquiry) in columns: seconds from opening to the
/// first reply, seconds from opening to resolution, and contacts made. The constructor checks the
/// column lengths once.
/// </summary>
/// <remarks>
/// <para>
/// A ticket not replied to yet has NaN first-reply seconds; a ticket not resolved yet has NaN
/// resolution seconds. Any other duration must be finite and not negative: the calculators check
/// this in the pass that computes their result and name the column and the row of a bad value.
/// Contacts are not negative. Turn timestamps into these durations with
/// <see cref="Satisfaction.ElapsedSeconds(ReadOnlySpan{NodaTime.Instant}, ReadOnlySpan{NodaTime.Instant}, Span{double})"/>.
/// </para>
/// <para>Rows may come in any order.</para>
/// </remarks>
public readonly ref struct TicketColumns
{
    /// <summary>Groups the columns of a ticket log.</summary>
    /// <param name="firstReplySeconds">Seconds from opening to the first reply; NaN when not replied yet.</param>
    /// <param name="resolutionSeconds">Seconds from opening to resolution; NaN when not resolved yet.</param>
    /// <param name="contacts">Contacts with the customer on the ticket (calls, emails, chats). Not negative.</param>
    /// <exception cref="ArgumentException"><paramref name="resolutionSeconds"/> or <paramref name="contacts"/> differs in length from <paramref name="firstReplySeconds"/>.</exception>
    public TicketColumns(ReadOnlySpan<double> firstReplySeconds, ReadOnlySpan<double> resolutionSeconds, ReadOnlySpan<int> contacts)
    {
        Guard.SameLength(firstReplySeconds.Length, resolutionSeconds.Length, nameof(resolutionSeconds));
        Guard.SameLength(firstReplySeconds.Length, contacts.Length, nameof(contacts));
        FirstReplySeconds = firstReplySeconds;
        ResolutionSeconds = resolutionSeconds;
        Contacts = contacts;
    }

    /// <summary>Seconds from opening to the first reply; NaN when not replied yet.</summary>
    public ReadOnlySpan<double> FirstReplySeconds { get; }

    /// <summary>Seconds from opening to resolution; NaN when not resolved yet.</summary>
    public ReadOnlySpan<double> ResolutionSeconds { get; }

    /// <summary>Contacts with the customer on each ticket.</summary>
    public ReadOnlySpan<int> Contacts { get; }

    /// <summary>The number of tickets.</summary>
    public int Length => FirstReplySeconds.Length;
}
