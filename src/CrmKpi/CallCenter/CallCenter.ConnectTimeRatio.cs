using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>Connect time ratio (连接时间比率) from totals: agent preparation time before answering per assigned time
    /// (<c>preparation / assigned</c>; the parameters follow that formula's order, as the column form's do).</summary>
    /// <param name="preparation">Time agents spent preparing before answering (connecting, reading the caller's record). Not negative.</param>
    /// <param name="assigned">Time assigned to the agents in the same period. Not negative.</param>
    /// <returns><paramref name="preparation"/> / <paramref name="assigned"/>; IEEE infinity or NaN with no assigned time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative.</exception>
    /// <remarks>Catalog C8 (source 004). Example: 1,800 preparation seconds in 28,800 assigned seconds give 0.0625.</remarks>
    public static double ConnectTimeRatio(Duration preparation, Duration assigned)
    {
        Guard.NotNegative(preparation);
        Guard.NotNegative(assigned);
        return preparation.TotalSeconds / assigned.TotalSeconds;
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
}
