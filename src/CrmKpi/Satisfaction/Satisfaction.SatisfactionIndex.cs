using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>Multi-dimension satisfaction index (客户满意度指标): the weighted mean of dimension scores.</summary>
    /// <param name="dimensionScores">The score of each dimension (for example product quality, service quality,
    /// price, after-sales), on one common scale. Finite.</param>
    /// <param name="weights">The weight of each dimension, same length. Finite, not negative; they need not add to 1.</param>
    /// <returns><c>sum(w_i s_i) / sum(w_i)</c>; NaN when the spans are empty or every weight is 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> differs in length from <paramref name="dimensionScores"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite, or a weight is negative, NaN or infinite
    /// (the message names its position).</exception>
    /// <remarks>
    /// <para>Formula: <c>index = sum(w_i s_i) / sum(w_i)</c> (source 001 lists the dimensions; the weights are the company's).</para>
    /// <para>Catalog S4. Example: scores 4.5, 4.0, 3.5, 4.2 with weights 0.4, 0.3, 0.2, 0.1 give
    /// 1.8 + 1.2 + 0.7 + 0.42 = 4.12. The same kernel scores call-quality rubrics (<see cref="CallCenter.QualityScore(ReadOnlySpan{double}, ReadOnlySpan{double})"/>).</para>
    /// </remarks>
    public static double SatisfactionIndex(ReadOnlySpan<double> dimensionScores, ReadOnlySpan<double> weights) =>
        WeightedScore.Mean(dimensionScores, weights, nameof(dimensionScores), nameof(weights));
}
