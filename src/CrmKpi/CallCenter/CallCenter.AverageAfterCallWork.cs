using System;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>After-call work time (后续处理时间): mean after-call-work seconds of answered calls.</summary>
    /// <param name="calls">The call log; reads the after-call-work and the two flag columns.</param>
    /// <returns>Mean after-call-work seconds of answered calls; NaN with no answered call.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An after-call-work duration is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>Catalog C5 (source 004). Example: 20 and 40 s: 30 s.</remarks>
    public static double AverageAfterCallWork(CallColumns calls) =>
        MeanOverAnswered(calls, calls.AfterCallWorkSeconds, "afterCallWorkSeconds");
}
