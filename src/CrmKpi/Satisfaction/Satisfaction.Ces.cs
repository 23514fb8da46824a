using System;
using System.Collections.Generic;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Satisfaction
{
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

    /// <summary>Customer effort score (CES, 客户努力度评分) from answers in any collection.</summary>
    /// <param name="scores">One answer per respondent, each in [<paramref name="scaleMin"/>, <paramref name="scaleMax"/>]. Arrays and lists are
    /// read in place; any other sequence is copied once.</param>
    /// <param name="scaleMin">The lowest answer of the scale (1 on a 1-7 scale).</param>
    /// <param name="scaleMax">The highest answer of the scale (7 on a 1-7 scale). Greater than <paramref name="scaleMin"/>.</param>
    /// <returns>The mean answer, in scale units; NaN with no answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scaleMax"/> is not greater than
    /// <paramref name="scaleMin"/>, or an answer is off the scale (the message names its position and value).</exception>
    /// <remarks>Catalog S3. Same as <see cref="Ces(ReadOnlySpan{int}, int, int)"/>.</remarks>
    public static double Ces(IEnumerable<int> scores, int scaleMin, int scaleMax) =>
        Ces(SpanOf.Elements(scores, nameof(scores)), scaleMin, scaleMax);
}
