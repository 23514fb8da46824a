using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Satisfaction
{
    private static double MeanOnScale(ReadOnlySpan<int> scores, int scaleMin, int scaleMax, string paramName)
    {
        CheckScale(scaleMin, scaleMax);
        long sum = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            int s = scores[i];
            if (s < scaleMin || s > scaleMax)
            {
                ThrowOffScale(paramName, i, s, scaleMin, scaleMax);
            }

            sum += s;
        }

        return (double)sum / scores.Length;
    }

    private static void CheckScale(int scaleMin, int scaleMax)
    {
        if (scaleMax <= scaleMin)
        {
            Guard.ThrowOutOfRange(nameof(scaleMax), scaleMax, $"must be greater than scaleMin ({scaleMin})");
        }
    }

    private static void ThrowOffScale(string paramName, int index, int value, int scaleMin, int scaleMax) =>
        Guard.ThrowElement(paramName, index, value, $"must be on the {scaleMin}-{scaleMax} scale");
}
