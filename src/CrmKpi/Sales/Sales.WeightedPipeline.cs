using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Sales
{
    /// <summary>Lead success ratio (线索成功比率) summed: the expected number of wins of a set of leads (P8).</summary>
    /// <param name="probabilities">Each lead's probability of success, in [0, 1].</param>
    /// <returns>The sum of the probabilities; 0 for no leads.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A probability is outside [0, 1] or NaN (the message names the row).</exception>
    /// <remarks><para>Formula: <c>expected wins = sum of p</c>.</para><para>Catalog P8, source 004. Example: 0.2, 0.5, 0.9: 1.6 expected wins.</para></remarks>
    public static double ExpectedWins(ReadOnlySpan<double> probabilities)
    {
        CheckProbabilities(probabilities);
        return AccurateSum.Sum(probabilities);
    }

    /// <summary>Weighted pipeline: the sum of each lead's success probability times its amount (P8).</summary>
    /// <param name="probabilities">Each lead's probability of success, in [0, 1].</param>
    /// <param name="amounts">Each lead's amount in currency units; finite, not negative; same length.</param>
    /// <returns>The probability-weighted amount; 0 for no leads.</returns>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability is outside [0, 1] or NaN, or an amount is negative, NaN or infinite.</exception>
    /// <remarks><para>Formula: <c>weighted pipeline = sum of p x amount</c>.</para><para>Catalog P8, source 004. Example: (0.2, 1,000), (0.5, 4,000), (0.9, 500): 2,650.</para></remarks>
    public static double WeightedPipeline(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> amounts)
    {
        Guard.SameLength(probabilities.Length, amounts.Length, nameof(amounts));
        CheckProbabilities(probabilities);
        CompensatedAccumulator sum = default;
        bool valid = true;
        for (int i = 0; i < amounts.Length; i++)
        {
            valid &= amounts[i] >= 0 && !double.IsPositiveInfinity(amounts[i]);
            sum.Add(probabilities[i] * amounts[i]);
        }

        if (!valid)
        {
            RowChecks.ThrowFirstNotFiniteNonNegative(amounts, nameof(amounts));
        }

        return sum.Value;
    }

    private static void CheckProbabilities(ReadOnlySpan<double> probabilities)
    {
        for (int i = 0; i < probabilities.Length; i++)
        {
            if (!(probabilities[i] >= 0 && probabilities[i] <= 1))
            {
                Guard.ThrowElement(nameof(probabilities), i, probabilities[i], "must be a probability in [0, 1]");
            }
        }
    }
}
