using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>Agent utilization or occupancy (人工坐席利用率) from totals: handling seconds per agent second.</summary>
    /// <param name="handlingSeconds">Seconds agents spent handling calls (talk + hold + after-call work). Finite, not negative.</param>
    /// <param name="agentSeconds">Staffed or available agent seconds (see <see cref="UtilizationBase"/>). Finite, not negative.</param>
    /// <returns><paramref name="handlingSeconds"/> / <paramref name="agentSeconds"/>; IEEE infinity or NaN with no agent time.
    /// Above 1 means the inputs disagree (more handling than agent time).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite.</exception>
    /// <remarks>Catalog C7 (source 004). Example: 25,200 handling seconds in 36,000 staffed seconds give 0.7.</remarks>
    public static double Utilization(double handlingSeconds, double agentSeconds)
    {
        Guard.FiniteNonNegative(handlingSeconds);
        Guard.FiniteNonNegative(agentSeconds);
        return handlingSeconds / agentSeconds;
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

    /// <summary>Connect time ratio (连接时间比率) from totals: agent preparation time before answering per assigned second.</summary>
    /// <param name="preparationSeconds">Seconds agents spent preparing before answering (connecting, reading the caller's record). Finite, not negative.</param>
    /// <param name="assignedSeconds">Seconds assigned to the agents in the same period. Finite, not negative.</param>
    /// <returns><paramref name="preparationSeconds"/> / <paramref name="assignedSeconds"/>; IEEE infinity or NaN with no assigned time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite.</exception>
    /// <remarks>Catalog C8 (source 004). Example: 1,800 preparation seconds in 28,800 assigned seconds give 0.0625.</remarks>
    public static double ConnectTimeRatio(double preparationSeconds, double assignedSeconds)
    {
        Guard.FiniteNonNegative(preparationSeconds);
        Guard.FiniteNonNegative(assignedSeconds);
        return preparationSeconds / assignedSeconds;
    }

    /// <summary>Connect time ratio (连接时间比率) over agents: total preparation seconds per total assigned second.</summary>
    /// <param name="preparationSeconds">Each agent's preparation seconds. Finite, not negative.</param>
    /// <param name="assignedSeconds">Each agent's assigned seconds, same length. Finite, not negative.</param>
    /// <returns><c>sum(preparation) / sum(assigned)</c>; IEEE infinity or NaN with no assigned time.</returns>
    /// <exception cref="ArgumentException"><paramref name="assignedSeconds"/> differs in length from <paramref name="preparationSeconds"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite (the message names the column and the row).</exception>
    /// <remarks>Catalog C8. Example: agents with 600 and 1,200 preparation seconds in 14,400 assigned seconds each give 0.0625.</remarks>
    public static double ConnectTimeRatio(ReadOnlySpan<double> preparationSeconds, ReadOnlySpan<double> assignedSeconds)
    {
        Guard.SameLength(preparationSeconds.Length, assignedSeconds.Length, nameof(assignedSeconds));
        return SumOfSeconds(preparationSeconds, nameof(preparationSeconds)) / SumOfSeconds(assignedSeconds, nameof(assignedSeconds));
    }

    /// <summary>Cost per call (一次呼叫平均成本): the total cost of running the center per call.</summary>
    /// <param name="totalCost">Cost of running the center in the period (staff, telephony, facilities), in currency units. Finite, not negative.</param>
    /// <param name="calls">Calls in the period (usually the answered calls, <see cref="CallCenterSummary.Answered"/>). Not negative.</param>
    /// <returns><paramref name="totalCost"/> / <paramref name="calls"/>; IEEE infinity or NaN with no call.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="totalCost"/> is negative, NaN or infinite, or <paramref name="calls"/> is negative.</exception>
    /// <remarks>Catalog C9 (source 004). Example: 120,000 for 30,000 calls gives 4 per call.</remarks>
    public static double CostPerCall(double totalCost, long calls)
    {
        Guard.FiniteNonNegative(totalCost);
        Guard.NotNegative(calls);
        return totalCost / calls;
    }

    /// <summary>Blocked calls (堵塞呼叫量): calls that got a busy signal and never reached the ACD.</summary>
    /// <param name="calls">The call log; reads the blocked column only.</param>
    /// <returns>The number of blocked calls.</returns>
    /// <remarks>Catalog C10 (source 004). Example: 3 blocked of 100 attempts give 3 (and a share of 0.03, <see cref="BlockedShare(CallColumns)"/>).</remarks>
    public static long BlockedCalls(CallColumns calls) => Flags.CountTrue(calls.Blocked);

    /// <summary>The share of call attempts that were blocked (堵塞呼叫量 as a fraction).</summary>
    /// <param name="calls">The call log; reads the blocked column only.</param>
    /// <returns>Blocked calls / call attempts, in [0, 1]; NaN for an empty log.</returns>
    /// <remarks>Catalog C10. Example: 3 blocked of 100 attempts give 0.03.</remarks>
    public static double BlockedShare(CallColumns calls) => (double)Flags.CountTrue(calls.Blocked) / calls.Length;

    /// <summary>The share of call attempts that were blocked, from counts.</summary>
    /// <param name="blocked">Blocked attempts. Not negative, at most <paramref name="attempts"/>.</param>
    /// <param name="attempts">All call attempts. Not negative.</param>
    /// <returns><paramref name="blocked"/> / <paramref name="attempts"/>, in [0, 1]; NaN with no attempt.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="blocked"/> exceeds <paramref name="attempts"/>.</exception>
    /// <remarks>Catalog C10. Example: 30 of 1,000 attempts give 0.03.</remarks>
    public static double BlockedShare(long blocked, long attempts)
    {
        Guard.NotNegative(blocked);
        Guard.NotNegative(attempts);
        Guard.NotGreaterThan(blocked, attempts, nameof(attempts));
        return (double)blocked / attempts;
    }

    /// <summary>The compensated sum of a column of seconds, checking each is finite and not negative.</summary>
    private static double SumOfSeconds(ReadOnlySpan<double> seconds, string columnName)
    {
        CompensatedAccumulator sum = default;
        for (int i = 0; i < seconds.Length; i++)
        {
            CheckSeconds(seconds[i], columnName, i);
            sum.Add(seconds[i]);
        }

        return sum.Value;
    }
}
