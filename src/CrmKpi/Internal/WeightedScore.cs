using System;

namespace CrmKpi.Internal;

/// <summary>Weighted means of scores, shared by the satisfaction index (S4) and call-quality rubrics (C12).</summary>
internal static class WeightedScore
{
    /// <summary>
    /// <c>sum(w_i s_i) / sum(w_i)</c> with compensated sums; NaN when the weights add to 0. Checks the
    /// lengths, that every score is finite and that every weight is finite and not negative.
    /// </summary>
    public static double Mean(ReadOnlySpan<double> scores, ReadOnlySpan<double> weights, string scoresName, string weightsName)
    {
        Guard.SameLength(scores.Length, weights.Length, weightsName);
        CheckWeights(weights, weightsName);
        return WeightedSumOfRow(scores, weights, 0, scoresName) / TotalWeight(weights);
    }

    /// <summary>Checks every weight is finite and not negative, naming the first one that is not.</summary>
    public static void CheckWeights(ReadOnlySpan<double> weights, string weightsName)
    {
        for (int i = 0; i < weights.Length; i++)
        {
            double w = weights[i];
            if (!(w >= 0) || double.IsPositiveInfinity(w))
            {
                Guard.ThrowElement(weightsName, i, w, "must be finite and not negative");
            }
        }
    }

    /// <summary>The compensated sum of the weights.</summary>
    public static double TotalWeight(ReadOnlySpan<double> weights) => AccurateSum.Sum(weights);

    /// <summary>
    /// <c>sum(w_i s_i)</c> over one row of scores; <paramref name="rowOffset"/> is the row's first index
    /// in the caller's column, used in the message when a score is not finite.
    /// </summary>
    public static double WeightedSumOfRow(ReadOnlySpan<double> row, ReadOnlySpan<double> weights, int rowOffset, string scoresName)
    {
        CompensatedAccumulator sum = default;
        for (int i = 0; i < row.Length; i++)
        {
            double s = row[i];
            if (!double.IsFinite(s))
            {
                Guard.ThrowElement(scoresName, rowOffset + i, s, "must be finite");
            }

            sum.Add(s * weights[i]);
        }

        return sum.Value;
    }
}
