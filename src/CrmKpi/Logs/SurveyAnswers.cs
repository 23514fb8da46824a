using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// The answers to one survey question (an NPS, CSAT or CES score per respondent), owned by a class so
/// they can live in a field, a notebook variable or across an <c>await</c>, with the scale they were
/// asked on.
/// </summary>
/// <remarks>
/// The one rule of logs: answers convert implicitly to the span the satisfaction calculators take, so
/// <c>Satisfaction.Nps(answers)</c> and <c>Satisfaction.Csat(answers, answers.ScaleMin, answers.ScaleMax)</c>
/// take them as they are, without a copy. Immutable once built.
/// </remarks>
public sealed class SurveyAnswers
{
    private readonly int[] _answers;
    private readonly int _length;

    /// <summary>
    /// Wraps existing answers, without copying them: do not change them afterwards. Only the first
    /// <paramref name="length"/> elements are answers; each must be on the scale.
    /// </summary>
    /// <param name="answers">The answers.</param>
    /// <param name="length">The number of answers: at most <c>answers.Length</c>.</param>
    /// <param name="scaleMin">The lowest answer the question allows (0 for NPS).</param>
    /// <param name="scaleMax">The highest answer the question allows (10 for NPS); above <paramref name="scaleMin"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="answers"/> is shorter than <paramref name="length"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative, the scale is empty or reversed, or an answer is off the scale (the message names its position).</exception>
    public SurveyAnswers(int[] answers, int length, int scaleMin, int scaleMax)
    {
        ArgumentNullException.ThrowIfNull(answers);
        Guard.NotNegative(length);
        Guard.DestinationLength(length, answers.Length, nameof(answers));
        CheckScale(scaleMin, scaleMax);
        for (int i = 0; i < length; i++)
        {
            if (answers[i] < scaleMin || answers[i] > scaleMax)
            {
                Guard.ThrowElement(nameof(answers), i, answers[i], $"must be on the scale {scaleMin}..{scaleMax}");
            }
        }

        _answers = answers;
        _length = length;
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
    }

    /// <summary>The number of answers.</summary>
    public int Length => _length;

    /// <summary>The lowest answer the question allows.</summary>
    public int ScaleMin { get; }

    /// <summary>The highest answer the question allows.</summary>
    public int ScaleMax { get; }

    /// <summary>The answers, for the calculators: a span over the log's array, no copy.</summary>
    public ReadOnlySpan<int> Answers => _answers.AsSpan(0, _length);

    /// <summary>The answers: the one rule of logs, so answers are passed wherever a span of answers is taken.</summary>
    /// <param name="answers">The answers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    public static implicit operator ReadOnlySpan<int>(SurveyAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers.Answers;
    }

    /// <summary>The answers (the named form of the implicit conversion).</summary>
    /// <returns>The answers.</returns>
    public ReadOnlySpan<int> ToReadOnlySpan() => Answers;

    internal static void CheckScale(int scaleMin, int scaleMax)
    {
        if (scaleMax <= scaleMin)
        {
            Guard.ThrowOutOfRange(nameof(scaleMax), scaleMax, $"must be above scaleMin ({scaleMin})");
        }
    }
}
