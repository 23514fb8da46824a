using System;
using System.Collections.Generic;
using NodaTime;

namespace CrmKpi.Data;

/// <summary>
/// Typed columns read from a CSV file by <see cref="CsvTableReader"/>: one entry per usable row, with
/// the line each row started on, for small and medium files of any shape (call logs, survey answers,
/// the inputs of a metric). Transaction exports have their own fast reader, <see cref="TransactionCsv"/>.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, Array> _columns;
    private readonly Dictionary<string, string> _headers;
    private readonly int[] _lines;

    internal CsvTable(string file, Dictionary<string, Array> columns, Dictionary<string, string> headers, int[] lines, long dataRows, long skippedRows, IReadOnlyList<CsvDataException> skippedExamples, long blankLines)
    {
        File = file;
        _columns = columns;
        _headers = headers;
        _lines = lines;
        DataRows = dataRows;
        SkippedRows = skippedRows;
        SkippedExamples = skippedExamples;
        BlankLines = blankLines;
    }

    /// <summary>The file's name as given.</summary>
    public string File { get; }

    /// <summary>The number of usable rows (the length of every column).</summary>
    public int RowCount => _lines.Length;

    /// <summary>The line each usable row started on.</summary>
    public ReadOnlySpan<int> Lines => _lines;

    /// <summary>The data rows of the file: used or skipped.</summary>
    public long DataRows { get; }

    /// <summary>Rows skipped because they could not be used (lenient mode only).</summary>
    public long SkippedRows { get; }

    /// <summary>The errors of the first few skipped rows, in file order.</summary>
    public IReadOnlyList<CsvDataException> SkippedExamples { get; }

    /// <summary>Lines that were empty: no data, so not rows.</summary>
    public long BlankLines { get; }

    /// <summary>Whether the column was read (false for an optional column the file does not have).</summary>
    /// <param name="name">The request's name.</param>
    /// <returns>Whether it is in the table.</returns>
    public bool Has(string name) => _columns.ContainsKey(name);

    /// <summary>The header a column was read from.</summary>
    /// <param name="name">The request's name.</param>
    /// <returns>The header as written in the file.</returns>
    /// <exception cref="KeyNotFoundException">The column was not read.</exception>
    public string HeaderOf(string name) => _headers[name];

    /// <summary>A column of numbers.</summary>
    /// <param name="name">The request's name.</param>
    /// <returns>The values.</returns>
    /// <exception cref="KeyNotFoundException">No column of numbers has that name.</exception>
    public double[] Numbers(string name) => Get<double>(name);

    /// <summary>A column of whole numbers.</summary>
    /// <param name="name">The request's name.</param>
    /// <returns>The values.</returns>
    /// <exception cref="KeyNotFoundException">No column of counts has that name.</exception>
    public int[] Counts(string name) => Get<int>(name);

    /// <summary>A column of dates.</summary>
    /// <param name="name">The request's name.</param>
    /// <returns>The values.</returns>
    /// <exception cref="KeyNotFoundException">No column of dates has that name.</exception>
    public LocalDate[] Dates(string name) => Get<LocalDate>(name);

    /// <summary>A column of flags.</summary>
    /// <param name="name">The request's name.</param>
    /// <returns>The values.</returns>
    /// <exception cref="KeyNotFoundException">No column of flags has that name.</exception>
    public bool[] Flags(string name) => Get<bool>(name);

    /// <summary>A column of text.</summary>
    /// <param name="name">The request's name.</param>
    /// <returns>The values.</returns>
    /// <exception cref="KeyNotFoundException">No column of text has that name.</exception>
    public string[] Texts(string name) => Get<string>(name);

    private T[] Get<T>(string name) =>
        _columns.TryGetValue(name, out Array? column) && column is T[] typed ? typed
        : throw new KeyNotFoundException($"The table has no column '{name}' of {typeof(T).Name} values.");
}
