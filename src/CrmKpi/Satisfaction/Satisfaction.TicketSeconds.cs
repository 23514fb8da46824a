using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>The compensated sum and count of the non-NaN durations; a negative or infinite one throws.</summary>
    private static (double Sum, long Count) SumOfDefined(ReadOnlySpan<double> seconds, string columnName)
    {
        CompensatedAccumulator sum = default;
        long count = 0;
        for (int i = 0; i < seconds.Length; i++)
        {
            double s = seconds[i];
            if (double.IsNaN(s))
            {
                continue;
            }

            CheckDuration(s, columnName, i);
            sum.Add(s);
            count++;
        }

        return (sum.Value, count);
    }

    private static void CheckDuration(double seconds, string columnName, int index)
    {
        if (!(seconds >= 0) || double.IsPositiveInfinity(seconds))
        {
            Guard.ThrowElement(columnName, index, seconds, "must be finite and not negative, or NaN when the event has not happened");
        }
    }
}
