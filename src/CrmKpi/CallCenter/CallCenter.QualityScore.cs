using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>Call quality score (呼叫质量): the weighted mean of one call's rubric items (tone, friendliness, alertness, knowledge, ...).</summary>
    /// <param name="itemScores">The call's score on each rubric item, on one common scale. Finite.</param>
    /// <param name="weights">The weight of each item, same length. Finite, not negative; they need not add to 1.</param>
    /// <returns><c>sum(w_i s_i) / sum(w_i)</c>; NaN when the spans are empty or every weight is 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> differs in length from <paramref name="itemScores"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite, or a weight is negative, NaN or infinite (the message names its position).</exception>
    /// <remarks>Catalog C12 (source 004). Example: tone 4, friendliness 5, alertness 3, knowledge 4 with weights 1, 1, 1, 2 give
    /// (4 + 5 + 3 + 8) / 5 = 4.</remarks>
    public static double QualityScore(ReadOnlySpan<double> itemScores, ReadOnlySpan<double> weights) =>
        WeightedScore.Mean(itemScores, weights, nameof(itemScores), nameof(weights));

    /// <summary>Call quality scores (呼叫质量) of many calls: the weighted rubric mean of each row of a calls-by-items matrix.</summary>
    /// <param name="itemScores">Scores in row-major order: the items of call 0, then of call 1, ...; length <c>calls * weights.Length</c>. Finite.</param>
    /// <param name="weights">The weight of each item. Finite, not negative, at least one.</param>
    /// <param name="destination">Receives each call's score. At least <c>itemScores.Length / weights.Length</c> long.</param>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, <paramref name="itemScores"/> is not a whole number of rows,
    /// or <paramref name="destination"/> is too short or overlaps an input.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite, or a weight is negative, NaN or infinite (the message names its position).</exception>
    /// <remarks>Catalog C12. Each call's score is NaN when every weight is 0. Example: rows (4, 5) and (2, 3) with weights 1, 3 give 4.75 and 2.75.</remarks>
    public static void QualityScores(ReadOnlySpan<double> itemScores, ReadOnlySpan<double> weights, Span<double> destination)
    {
        if (weights.IsEmpty)
        {
            Guard.ThrowArgument(nameof(weights), "weights must name at least one rubric item.");
        }

        if (itemScores.Length % weights.Length != 0)
        {
            Guard.ThrowArgument(nameof(itemScores), $"itemScores has {itemScores.Length} elements, not a whole number of rows of {weights.Length} items.");
        }

        int rows = itemScores.Length / weights.Length;
        Guard.DestinationLength(rows, destination.Length);
        Guard.NotOverlapping(itemScores, destination);
        Guard.NotOverlapping(weights, destination);
        WeightedScore.CheckWeights(weights, nameof(weights));
        double total = WeightedScore.TotalWeight(weights);
        for (int r = 0; r < rows; r++)
        {
            int offset = r * weights.Length;
            destination[r] = WeightedScore.WeightedSumOfRow(itemScores.Slice(offset, weights.Length), weights, offset, nameof(itemScores)) / total;
        }
    }
}
