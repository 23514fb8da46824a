using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Advertising
{
    /// <summary>Ad success index (广告成功度): the weighted mean of an ad's dimension scores (D3).</summary>
    /// <param name="scores">The ad's score on each dimension, on one scale; finite. Source 004 names five: creativity, preference,
    /// purchase prompting, understanding and impression (创意, 好感, 购买欲, 理解, 印象), in any order the caller keeps.</param>
    /// <param name="weights">The weight of each dimension; finite, not negative; same length as <paramref name="scores"/>. Need not sum to 1.</param>
    /// <returns><c>sum(w x s) / sum(w)</c>, on the scores' scale; NaN when the weights sum to 0 or there are no dimensions.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite, or a weight is negative, NaN or infinite (the message names the index).</exception>
    /// <remarks>
    /// <para>Formula: <c>index = sum of weight x score / sum of weights</c>.</para>
    /// <para>Catalog D3, source 004. Example: scores 8, 6, 7, 9, 5 with weights 0.3, 0.2, 0.2, 0.15, 0.15: 7.1.</para>
    /// </remarks>
    public static double AdSuccessIndex(ReadOnlySpan<double> scores, ReadOnlySpan<double> weights)
    {
        Guard.SameLength(scores.Length, weights.Length, nameof(weights));
        CompensatedAccumulator weighted = default, total = default;
        for (int i = 0; i < scores.Length; i++)
        {
            if (!double.IsFinite(scores[i]))
            {
                Guard.ThrowElement(nameof(scores), i, scores[i], "must be finite");
            }

            if (!(weights[i] >= 0) || double.IsPositiveInfinity(weights[i]))
            {
                Guard.ThrowElement(nameof(weights), i, weights[i], "must be finite and not negative");
            }

            weighted.Add(weights[i] * scores[i]);
            total.Add(weights[i]);
        }

        return weighted.Value / total.Value;
    }
}
