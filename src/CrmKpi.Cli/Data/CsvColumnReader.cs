using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmKpi.Cli.Registry;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace CrmKpi.Cli.Data;

/// <summary>
/// Reads the requested columns of a CSV file with a header row into typed arrays. Every value is
/// parsed with the invariant culture; a value that does not parse is an error naming the file, line
/// and column, or (not strict) makes the row skipped, counted and reported.
/// </summary>
internal static class CsvColumnReader
{
    private const int MaxExamples = 3;

    /// <summary>Reads the columns.</summary>
    /// <param name="path">The file.</param>
    /// <param name="requests">The columns wanted.</param>
    /// <param name="options">Date format, delimiter, strictness.</param>
    /// <param name="progress">Receives the fraction of the file read, now and then; may be null.</param>
    /// <exception cref="CliException">The file is missing or unreadable, a column is missing, or (strict) a value does not parse.</exception>
    public static CsvColumns Read(string path, IReadOnlyList<ColumnRequest> requests, CsvOptions options, Action<double>? progress = null)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: file not found.");
        }

        LocalDatePattern datePattern = DatePattern(options.DateFormat);
        var lines = new List<int>();
        var examples = new List<string>();
        int skipped = 0;
        void Skip(string error)
        {
            skipped++;
            if (examples.Count < MaxExamples)
            {
                examples.Add(error);
            }
        }

        var readerOptions = new CsvReaderOptions
        {
            Separator = options.Delimiter.Length == 1 ? options.Delimiter[0] : throw new CliException($"--delimiter '{options.Delimiter}' must be one character."),
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = options.Strict ? CsvMalformedDataHandling.Throw : CsvMalformedDataHandling.Skip,
            OnMalformedRecord = options.Strict ? null : record => Skip(CliException.Location(path, record.LineNumber, 0) + $": malformed CSV ({record.Reason})."),
        };

        try
        {
            using CsvReader csv = CsvReader.FromFile(path, readerOptions);
            string[] header = [.. csv.Headers];
            if (header.Length == 0)
            {
                throw new CliException($"{path}: the file is empty; a header row is expected.");
            }

            var columns = new List<Column>();
            var headers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (ColumnRequest request in requests)
            {
                int index = FindHeader(header, request.Headers);
                if (index < 0)
                {
                    if (request.Optional)
                    {
                        continue;
                    }

                    string wanted = request.Headers.Count == 1 ? $"'{request.Headers[0]}'" : "named any of " + string.Join(", ", request.Headers.Select(h => $"'{h}'"));
                    throw CliException.At(path, 1, 0, $"no column {wanted} for {request.Name}; the header has {string.Join(", ", header.Select(h => $"'{h}'"))}.");
                }

                columns.Add(new Column(request, index, header[index]));
                headers[request.Name] = header[index];
            }

            long length = Math.Max(1, new FileInfo(path).Length);
            var values = new Value[columns.Count];
            while (csv.Read())
            {
                int line = (int)csv.LineNumber;
                string? error = ParseRow(csv, header.Length, columns, datePattern, values, path, line);
                if (error is null)
                {
                    for (int c = 0; c < columns.Count; c++)
                    {
                        columns[c].Add(values[c]);
                    }

                    lines.Add(line);
                }
                else if (options.Strict)
                {
                    throw new CliException(error + " (--strict false skips such rows)");
                }
                else
                {
                    Skip(error);
                }

                if (progress is not null && (lines.Count + skipped) % 8192 == 0)
                {
                    progress((double)csv.ByteOffset / length);
                }
            }

            progress?.Invoke(1);
            return new CsvColumns(path, columns.ToDictionary(c => c.Request.Name, c => c.ToArray(), StringComparer.Ordinal), headers, [.. lines], skipped, examples);
        }
        catch (CsvFormatException e)
        {
            string message = e.Message.Split('\n')[0].Trim();
            throw CliException.At(path, e.LineNumber, 0, "malformed CSV: " + message + (options.Strict ? " (--strict false skips such rows)" : ""));
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }
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

    /// <summary>
    /// The index of the first candidate found in the header: exact match first, then ignoring case,
    /// then ignoring case, spaces, underscores and hyphens ("Customer ID" finds customer_id).
    /// </summary>
    private static int FindHeader(string[] header, IReadOnlyList<string> candidates)
    {
        foreach (Func<string, string> key in (Func<string, string>[])[h => h, h => h.ToUpperInvariant(), Loose])
        {
            foreach (string candidate in candidates)
            {
                int index = Array.FindIndex(header, h => key(h) == key(candidate));
                if (index >= 0)
                {
                    return index;
                }
            }
        }

        return -1;
    }

    private static string Loose(string name) =>
        new([.. name.Where(c => c is not (' ' or '_' or '-')).Select(char.ToUpperInvariant)]);

    private static string? ParseRow(CsvReader csv, int headerCount, List<Column> columns, LocalDatePattern datePattern, Value[] values, string path, int line)
    {
        for (int c = 0; c < columns.Count; c++)
        {
            Column column = columns[c];
            if (column.Index >= csv.FieldCount)
            {
                return CliException.Location(path, line, 0) + string.Create(CultureInfo.InvariantCulture, $": the row has {csv.FieldCount} fields; the header has {headerCount}.");
            }

            string raw = csv.GetString(column.Index) ?? "";
            string? problem = Parse(column.Request.Kind, raw, datePattern, ref values[c]);
            if (problem is not null)
            {
                return CliException.Location(path, line, column.Index + 1) + $": {problem} in column '{column.Header}'{(column.Header == column.Request.Name ? "" : $" ({column.Request.Name})")}.";
            }
        }

        return null;
    }

    private static string? Parse(InputKind kind, string raw, LocalDatePattern datePattern, ref Value value)
    {
        if (raw.Length == 0 && kind != InputKind.FieldColumn)
        {
            return "empty value";
        }

        switch (kind)
        {
            case InputKind.NumberColumn:
                return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out value.Number) && double.IsFinite(value.Number)
                    ? null : $"'{raw}' is not a number";
            case InputKind.CountColumn:
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out value.Count)
                    ? null : $"'{raw}' is not a whole number";
            case InputKind.DateColumn:
                ParseResult<LocalDate> date = datePattern.Parse(raw);
                value.Date = date.Success ? date.Value : default;
                return date.Success ? null : $"'{raw}' is not a date in the format {datePattern.PatternText}";
            case InputKind.FlagColumn:
                bool? flag = raw.ToUpperInvariant() switch
                {
                    "1" or "TRUE" or "YES" or "Y" or "T" => true,
                    "0" or "FALSE" or "NO" or "N" or "F" => false,
                    _ => null,
                };
                value.Flag = flag ?? false;
                return flag is null ? $"'{raw}' is not a flag (1/0, true/false, yes/no)" : null;
            default:
                value.Text = raw;
                return null;
        }
    }

    private struct Value
    {
        public double Number;
        public int Count;
        public LocalDate Date;
        public string Text;
        public bool Flag;
    }

    private sealed class Column(ColumnRequest request, int index, string header)
    {
        private readonly List<double> _numbers = [];
        private readonly List<int> _counts = [];
        private readonly List<LocalDate> _dates = [];
        private readonly List<string> _texts = [];
        private readonly List<bool> _flags = [];

        public ColumnRequest Request { get; } = request;

        public int Index { get; } = index;

        public string Header { get; } = header;

        public void Add(in Value value)
        {
            switch (Request.Kind)
            {
                case InputKind.NumberColumn: _numbers.Add(value.Number); break;
                case InputKind.CountColumn: _counts.Add(value.Count); break;
                case InputKind.DateColumn: _dates.Add(value.Date); break;
                case InputKind.FlagColumn: _flags.Add(value.Flag); break;
                default: _texts.Add(value.Text); break;
            }
        }

        public Array ToArray() => Request.Kind switch
        {
            InputKind.NumberColumn => _numbers.ToArray(),
            InputKind.CountColumn => _counts.ToArray(),
            InputKind.DateColumn => _dates.ToArray(),
            InputKind.FlagColumn => _flags.ToArray(),
            _ => _texts.ToArray(),
        };
    }
}
