using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// Agent time in columns, one row per agent (or per agent and interval): staffed seconds and available
/// seconds. The constructor checks the column lengths once; the calculators check that every value is
/// finite and not negative.
/// </summary>
public readonly ref struct AgentColumns
{
    /// <summary>Groups the columns of an agent-time log.</summary>
    /// <param name="staffedSeconds">Seconds each agent was logged in, breaks and auxiliary states included.</param>
    /// <param name="availableSeconds">Seconds each agent was open to calls (handling or idle-ready), breaks and auxiliary states excluded.</param>
    /// <exception cref="ArgumentException"><paramref name="availableSeconds"/> differs in length from <paramref name="staffedSeconds"/>.</exception>
    public AgentColumns(ReadOnlySpan<double> staffedSeconds, ReadOnlySpan<double> availableSeconds)
    {
        Guard.SameLength(staffedSeconds.Length, availableSeconds.Length, nameof(availableSeconds));
        StaffedSeconds = staffedSeconds;
        AvailableSeconds = availableSeconds;
    }

    /// <summary>Seconds each agent was logged in.</summary>
    public ReadOnlySpan<double> StaffedSeconds { get; }

    /// <summary>Seconds each agent was open to calls.</summary>
    public ReadOnlySpan<double> AvailableSeconds { get; }

    /// <summary>The number of rows.</summary>
    public int Length => StaffedSeconds.Length;
}
