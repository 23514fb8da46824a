using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// A ticket log that owns its columns, one row per service ticket: seconds from opening to the first
/// reply, seconds from opening to resolution (NaN while not replied or not resolved) and contacts made
/// (the rows of <see cref="TicketColumns"/>). A class, so it can live in a field, a notebook variable or
/// across an <c>await</c>, where the <see cref="TicketColumns"/> ref struct cannot.
/// </summary>
/// <remarks>
/// <para>
/// The one rule of logs: a log converts implicitly to its column group, so every calculator that takes
/// <see cref="TicketColumns"/> takes a <see cref="TicketLog"/> as it is
/// (<c>Satisfaction.AverageResolutionTime(log)</c>); the conversion hands out spans over the log's arrays
/// and allocates nothing.
/// </para>
/// <para>Immutable once built: nothing in the public API writes to its arrays.</para>
/// </remarks>
public sealed class TicketLog
{
    private readonly double[] _firstReplySeconds;
    private readonly double[] _resolutionSeconds;
    private readonly int[] _contacts;
    private readonly int _length;

    /// <summary>
    /// Wraps existing columns in a log, without copying them: do not change them afterwards. Only the
    /// first <paramref name="length"/> elements are rows.
    /// </summary>
    /// <param name="firstReplySeconds">Seconds from opening to the first reply; NaN when not replied yet.</param>
    /// <param name="resolutionSeconds">Seconds from opening to resolution; NaN when not resolved yet.</param>
    /// <param name="contacts">Contacts with the customer on each ticket. Not negative.</param>
    /// <param name="length">The number of rows: at most the length of every array.</param>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">An array is shorter than <paramref name="length"/>; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    /// <remarks>The values are not scanned here; the calculators check them in their own pass, as for <see cref="TicketColumns"/>.</remarks>
    public TicketLog(double[] firstReplySeconds, double[] resolutionSeconds, int[] contacts, int length)
    {
        ArgumentNullException.ThrowIfNull(firstReplySeconds);
        ArgumentNullException.ThrowIfNull(resolutionSeconds);
        ArgumentNullException.ThrowIfNull(contacts);
        Guard.NotNegative(length);
        Guard.DestinationLength(length, firstReplySeconds.Length, nameof(firstReplySeconds));
        Guard.DestinationLength(length, resolutionSeconds.Length, nameof(resolutionSeconds));
        Guard.DestinationLength(length, contacts.Length, nameof(contacts));
        _firstReplySeconds = firstReplySeconds;
        _resolutionSeconds = resolutionSeconds;
        _contacts = contacts;
        _length = length;
    }

    /// <summary>The number of tickets (rows).</summary>
    public int Length => _length;

    /// <summary>Seconds from opening to the first reply; NaN when not replied yet.</summary>
    public ReadOnlySpan<double> FirstReplySeconds => _firstReplySeconds.AsSpan(0, _length);

    /// <summary>Seconds from opening to resolution; NaN when not resolved yet.</summary>
    public ReadOnlySpan<double> ResolutionSeconds => _resolutionSeconds.AsSpan(0, _length);

    /// <summary>Contacts with the customer on each ticket.</summary>
    public ReadOnlySpan<int> Contacts => _contacts.AsSpan(0, _length);

    /// <summary>The log's columns, for the calculators: spans over the log's arrays, no copy.</summary>
    public TicketColumns Columns => new(FirstReplySeconds, ResolutionSeconds, Contacts);

    /// <summary>The log's columns: the one rule of logs, so a log is passed wherever <see cref="TicketColumns"/> are taken.</summary>
    /// <param name="log">The log.</param>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is null.</exception>
    public static implicit operator TicketColumns(TicketLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.Columns;
    }

    /// <summary>The log's columns (the named form of the implicit conversion).</summary>
    /// <returns>The columns.</returns>
    public TicketColumns ToTicketColumns() => Columns;
}
