using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmKpi.Data.Internal;
using NodaTime;
using nietras.SeparatedValues;

namespace CrmKpi.Data;

/// <summary>
/// Reads the requested columns of a CSV file with a header row into typed arrays, with the same
/// checks as <see cref="TransactionCsv"/> (strict encodings, field counts, record-length limit,
/// lenient mode) and errors that name the file, line and column.
/// </summary>
public static class CsvTableReader
{
    /// <summary>Reads a file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="requests">The columns wanted.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="requests"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="CsvDataException">A required column is missing, or (strict) a value cannot be used; the message names the file, line and column.</exception>
    public static CsvTable Read(string path, IReadOnlyList<CsvColumnRequest> requests, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(stream, path, requests, options);
    }

    /// <summary>Reads a stream.</summary>
    /// <param name="stream">The bytes of the CSV file; not closed.</param>
    /// <param name="name">The name to give in messages.</param>
    /// <param name="requests">The columns wanted.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="CsvDataException">A required column is missing, or (strict) a value cannot be used.</exception>
    public static CsvTable Read(Stream stream, string name, IReadOnlyList<CsvColumnRequest> requests, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(requests);
        options ??= new CsvReadOptions();
        CsvReadOptions o = options;
        var numbers = new AmountParser(o.Culture, o.AllowCurrencySymbol);
        DateParser dates = CsvValues.CreateDateParser(o.DateFormat, o.TimeZone);
        return CsvPass.Run(stream, name, o, pass => ReadRows(pass, requests, numbers, dates, o));
    }

    private static CsvTable ReadRows(CsvPass pass, IReadOnlyList<CsvColumnRequest> requests, AmountParser numbers, DateParser dates, CsvReadOptions options)
    {
        var columns = new List<(CsvColumnRequest Request, int Index, ColumnValues Values, string InColumn)>();
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CsvColumnRequest request in requests)
        {
            int index = pass.Header.Find(request.Name, request.Headers.Count == 1 ? request.Headers[0] : null, request.Headers, request.Optional);
            if (index >= 0)
            {
                columns.Add((request, index, new ColumnValues(request.Kind), CsvValues.InColumn(pass.Header.Names[index], request.Name)));
                headers[request.Name] = pass.Header.Names[index];
            }
        }

        var lines = new List<int>();
        var parsed = new Value[columns.Count];
        while (pass.Next(out SepReader.Row row))
        {
            int line = row.LineNumberFrom;
            bool ok = true;
            for (int c = 0; c < columns.Count && ok; c++)
            {
                (CsvColumnRequest request, int index, _, string inColumn) = columns[c];
                ReadOnlySpan<char> text = row[index].Span.Trim(' ');
                string? problem = Parse(request.Kind, text, numbers, dates, options, inColumn, ref parsed[c])
                    ?? (request.Check is null ? null
                        : request.Kind == CsvColumnKind.Count ? request.Check(parsed[c].Count, inColumn)
                        : request.Kind == CsvColumnKind.Number ? request.Check(parsed[c].Number, inColumn)
                        : null);
                if (problem is not null)
                {
                    pass.Problem(line, index + 1, problem);
                    ok = false;
                }
            }

            if (ok)
            {
                for (int c = 0; c < columns.Count; c++)
                {
                    columns[c].Values.Add(parsed[c]);
                }

                lines.Add(line);
            }
        }

        return new CsvTable(
            pass.Name,
            columns.ToDictionary(c => c.Request.Name, c => c.Values.ToArray(), StringComparer.Ordinal),
            headers,
            [.. lines],
            pass.DataRows,
            pass.SkippedRows,
            pass.Examples(),
            pass.BlankLines);
    }

    private static string? Parse(CsvColumnKind kind, ReadOnlySpan<char> text, AmountParser numbers, DateParser dates, CsvReadOptions options, string inColumn, ref Value value)
    {
        if (kind == CsvColumnKind.Text)
        {
            value.Text = text.ToString();
            return null;
        }

        if (text.IsEmpty)
        {
            return $"empty value {inColumn}";
        }

        switch (kind)
        {
            case CsvColumnKind.Number:
                return numbers.TryParse(text, out value.Number) ? null : CsvValues.NotANumber(text, inColumn, options);
            case CsvColumnKind.Count:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value.Count)
                    ? null : $"'{CsvHeader.Cut(text)}' is not a whole number {inColumn}";
            case CsvColumnKind.Id:
                value.Text = text.ToString();
                return null;
            case CsvColumnKind.Date:
                return dates.TryParse(text, out value.Date) ? null : CsvValues.NotADate(text, inColumn, dates);
            default:
                return CsvValues.TryParseFlag(text, out value.Flag) ? null
                    : $"'{CsvHeader.Cut(text)}' is not a flag (1/0, true/false, yes/no) {inColumn}";
        }
    }

    private struct Value
    {
        public double Number;
        public int Count;
        public LocalDate Date;
        public string? Text;
        public bool Flag;
    }

    private sealed class ColumnValues(CsvColumnKind kind)
    {
        private readonly List<double> _numbers = [];
        private readonly List<int> _counts = [];
        private readonly List<LocalDate> _dates = [];
        private readonly List<string> _texts = [];
        private readonly List<bool> _flags = [];

        public void Add(in Value value)
        {
            switch (kind)
            {
                case CsvColumnKind.Number: _numbers.Add(value.Number); break;
                case CsvColumnKind.Count: _counts.Add(value.Count); break;
                case CsvColumnKind.Date: _dates.Add(value.Date); break;
                case CsvColumnKind.Flag: _flags.Add(value.Flag); break;
                default: _texts.Add(value.Text ?? ""); break;
            }
        }

        public Array ToArray() => kind switch
        {
            CsvColumnKind.Number => _numbers.ToArray(),
            CsvColumnKind.Count => _counts.ToArray(),
            CsvColumnKind.Date => _dates.ToArray(),
            CsvColumnKind.Flag => _flags.ToArray(),
            _ => _texts.ToArray(),
        };
    }
}
