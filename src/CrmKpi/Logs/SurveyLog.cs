using System;
using System.Collections.Generic;
using System.Linq;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// A survey export held by a class: one row per respondent, the answers to each question kept as
/// <see cref="SurveyAnswers"/> under the question's name (for example <c>nps</c>, <c>csat</c>, <c>ces</c>).
/// Every question has an answer from every respondent.
/// </summary>
/// <remarks>
/// Pass a question's answers where the satisfaction calculators take a span:
/// <c>Satisfaction.Nps(survey["nps"])</c>. Immutable once built.
/// </remarks>
public sealed class SurveyLog
{
    private readonly Dictionary<string, SurveyAnswers> _questions;

    /// <summary>Collects the answers of each question; they are not copied.</summary>
    /// <param name="questions">The answers by question name (ordinal, case-sensitive); all of the same length.</param>
    /// <exception cref="ArgumentNullException"><paramref name="questions"/> or one of its answers is null.</exception>
    /// <exception cref="ArgumentException">A question's answers differ in length from the first question's; the message names it.</exception>
    public SurveyLog(IReadOnlyDictionary<string, SurveyAnswers> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        _questions = new Dictionary<string, SurveyAnswers>(StringComparer.Ordinal);
        int respondents = -1;
        foreach ((string name, SurveyAnswers answers) in questions)
        {
            ArgumentNullException.ThrowIfNull(answers, nameof(questions));
            if (respondents < 0)
            {
                respondents = answers.Length;
            }
            else if (answers.Length != respondents)
            {
                Guard.ThrowArgument(nameof(questions), $"Question '{name}' has {answers.Length} answers; the first question has {respondents}: every respondent answers every question.");
            }

            _questions.Add(name, answers);
        }

        Respondents = Math.Max(0, respondents);
    }

    /// <summary>The number of respondents (rows).</summary>
    public int Respondents { get; }

    /// <summary>The names of the questions, in no particular order.</summary>
    public IReadOnlyCollection<string> Questions => _questions.Keys;

    /// <summary>The answers to a question.</summary>
    /// <param name="question">The question's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> is null.</exception>
    /// <exception cref="ArgumentException">The log has no such question; the message lists the ones it has.</exception>
    public SurveyAnswers this[string question]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(question);
            return _questions.TryGetValue(question, out SurveyAnswers? answers) ? answers
                : throw new ArgumentException($"The survey has no question '{question}'; it has: {string.Join(", ", _questions.Keys.Order(StringComparer.Ordinal))}.", nameof(question));
        }
    }

    /// <summary>Whether the log has answers to <paramref name="question"/>.</summary>
    /// <param name="question">The question's name.</param>
    /// <returns>True when the question is in the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> is null.</exception>
    public bool Has(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return _questions.ContainsKey(question);
    }
}
