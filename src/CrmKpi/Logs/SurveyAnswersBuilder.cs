using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// Builds <see cref="SurveyAnswers"/> answer by answer, checking each against the question's scale as it
/// is added, so an answer off the scale fails where it came in. <see cref="ToAnswers"/> hands the array
/// over without copying and leaves the builder empty. Not thread-safe.
/// </summary>
public sealed class SurveyAnswersBuilder
{
    private int[] _answers;
    private int _length;

    /// <summary>Creates an empty builder for a question asked on <paramref name="scaleMin"/>..<paramref name="scaleMax"/>.</summary>
    /// <param name="scaleMin">The lowest answer allowed (0 for NPS, 1 for a 1-5 CSAT).</param>
    /// <param name="scaleMax">The highest answer allowed; above <paramref name="scaleMin"/>.</param>
    /// <param name="capacity">Answers to make room for before the array grows. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">The scale is empty or reversed, or <paramref name="capacity"/> is negative or too large.</exception>
    public SurveyAnswersBuilder(int scaleMin, int scaleMax, int capacity = 0)
    {
        SurveyAnswers.CheckScale(scaleMin, scaleMax);
        Guard.InRange(capacity, 0, Array.MaxLength);
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
        _answers = new int[capacity];
    }

    /// <summary>The lowest answer allowed.</summary>
    public int ScaleMin { get; }

    /// <summary>The highest answer allowed.</summary>
    public int ScaleMax { get; }

    /// <summary>The number of answers added so far.</summary>
    public int Length => _length;

    /// <summary>Appends one answer.</summary>
    /// <param name="answer">The answer; on the scale.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is off the scale.</exception>
    /// <exception cref="InvalidOperationException">The builder already holds <see cref="Array.MaxLength"/> answers.</exception>
    public void Add(int answer)
    {
        Guard.InRange(answer, ScaleMin, ScaleMax);
        if (_length == _answers.Length)
        {
            Array.Resize(ref _answers, LogCapacity.Next(_answers.Length, "survey answer log"));
        }

        _answers[_length++] = answer;
    }

    /// <summary>Hands the answers over and leaves the builder empty.</summary>
    /// <returns>Every answer added since the builder was created or last emptied.</returns>
    public SurveyAnswers ToAnswers()
    {
        var answers = new SurveyAnswers(_answers, _length, ScaleMin, ScaleMax);
        _answers = [];
        _length = 0;
        return answers;
    }
}
