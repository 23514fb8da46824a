using System;
using CrmKpi.Internal;
using MathNet.Numerics.Distributions;

namespace CrmKpi;

/// <summary>
/// The net promoter score of a set of answers with its counts, its standard error and confidence
/// intervals (catalog S1). Built by <see cref="Satisfaction.Nps(ReadOnlySpan{byte})"/> and its overloads.
/// </summary>
/// <remarks>
/// <para>Each answer is coded +1 (promoter, 9-10), 0 (passive, 7-8) or -1 (detractor, 0-6). With
/// promoter share <c>p = P / n</c> and detractor share <c>d = D / n</c>, the score is
/// <c>100 (p - d)</c>, the per-respondent variance of the coding is <c>v = (p + d) - (p - d)^2</c>
/// (the mean of the squares minus the square of the mean; the divisor is n, as for a population),
/// and the standard error of the score is <c>100 sqrt(v / n)</c>. The confidence interval is the
/// normal (Wald) approximation <c>score ± z * SE</c> with <c>z</c> the standard normal quantile at
/// <c>(1 + level) / 2</c>, clipped to [-100, 100].</para>
/// <para>Worked example: 70 promoters, 20 passives and 10 detractors give 70% - 10% = 60 (source 002);
/// <c>v = 0.8 - 0.36 = 0.44</c>, <c>SE = 100 sqrt(0.0044) = 6.633</c>, and the 95% interval is
/// 60 ± 1.95996 * 6.633 = [47.00, 73.00].</para>
/// <para>The Wald interval is poor for small n or for shares near 0 or 1 (it can have zero width when
/// every answer is the same); it is the textbook interval the catalog asks for, not a recommendation.</para>
/// </remarks>
public readonly record struct NpsResult
{
    /// <summary>Builds the result from the three counts.</summary>
    /// <param name="promoters">Answers of 9 or 10. Not negative.</param>
    /// <param name="passives">Answers of 7 or 8. Not negative.</param>
    /// <param name="detractors">Answers of 0 to 6. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the counts add up to more than
    /// <see cref="long.MaxValue"/> (the exception names the count that made the total too large), so
    /// <see cref="Count"/> always holds the exact number of answers.</exception>
    public NpsResult(long promoters, long passives, long detractors)
    {
        Guard.NotNegative(promoters);
        Guard.NotNegative(passives);
        Guard.NotNegative(detractors);
        Guard.CountTotal(Guard.CountTotal(promoters, passives), detractors);
        Promoters = promoters;
        Passives = passives;
        Detractors = detractors;
    }

    /// <summary>Answers of 9 or 10.</summary>
    public long Promoters { get; }

    /// <summary>Answers of 7 or 8.</summary>
    public long Passives { get; }

    /// <summary>Answers of 0 to 6.</summary>
    public long Detractors { get; }

    /// <summary>All answers: promoters + passives + detractors.</summary>
    public long Count => Promoters + Passives + Detractors;

    /// <summary>Promoters / answers, a fraction in [0, 1]; NaN with no answers.</summary>
    public double PromoterShare => (double)Promoters / Count;

    /// <summary>Detractors / answers, a fraction in [0, 1]; NaN with no answers.</summary>
    public double DetractorShare => (double)Detractors / Count;

    /// <summary>Passives / answers, a fraction in [0, 1]; NaN with no answers.</summary>
    public double PassiveShare => (double)Passives / Count;

    /// <summary>The score <c>100 (P - D) / n</c> in [-100, 100]; NaN with no answers.</summary>
    public double Score => 100.0 * (Promoters - Detractors) / Count;

    /// <summary>
    /// The standard error of <see cref="Score"/>, <c>100 sqrt(((p + d) - (p - d)^2) / n)</c>, in score
    /// points; NaN with no answers, 0 when every answer falls in one group.
    /// </summary>
    public double StandardError
    {
        get
        {
            double n = Count;
            double p = Promoters / n, d = Detractors / n;
            double variance = Math.Max(0.0, (p + d) - ((p - d) * (p - d)));   // rounding can make a true 0 slightly negative
            return 100.0 * Math.Sqrt(variance / n);
        }
    }

    /// <summary>The normal-approximation confidence interval of <see cref="Score"/> at a caller-given level.</summary>
    /// <param name="level">The confidence level, a fraction strictly between 0 and 1 (0.95 for 95%).</param>
    /// <returns>
    /// <c>(Score - z SE, Score + z SE)</c> clipped to [-100, 100], with <c>z</c> the standard normal
    /// quantile at <c>(1 + level) / 2</c>; both bounds NaN with no answers.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1, or is NaN.</exception>
    /// <remarks>Example: 70/20/10 answers at level 0.95 give [47.00, 73.00] (see the type's remarks).</remarks>
    public (double Lower, double Upper) ConfidenceInterval(double level)
    {
        if (!(level > 0 && level < 1))
        {
            Guard.ThrowOutOfRange(nameof(level), level, "must be strictly between 0 and 1");
        }

        double z = Normal.InvCDF(0, 1, (1 + level) / 2);
        double score = Score, margin = z * StandardError;
        return (Math.Max(-100.0, score - margin), Math.Min(100.0, score + margin));
    }
}
