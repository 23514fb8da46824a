using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace CrmKpi.Data;

/// <summary>
/// Reads a survey export (one row per respondent; NPS, CSAT and CES answers in columns) into a
/// <see cref="SurveyLog"/> with the questions <c>nps</c>, <c>csat</c> and <c>ces</c> (those the file has),
/// with the quirks, errors and lenient mode of every CrmKpi.Data CSV reader. An answer off its
/// question's scale is an error naming the file, line and column (skipped and counted when lenient).
/// </summary>
public static class SurveyCsv
{
    /// <summary>Reads a file into a log: the one-call form.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="CsvDataException">No question column is found, or (strict) a value cannot be used or is off its scale.</exception>
    public static SurveyLog Load(string path, SurveyCsvOptions? options = null) => Read(path, options).Log;

    /// <summary>Reads a file into a log, with the account of skipped and blank rows.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The log and the account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="CsvDataException">No question column is found, or (strict) a value cannot be used or is off its scale.</exception>
    public static CsvReadResult<SurveyLog> Read(string path, SurveyCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(stream, path, options);
    }

    /// <summary>Reads a stream into a log.</summary>
    /// <param name="stream">The bytes of the CSV file; not closed.</param>
    /// <param name="name">The name to give in messages.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The log and the account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="CsvDataException">No question column is found, or (strict) a value cannot be used or is off its scale.</exception>
    public static CsvReadResult<SurveyLog> Read(Stream stream, string name, SurveyCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        options ??= new SurveyCsvOptions();
        (string Question, IReadOnlyList<string> Headers, bool Optional, (int Min, int Max) Scale)[] questions =
        [
            ("nps", options.NpsColumn is null ? SurveyCsvOptions.NpsAliases : [options.NpsColumn], options.NpsColumn is null, (0, 10)),
            ("csat", options.CsatColumn is null ? SurveyCsvOptions.CsatAliases : [options.CsatColumn], options.CsatColumn is null, options.CsatScale),
            ("ces", options.CesColumn is null ? SurveyCsvOptions.CesAliases : [options.CesColumn], options.CesColumn is null, options.CesScale),
        ];
        CsvColumnRequest[] requests = Array.ConvertAll(questions, q => new CsvColumnRequest(q.Question, q.Headers, CsvColumnKind.Count, q.Optional)
        {
            // Off-scale answers are bad values like any other: an error naming the file, line and column, or (lenient) the respondent skipped and counted.
            Check = (answer, inColumn) => answer >= q.Scale.Min && answer <= q.Scale.Max ? null
                : string.Create(CultureInfo.InvariantCulture, $"{q.Question} answer {answer} {inColumn} is off the scale {q.Scale.Min}..{q.Scale.Max}"),
        });
        CsvTable table = CsvTableReader.Read(stream, name, requests, options);
        var answers = new Dictionary<string, SurveyAnswers>(StringComparer.Ordinal);
        foreach (var q in questions)
        {
            if (table.Has(q.Question))
            {
                int[] column = table.Counts(q.Question);
                answers.Add(q.Question, new SurveyAnswers(column, column.Length, q.Scale.Min, q.Scale.Max));
            }
        }

        if (answers.Count == 0)
        {
            throw new CsvDataException(table.File, 1, 0, "no survey question column found (nps, csat or ces, or their common names); name one in the options");
        }

        return new CsvReadResult<SurveyLog>(new SurveyLog(answers), table.File, table.DataRows, table.SkippedRows, table.SkippedExamples, table.BlankLines, 0);
    }
}
