using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// Call-center metrics (catalog section 5, ids C1 to C12) over a call log in <see cref="CallColumns"/>
/// and agent time in <see cref="AgentColumns"/>. Staffing models (C13) are in <see cref="Staffing"/>.
/// </summary>
/// <remarks>
/// Each metric has its own calculator that reads only the columns it needs;
/// <see cref="Summarize(CallColumns, NodaTime.Duration, NodaTime.Duration)"/> computes all of them in one vectorised pass when a
/// caller wants the whole set.
/// </remarks>
public static partial class CallCenter
{
    private static double MeanOverAnswered(CallColumns calls, ReadOnlySpan<double> seconds, string columnName)
    {
        CompensatedAccumulator sum = default;
        long answered = 0;
        for (int i = 0; i < seconds.Length; i++)
        {
            double s = seconds[i];
            CheckSeconds(s, columnName, i);
            if (!calls.Blocked[i] && !calls.Abandoned[i])
            {
                sum.Add(s);
                answered++;
            }
        }

        return sum.Value / answered;
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
