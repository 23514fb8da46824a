using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class CallCenter
{
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
}
