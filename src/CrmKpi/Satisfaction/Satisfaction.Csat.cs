using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>Customer satisfaction (CSAT, 客户满意度) as the mean score on a caller-given scale.</summary>
    /// <param name="scores">One answer per respondent, each in [<paramref name="scaleMin"/>, <paramref name="scaleMax"/>].</param>
    /// <param name="scaleMin">The lowest answer of the scale (1 on a 1-5 scale).</param>
    /// <param name="scaleMax">The highest answer of the scale (5 on a 1-5 scale). Greater than <paramref name="scaleMin"/>.</param>
    /// <returns>The mean answer, in scale units; NaN for an empty span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scaleMax"/> is not greater than
    /// <paramref name="scaleMin"/>, or an answer is off the scale (the message names its position and value).</exception>
    /// <remarks>
    /// <para>Formula: <c>CSAT = sum(scores) / n</c> (source 002). The top-box reading is <see cref="CsatTopBox(ReadOnlySpan{int}, int, int, int)"/>.</para>
    /// <para>Catalog S2. Example: answers 5, 4, 4, 3, 5 on 1-5 give 21 / 5 = 4.2.</para>
    /// </remarks>
    public static double Csat(ReadOnlySpan<int> scores, int scaleMin, int scaleMax) =>
        MeanOnScale(scores, scaleMin, scaleMax, nameof(scores));

    /// <summary>Customer satisfaction (CSAT, 客户满意度) as the share of top-box answers, for example 4-5 on a 1-5 scale.</summary>
    /// <param name="scores">One answer per respondent, each in [<paramref name="scaleMin"/>, <paramref name="scaleMax"/>].</param>
    /// <param name="scaleMin">The lowest answer of the scale.</param>
    /// <param name="scaleMax">The highest answer of the scale. Greater than <paramref name="scaleMin"/>.</param>
    /// <param name="topBoxes">How many of the highest answers count as satisfied (2 for "top two box"). From 1 to the number of scale points.</param>
    /// <returns>Answers of at least <c>scaleMax - topBoxes + 1</c> / answers, a fraction in [0, 1]; NaN for an empty span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scaleMax"/> is not greater than <paramref name="scaleMin"/>,
    /// <paramref name="topBoxes"/> is outside [1, scale points], or an answer is off the scale.</exception>
    /// <remarks>
    /// <para>Formula: <c>CSAT = count(score &gt;= scaleMax - topBoxes + 1) / n</c> (source 002's variant).</para>
    /// <para>Catalog S2. Example: answers 5, 4, 4, 3, 1 on 1-5 with two top boxes give 3 / 5 = 0.6.</para>
    /// </remarks>
    public static double CsatTopBox(ReadOnlySpan<int> scores, int scaleMin, int scaleMax, int topBoxes)
    {
        CheckScale(scaleMin, scaleMax);
        Guard.InRange(topBoxes, 1, (long)scaleMax - scaleMin + 1);
        int threshold = scaleMax - topBoxes + 1;
        long top = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            int s = scores[i];
            if (s < scaleMin || s > scaleMax)
            {
                ThrowOffScale(nameof(scores), i, s, scaleMin, scaleMax);
            }

            top += s >= threshold ? 1 : 0;
        }

        return (double)top / scores.Length;
    }

    /// <summary>Customer satisfaction (CSAT) top-box share from counts.</summary>
    /// <param name="topBoxAnswers">Answers in the top boxes. Not negative, at most <paramref name="answers"/>.</param>
    /// <param name="answers">All answers. Not negative.</param>
    /// <returns><paramref name="topBoxAnswers"/> / <paramref name="answers"/>, in [0, 1]; NaN when there are no answers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="topBoxAnswers"/> exceeds <paramref name="answers"/>.</exception>
    /// <remarks>Catalog S2. Example: 45 top-box answers of 60 give 0.75.</remarks>
    public static double CsatTopBox(long topBoxAnswers, long answers) => Share(topBoxAnswers, answers, nameof(answers));

    /// <summary>Customer effort score (CES, 客户努力度评分): the mean effort answer on a caller-given scale (1-7 is usual).</summary>
    /// <param name="scores">One answer per respondent, each in [<paramref name="scaleMin"/>, <paramref name="scaleMax"/>].</param>
    /// <param name="scaleMin">The lowest answer of the scale (1 on a 1-7 scale).</param>
    /// <param name="scaleMax">The highest answer of the scale (7 on a 1-7 scale). Greater than <paramref name="scaleMin"/>.</param>
    /// <returns>The mean answer, in scale units; NaN for an empty span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scaleMax"/> is not greater than
    /// <paramref name="scaleMin"/>, or an answer is off the scale (the message names its position and value).</exception>
    /// <remarks>
    /// <para>Formula: <c>CES = sum(scores) / n</c> (source 003). Whether high means easy or hard is the
    /// survey's wording; CrmKpi does not reverse the scale.</para>
    /// <para>Catalog S3. Example: answers 2, 3, 1, 6 on 1-7 give 12 / 4 = 3.</para>
    /// </remarks>
    public static double Ces(ReadOnlySpan<int> scores, int scaleMin, int scaleMax) =>
        MeanOnScale(scores, scaleMin, scaleMax, nameof(scores));

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

    /// <summary>part / whole for counts with <c>0 &lt;= part &lt;= whole</c>; NaN for 0 / 0.</summary>
    private static double Share(long part, long whole, string wholeName, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(part))] string partName = "")
    {
        Guard.NotNegative(part, partName);
        Guard.NotNegative(whole, wholeName);
        Guard.NotGreaterThan(part, whole, wholeName, partName);
        return (double)part / whole;
    }
}
