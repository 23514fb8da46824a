using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CrmKpi.Cli.Output;
using Spectre.Console;

namespace CrmKpi.Cli.Compute;

/// <summary>The output formats of compute and rfm.</summary>
internal enum OutputFormat
{
    /// <summary>A table on the terminal.</summary>
    Table,

    /// <summary>Comma-separated values with a header row.</summary>
    Csv,

    /// <summary>A JSON document.</summary>
    Json,
}

/// <summary>A result table: named columns of text or numbers, written as a terminal table, CSV or JSON.</summary>
/// <param name="Title">A title for the terminal table and the JSON document.</param>
/// <param name="Columns">The column names.</param>
/// <param name="Rows">The rows; cells are strings, doubles or longs.</param>
internal sealed record ResultTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<object[]> Rows);

/// <summary>Writes result tables where the options say.</summary>
internal static class ResultWriter
{
    /// <summary>The format: the one given, else from the output file's extension, else a terminal table.</summary>
    /// <exception cref="CliException">The extension is unknown and no format is given.</exception>
    public static OutputFormat Resolve(string? output, OutputFormat? format)
    {
        if (format is not null)
        {
            return format.Value;
        }

        if (output is null)
        {
            return OutputFormat.Table;
        }

        return Path.GetExtension(output).ToUpperInvariant() switch
        {
            ".CSV" => OutputFormat.Csv,
            ".JSON" => OutputFormat.Json,
            _ => throw new CliException($"{output}: cannot tell the format from the extension; name a .csv or .json file, or give --format."),
        };
    }

    /// <summary>Writes the tables to the file, or to standard output when <paramref name="output"/> is null.</summary>
    public static void Write(IReadOnlyList<ResultTable> tables, string? output, OutputFormat format)
    {
        if (format == OutputFormat.Table)
        {
            if (output is not null)
            {
                throw new CliException($"{output}: a table is written to the terminal; use --format csv or json for a file.");
            }

            foreach (ResultTable table in tables)
            {
                WriteTerminal(table);
            }

            return;
        }

        // Streamed, not built as one string: a per-customer table of a large export has millions of rows.
        if (output is null)
        {
            try
            {
                using Stream stdout = Console.OpenStandardOutput();
                WriteTo(stdout, tables, format);
            }
            catch (IOException e) when (e is not StandardOutputException)
            {
                throw new StandardOutputException(e.Message, e);
            }

            return;
        }

        // Written in place, never through a temporary file moved over the output: the output may be a device
        // (/dev/stdout, /dev/full) or a named pipe, which a move would replace with a regular file.
        try
        {
            using var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            WriteTo(file, tables, format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{output}: cannot write: {e.Message} (the file may hold part of the output)");
        }

        Terminal.Note($"wrote {output}");
    }

    private static void WriteTo(Stream stream, IReadOnlyList<ResultTable> tables, OutputFormat format)
    {
        if (format == OutputFormat.Csv)
        {
            using var writer = new CsvCellWriter(stream);
            for (int t = 0; t < tables.Count; t++)
            {
                if (t > 0)
                {
                    writer.EndRow();   // a blank line between tables
                }

                WriteCsv(writer, tables[t]);
            }

            return;
        }

        WriteJson(stream, tables);
    }

    /// <summary>A number as the outputs write it: round-trip, invariant; NaN and infinities by name.</summary>
    public static string Format(object cell) => cell switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    private static void WriteTerminal(ResultTable table)
    {
        var t = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(table.Title));
        foreach (string column in table.Columns)
        {
            t.AddColumn(Markup.Escape(column));
        }

        foreach (object[] row in table.Rows)
        {
            t.AddRow(row.Select(cell => new Text(Format(cell))).ToArray());
        }

        Terminal.Out.Write(t);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void WriteCsv(CsvCellWriter writer, ResultTable table)
    {
        foreach (string column in table.Columns)
        {
            writer.Text(column);
        }

        writer.EndRow();
        if (table.Rows is ICsvRows typed)
        {
            for (int i = 0; i < table.Rows.Count; i++)
            {
                typed.WriteCsv(i, writer);
                writer.EndRow();
            }

            return;
        }

        foreach (object[] row in table.Rows)
        {
            foreach (object cell in row)
            {
                switch (cell)
                {
                    case double d: writer.Number(d); break;
                    case long l: writer.Number(l); break;
                    case int n: writer.Number(n); break;
                    case string text: writer.Text(text); break;
                    default: writer.Text(Format(cell)); break;
                }
            }

            writer.EndRow();
        }
    }

    private static void WriteJson(Stream stream, IReadOnlyList<ResultTable> tables)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (ResultTable table in tables)
            {
                json.WriteStartArray(table.Title);
                foreach (object[] row in table.Rows)
                {
                    json.WriteStartObject();
                    for (int c = 0; c < table.Columns.Count; c++)
                    {
                        json.WritePropertyName(table.Columns[c]);
                        switch (row[c])
                        {
                            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
                            case double d: json.WriteStringValue(Format(d)); break;   // JSON has no NaN or infinity: "NaN", "Infinity", as verify specs write them
                            case long l: json.WriteNumberValue(l); break;
                            case int n: json.WriteNumberValue(n); break;
                            default: json.WriteStringValue(Format(row[c])); break;
                        }
                    }

                    json.WriteEndObject();
                    if (json.BytesPending > 1 << 16)
                    {
                        json.Flush();
                    }
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        stream.Write("\n"u8);
    }
}
