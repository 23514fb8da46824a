using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>Agent utilization or occupancy (人工坐席利用率) from totals: handling time per agent time
    /// (<c>handling / agent time</c>; the parameters follow that formula's order).</summary>
    /// <param name="handling">Time agents spent handling calls (talk + hold + after-call work). Not negative.</param>
    /// <param name="agentTime">Staffed or available agent time (see <see cref="UtilizationBase"/>). Not negative.</param>
    /// <returns><paramref name="handling"/> / <paramref name="agentTime"/>; IEEE infinity or NaN with no agent time.
    /// Above 1 means the inputs disagree (more handling than agent time).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative.</exception>
    /// <remarks>Catalog C7 (source 004). Example: 25,200 handling seconds in 36,000 staffed seconds give 0.7.</remarks>
    public static double Utilization(Duration handling, Duration agentTime)
    {
        Guard.NotNegative(handling);
        Guard.NotNegative(agentTime);
        return handling.TotalSeconds / agentTime.TotalSeconds;
    }

    /// <summary>Agent utilization or occupancy (人工坐席利用率): the handling time of a summarised call log per agent second.</summary>
    /// <param name="calls">The summary of the calls the agents handled; its talk + hold + after-call-work seconds are the handling time.</param>
    /// <param name="agents">The agents' time.</param>
    /// <param name="basis">Staffed seconds (utilization) or available seconds (occupancy).</param>
    /// <returns><c>handling / sum(basis seconds)</c>; IEEE infinity or NaN with no agent time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined, or an agent's seconds are negative, NaN
    /// or infinite (the message names the column and the row).</exception>
    /// <remarks>Catalog C7. Example: 1,520 handling seconds and agents available 1,000 and 1,000 seconds give occupancy 0.76.</remarks>
    public static double Utilization(CallCenterSummary calls, AgentColumns agents, UtilizationBase basis)
    {
        double agentSeconds = basis switch
        {
            UtilizationBase.StaffedTime => SumOfSeconds(agents.StaffedSeconds, "staffedSeconds"),
            UtilizationBase.AvailableTime => SumOfSeconds(agents.AvailableSeconds, "availableSeconds"),
            _ => Guard.ThrowUndefined<UtilizationBase, double>(nameof(basis), basis),
        };
        return calls.HandleSeconds(HandleTimeDefinition.TalkHoldAfterCallWork) / agentSeconds;
    }
}
