using System;
using CrmKpi.Internal;
using System.Collections.Generic;

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

    /// <summary>Customer satisfaction (CSAT, 客户满意度) as the mean score, from answers in any collection.</summary>
    /// <param name="scores">One answer per respondent, each in [<paramref name="scaleMin"/>, <paramref name="scaleMax"/>]. Arrays and lists are
    /// read in place; any other sequence is copied once.</param>
    /// <param name="scaleMin">The lowest answer of the scale (1 on a 1-5 scale).</param>
    /// <param name="scaleMax">The highest answer of the scale (5 on a 1-5 scale). Greater than <paramref name="scaleMin"/>.</param>
    /// <returns>The mean answer, in scale units; NaN with no answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scaleMax"/> is not greater than
    /// <paramref name="scaleMin"/>, or an answer is off the scale (the message names its position and value).</exception>
    /// <remarks>Catalog S2. Same as <see cref="Csat(ReadOnlySpan{int}, int, int)"/>.</remarks>
    public static double Csat(IEnumerable<int> scores, int scaleMin, int scaleMax) =>
        Csat(SpanOf.Elements(scores, nameof(scores)), scaleMin, scaleMax);

    /// <summary>Customer satisfaction (CSAT, 客户满意度) as the share of top-box answers, from answers in any collection.</summary>
    /// <param name="scores">One answer per respondent, each in [<paramref name="scaleMin"/>, <paramref name="scaleMax"/>]. Arrays and lists are
    /// read in place; any other sequence is copied once.</param>
    /// <param name="scaleMin">The lowest answer of the scale.</param>
    /// <param name="scaleMax">The highest answer of the scale. Greater than <paramref name="scaleMin"/>.</param>
    /// <param name="topBoxes">How many of the highest answers count as satisfied (2 for "top two box"). From 1 to the number of scale points.</param>
    /// <returns>Answers of at least <c>scaleMax - topBoxes + 1</c> / answers, a fraction in [0, 1]; NaN with no answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scaleMax"/> is not greater than <paramref name="scaleMin"/>,
    /// <paramref name="topBoxes"/> is outside [1, scale points], or an answer is off the scale.</exception>
    /// <remarks>Catalog S2. Same as <see cref="CsatTopBox(ReadOnlySpan{int}, int, int, int)"/>.</remarks>
    public static double CsatTopBox(IEnumerable<int> scores, int scaleMin, int scaleMax, int topBoxes) =>
        CsatTopBox(SpanOf.Elements(scores, nameof(scores)), scaleMin, scaleMax, topBoxes);
}
