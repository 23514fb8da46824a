using System;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>Average speed of answer, ASA (平均等待时间): mean seconds answered calls waited.</summary>
    /// <param name="calls">The call log; reads the wait and the two flag columns.</param>
    /// <returns>Mean wait of answered calls in seconds; NaN with no answered call.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A wait is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>Catalog C2. Formula <c>sum(wait of answered) / answered</c>; abandoned calls' waits are not included.
    /// Example: answered after 10 and 30 s, one abandoned after 90 s: 20 s.</remarks>
    public static double AverageSpeedOfAnswer(CallColumns calls) => MeanOverAnswered(calls, calls.WaitSeconds, "waitSeconds");
}
