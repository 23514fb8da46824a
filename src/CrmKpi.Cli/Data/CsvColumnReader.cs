using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CrmKpi.Cli.Registry;
using CrmKpi.Data;
using NodaTime.Text;

namespace CrmKpi.Cli.Data;

/// <summary>
/// Reads the requested columns of a CSV file with a header row into typed arrays through
/// <see cref="CsvTableReader"/> (CrmKpi.Data): a value that does not parse is an error naming the
/// file, line and column, or (not strict) makes the row skipped, counted and reported.
/// </summary>
internal static class CsvColumnReader
{
    /// <summary>Reads the columns.</summary>
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="requests">The columns wanted.</param>
    /// <param name="options">Date format, delimiter, strictness, encoding, culture.</param>
    /// <param name="progress">Receives the fraction of the file read, now and then; may be null.</param>
    /// <exception cref="CliException">The file is missing or unreadable, a column is missing, or (strict) a value does not parse.</exception>
    public static CsvColumns Read(string path, IReadOnlyList<ColumnRequest> requests, CsvOptions options, Action<double>? progress = null)
    {
        CsvReadOptions readOptions = CsvInput.ReadOptions(options, progress);
        CsvColumnRequest[] wanted = [.. requests.Select(r => new CsvColumnRequest(r.Name, r.Headers, Kind(r.Kind), r.Optional))];
        CsvTable table = CsvInput.Open(path, options, stream => CsvTableReader.Read(stream, path, wanted, readOptions));
        var headers = wanted.Where(r => table.Has(r.Name)).ToDictionary(r => r.Name, r => table.HeaderOf(r.Name), StringComparer.Ordinal);
        var columns = new Dictionary<string, Array>(StringComparer.Ordinal);
        foreach (CsvColumnRequest r in wanted.Where(r => table.Has(r.Name)))
        {
            columns[r.Name] = r.Kind switch
            {
                CsvColumnKind.Number => table.Numbers(r.Name),
                CsvColumnKind.Count => table.Counts(r.Name),
                CsvColumnKind.Date => table.Dates(r.Name),
                CsvColumnKind.Flag => table.Flags(r.Name),
                _ => table.Texts(r.Name),
            };
        }

        return new CsvColumns(path, columns, headers, table.Lines.ToArray(), (int)table.SkippedRows, [.. table.SkippedExamples.Select(e => e.Message)]);
    }

    /// <summary>The NodaTime pattern for a date format, or a clear error.</summary>
    public static LocalDatePattern DatePattern(string format)
    {
        try
        {
            return LocalDatePattern.CreateWithInvariantCulture(format);
        }
        catch (InvalidPatternException e)
        {
            throw new CliException($"--date-format '{format}' is not a date pattern: {e.Message}");
        }
    }

    private static CsvColumnKind Kind(InputKind kind) => kind switch
    {
        InputKind.NumberColumn => CsvColumnKind.Number,
        InputKind.CountColumn => CsvColumnKind.Count,
        InputKind.DateColumn => CsvColumnKind.Date,
        InputKind.FlagColumn => CsvColumnKind.Flag,
        InputKind.FieldColumn => CsvColumnKind.Text,
        _ => CsvColumnKind.Id,
    };
}
