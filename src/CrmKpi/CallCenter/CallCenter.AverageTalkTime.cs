using System;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>Average talk time (平均谈话时间): mean talk seconds of answered calls.</summary>
    /// <param name="calls">The call log; reads the talk and the two flag columns.</param>
    /// <returns>Mean talk seconds of answered calls; NaN with no answered call.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A talk duration is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>Catalog C4 (source 004). Talk excludes hold. Example: talks of 100 and 200 s: 150 s.</remarks>
    public static double AverageTalkTime(CallColumns calls) => MeanOverAnswered(calls, calls.TalkSeconds, "talkSeconds");
}
