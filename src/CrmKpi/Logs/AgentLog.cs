using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// Agent time that owns its columns, one row per agent (or per agent and interval): staffed seconds and
/// available seconds (the rows of <see cref="AgentColumns"/>). A class, so it can live in a field, a
/// notebook variable or across an <c>await</c>, where the <see cref="AgentColumns"/> ref struct cannot.
/// </summary>
/// <remarks>
/// <para>
/// The one rule of logs: a log converts implicitly to its column group, so every calculator that takes
/// <see cref="AgentColumns"/> takes an <see cref="AgentLog"/> as it is
/// (<c>CallCenter.Utilization(summary, log, UtilizationBase.AvailableTime)</c>); the conversion hands out
/// spans over the log's arrays and allocates nothing.
/// </para>
/// <para>Immutable once built: nothing in the public API writes to its arrays.</para>
/// </remarks>
public sealed class AgentLog
{
    private readonly double[] _staffedSeconds;
    private readonly double[] _availableSeconds;
    private readonly int _length;

    /// <summary>
    /// Wraps existing columns in a log, without copying them: do not change them afterwards. Only the
    /// first <paramref name="length"/> elements are rows.
    /// </summary>
    /// <param name="staffedSeconds">Seconds each agent was logged in, breaks and auxiliary states included.</param>
    /// <param name="availableSeconds">Seconds each agent was open to calls (handling or idle-ready).</param>
    /// <param name="length">The number of rows: at most the length of both arrays.</param>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">An array is shorter than <paramref name="length"/>; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    /// <remarks>The values are not scanned here; the calculators check them in their own pass, as for <see cref="AgentColumns"/>.</remarks>
    public AgentLog(double[] staffedSeconds, double[] availableSeconds, int length)
    {
        ArgumentNullException.ThrowIfNull(staffedSeconds);
        ArgumentNullException.ThrowIfNull(availableSeconds);
        Guard.NotNegative(length);
        Guard.DestinationLength(length, staffedSeconds.Length, nameof(staffedSeconds));
        Guard.DestinationLength(length, availableSeconds.Length, nameof(availableSeconds));
        _staffedSeconds = staffedSeconds;
        _availableSeconds = availableSeconds;
        _length = length;
    }

    /// <summary>The number of rows.</summary>
    public int Length => _length;

    /// <summary>Seconds each agent was logged in.</summary>
    public ReadOnlySpan<double> StaffedSeconds => _staffedSeconds.AsSpan(0, _length);

    /// <summary>Seconds each agent was open to calls.</summary>
    public ReadOnlySpan<double> AvailableSeconds => _availableSeconds.AsSpan(0, _length);

    /// <summary>The log's columns, for the calculators: spans over the log's arrays, no copy.</summary>
    public AgentColumns Columns => new(StaffedSeconds, AvailableSeconds);

    /// <summary>The log's columns: the one rule of logs, so a log is passed wherever <see cref="AgentColumns"/> are taken.</summary>
    /// <param name="log">The log.</param>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is null.</exception>
    public static implicit operator AgentColumns(AgentLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.Columns;
    }

    /// <summary>The log's columns (the named form of the implicit conversion).</summary>
    /// <returns>The columns.</returns>
    public AgentColumns ToAgentColumns() => Columns;
}
