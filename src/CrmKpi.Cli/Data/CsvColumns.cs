using System;
using System.Collections.Generic;
using CrmKpi.Cli.Registry;
using NodaTime;

namespace CrmKpi.Cli.Data;

/// <summary>One column to read from a CSV file.</summary>
/// <param name="Name">The logical name the metric uses (customer, date, amount, ...).</param>
/// <param name="Headers">The header to look for; several are aliases tried in order (the first found wins).</param>
/// <param name="Kind">The values the column holds.</param>
/// <param name="Optional">Whether a file without the column is accepted.</param>
internal sealed record ColumnRequest(string Name, IReadOnlyList<string> Headers, InputKind Kind, bool Optional = false);

/// <summary>How to read a CSV file.</summary>
internal sealed record CsvOptions
{
    /// <summary>The NodaTime pattern of the date columns, e.g. <c>yyyy-MM-dd</c> or <c>yyyyMMdd</c>.</summary>
    public string DateFormat { get; init; } = "yyyy-MM-dd";

    /// <summary>The field separator.</summary>
    public string Delimiter { get; init; } = ",";

    /// <summary>True: the first row that cannot be used fails the command. False: such rows are skipped, counted and reported.</summary>
    public bool Strict { get; init; } = true;

    /// <summary>The file's encoding by name (utf-8, utf-16, latin1, gb18030, ...); null for UTF-8.</summary>
    public string? Encoding { get; init; }

    /// <summary>The culture numbers are written in (de-DE, fr-FR, ...); null for the invariant culture.</summary>
    public string? Culture { get; init; }

    /// <summary>The tzdb zone in which timestamps with an offset get their date; null for the date as written.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Whether amounts may carry a currency symbol.</summary>
    public bool AllowCurrency { get; init; }
}

/// <summary>The typed columns read from a CSV file, one entry per usable row, with each row's line number.</summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, Array> _columns;

    internal CsvColumns(string path, Dictionary<string, Array> columns, Dictionary<string, string> headers, int[] lines, int skippedRows, IReadOnlyList<string> skippedExamples)
    {
        Path = path;
        _columns = columns;
        Headers = headers;
        Lines = lines;
        SkippedRows = skippedRows;
        SkippedExamples = skippedExamples;
    }

    /// <summary>The file as the user named it.</summary>
    public string Path { get; }

    /// <summary>The header each logical column was read from.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The line number of each usable row.</summary>
    public int[] Lines { get; }

    /// <summary>The number of usable rows.</summary>
    public int RowCount => Lines.Length;

    /// <summary>Rows skipped because a value could not be used (only when not strict).</summary>
    public int SkippedRows { get; }

    /// <summary>The errors of the first few skipped rows, as <c>file:line:column: message</c>.</summary>
    public IReadOnlyList<string> SkippedExamples { get; }

    /// <summary>Whether the column was read.</summary>
    public bool Has(string name) => _columns.ContainsKey(name);

    /// <summary>A column of finite numbers.</summary>
    public double[] Numbers(string name) => Get<double>(name);

    /// <summary>A column of whole numbers.</summary>
    public int[] Counts(string name) => Get<int>(name);

    /// <summary>A column of dates.</summary>
    public LocalDate[] Dates(string name) => Get<LocalDate>(name);

    /// <summary>A column of flags.</summary>
    public bool[] Flags(string name) => Get<bool>(name);

    /// <summary>A column of labels.</summary>
    public string[] Texts(string name) => Get<string>(name);

    /// <summary>The place of a row, <c>file:line</c>, for messages about a row's values.</summary>
    public string RowLocation(int row) =>
        (uint)row < (uint)Lines.Length ? CliException.Location(Path, Lines[row], 0) : Path;

    /// <summary>The one-line note about skipped rows, or null when none were skipped.</summary>
    public string? SkippedNote() =>
        SkippedRows == 0 ? null
        : $"{Path}: skipped {SkippedRows} row{(SkippedRows == 1 ? "" : "s")} that could not be used (--strict false); first: {SkippedExamples[0]}";

    private T[] Get<T>(string name) =>
        _columns.TryGetValue(name, out Array? column) && column is T[] typed ? typed
        : throw new InputException(name, $"column {name} is not mapped in the case's csv.columns.");
}
