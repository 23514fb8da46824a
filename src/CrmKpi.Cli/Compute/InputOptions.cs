using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CrmKpi.Cli.Data;
using CrmKpi.Cli.Registry;
using CrmKpi.Data;
using CrmKpi.Data.Columnar;
using NodaTime;
using NodaTime.Text;

namespace CrmKpi.Cli.Compute;

/// <summary>A column option: <c>--amount-column NAME</c>, whose default is a list of headers common in CRM exports.</summary>
internal sealed class ColumnOption
{
    public ColumnOption(string name, InputKind kind, bool optional, params string[] aliases)
    {
        Name = name;
        Kind = kind;
        Optional = optional;
        Aliases = aliases;
        Option = new Option<string?>($"--{name}-column")
        {
            Description = $"The CSV header of the {name} column{(optional ? " (optional)" : "")}. Default: the first of {string.Join(", ", aliases)} (any case).",
            HelpName = "header",
        };
    }

    public string Name { get; }

    public InputKind Kind { get; }

    public bool Optional { get; }

    public IReadOnlyList<string> Aliases { get; }

    public Option<string?> Option { get; }

    /// <summary>The column request: the header given, or the aliases.</summary>
    public ColumnRequest Request(ParseResult result)
    {
        string? header = result.GetValue(Option);
        return header is null ? new ColumnRequest(Name, Aliases, Kind, Optional) : new ColumnRequest(Name, [header], Kind, Optional);
    }
}

/// <summary>The options every compute command shares: CSV reading, window, output.</summary>
internal sealed class InputOptions
{
    public Argument<string> File { get; } = new("file") { Description = "The CSV file, with a header row; - reads standard input." };

    public Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = "The file's encoding: utf-8 (default; a BOM is skipped), utf-16, latin1, windows-1252, gb18030, gbk, ... Bytes not valid in it are an error with line and column.",
        HelpName = "name",
    };

    public Option<string?> Culture { get; } = new("--culture")
    {
        Description = "The culture numbers are written in: de-DE reads 1.234,50; fr-FR 1 234,50. Default: invariant (1234.50, 1,234.50).",
        HelpName = "name",
    };

    public Option<bool> Currency { get; } = new("--currency-symbols")
    {
        Description = "Accept a currency symbol ($ € £ ¥ or the culture's) and (5.00) for a negative amount.",
    };

    public Option<string?> TimeZone { get; } = new("--time-zone")
    {
        Description = "The tzdb zone (Europe/Berlin, Asia/Shanghai, ...) in which a timestamp with an offset or Z gets its date. Default: the date as written.",
        HelpName = "zone",
    };

    public Option<RefundPolicy> Refunds { get; } = new("--refunds")
    {
        Description = "Negative amounts: Keep (rows as they are), NetPerCustomerDay (each customer-day with a refund becomes one row of the net) or Reject (an error for the row).",
        DefaultValueFactory = _ => RefundPolicy.Keep,
    };

    public Option<string> DateFormat { get; } = new("--date-format")
    {
        Description = "The pattern of the date column (NodaTime: yyyy-MM-dd, yyyyMMdd, dd/MM/yyyy, ...).",
        DefaultValueFactory = _ => "yyyy-MM-dd",
        HelpName = "pattern",
    };

    public Option<string> Delimiter { get; } = new("--delimiter")
    {
        Description = "The field separator; 'tab' for a tab.",
        DefaultValueFactory = _ => ",",
    };

    public Option<bool> Strict { get; } = Program.StrictOption();

    public Option<int?> Threads { get; } = new("--threads")
    {
        Description = "Threads for reading the file: 1 reads on one thread; default: a second thread maps customer ids when the machine has two cores and the file is over 1 MB. The result is the same.",
        HelpName = "n",
    };

    public Option<string?> Preset { get; } = PresetOptions.Preset();

    public Option<string?> PresetFile { get; } = PresetOptions.PresetFile();

    public Option<string?> From { get; } = new("--from") { Description = "First day of the window, yyyy-MM-dd (default: the first date in the file; compute transactions without --from and --to: the last complete --period).", HelpName = "date" };

    public Option<string?> To { get; } = new("--to") { Description = "Last day of the window, inclusive, yyyy-MM-dd (default: the last date in the file).", HelpName = "date" };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the result to this file (.csv or .json) instead of the terminal.", HelpName = "file" };

    public Option<OutputFormat?> Format { get; } = new("--format") { Description = "table (terminal), csv or json; default: from the --output extension, else table." };

    /// <summary>Adds the options to a command; <paramref name="transactions"/> adds --time-zone and --refunds.</summary>
    public void AddTo(Command command, bool window = true, bool transactions = false)
    {
        command.Arguments.Add(File);
        Option[] reading = [DateFormat, Delimiter, Encoding, Culture, Currency, Strict, .. transactions ? (Option[])[TimeZone, Refunds, Preset, PresetFile, Threads] : []];
        foreach (Option option in (Option[])[.. reading, .. window ? (Option[])[From, To] : [], Output, Format])
        {
            command.Options.Add(option);
        }
    }

    /// <summary>How to read the file, from the command line.</summary>
    public CsvOptions CsvOptions(ParseResult result) => new()
    {
        DateFormat = result.GetValue(DateFormat)!,
        Delimiter = result.GetValue(Delimiter)!,
        Strict = result.GetValue(Strict),
        Encoding = result.GetValue(Encoding),
        Culture = result.GetValue(Culture),
        AllowCurrency = result.GetValue(Currency),
        TimeZone = result.GetValue(TimeZone),
    };

    /// <summary>
    /// Reads a transaction export into a log with CrmKpi.Data's fast reader, with a progress display on
    /// large files; notes skipped and netted rows.
    /// </summary>
    /// <param name="result">The parsed command line.</param>
    /// <param name="columns">The customer, date, amount and (optional) quantity column options, in that order.</param>
    public TransactionInput ReadTransactions(ParseResult result, IReadOnlyList<ColumnOption> columns)
    {
        string path = result.GetValue(File)!;
        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            return ReadParquet(result, columns, path);
        }

        CsvOptions options = CsvOptionsWithPreset(result, out ExportPreset? preset);
        CsvReadResult<TransactionLog> read = CrmKpi.Cli.Output.Terminal.WithProgress(path, $"reading {path}", progress =>
        {
            TransactionCsvOptions o = TransactionOptions(result, columns, options, preset, progress);
            return CsvInput.Open(path, options, stream => TransactionCsv.Read(stream, path, o));
        });
        NoteSkipped(read);
        if (read.NettedRows > 0)
        {
            CrmKpi.Cli.Output.Terminal.Note($"{path}: --refunds NetPerCustomerDay merged {read.NettedRows} row{(read.NettedRows == 1 ? "" : "s")} into the net of their customer-day.");
        }

        if (read.Log.Length == 0)
        {
            throw new CliException($"{path}: no usable rows.");
        }

        return new TransactionInput(read.Log, read.File, read.SkippedRows);
    }

    /// <summary>
    /// Reads a call or survey export into its log with a CrmKpi.Data reader (<see cref="CallCsv"/>, <see cref="SurveyCsv"/>),
    /// with a progress display on large files; notes skipped rows.
    /// </summary>
    /// <param name="result">The parsed command line.</param>
    /// <param name="read">Reads the stream (named by the path) with the command line's CSV options applied to the reader's own options.</param>
    public TLog ReadLog<TLog>(ParseResult result, Func<Stream, string, CsvOptions, Action<double>?, CsvReadResult<TLog>> read)
        where TLog : class
    {
        string path = result.GetValue(File)!;
        CsvOptions options = CsvOptions(result);
        CsvReadResult<TLog> log = CrmKpi.Cli.Output.Terminal.WithProgress(path, $"reading {path}", progress =>
            CsvInput.Open(path, options, stream => read(stream, path, options, progress)));
        NoteSkipped(log);
        return log.DataRows == log.SkippedRows ? throw new CliException($"{path}: no usable rows.") : log.Log;
    }

    private static void NoteSkipped<TLog>(CsvReadResult<TLog> read)
        where TLog : class
    {
        if (read.SkippedRows > 0)
        {
            CrmKpi.Cli.Output.Terminal.Note($"{read.File}: skipped {read.SkippedRows} row{(read.SkippedRows == 1 ? "" : "s")} that could not be used (--strict false); first: {read.SkippedExamples[0].Message}");
        }
    }

    /// <summary>
    /// Reads a transaction export in chunks of rows (<see cref="TransactionCsv.ReadInChunks(Stream, string, int, TransactionChunkHandler, TransactionCsvOptions?)"/>),
    /// handing each chunk to <paramref name="onChunk"/>: the CSV options and notes of <see cref="ReadTransactions"/>, for files larger than memory.
    /// </summary>
    /// <param name="result">The parsed command line.</param>
    /// <param name="columns">The customer, date and amount column options, in that order.</param>
    /// <param name="chunkRows">Rows per chunk, at least 1.</param>
    /// <param name="onChunk">Receives each chunk.</param>
    /// <returns>The customer keys of the whole file.</returns>
    public CustomerKeys ReadTransactionsInChunks(ParseResult result, IReadOnlyList<ColumnOption> columns, int chunkRows, TransactionChunkHandler onChunk)
    {
        string path = result.GetValue(File)!;
        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"{path}: --chunk-rows reads CSV files; a Parquet file is read whole.");
        }

        if (chunkRows < 1)
        {
            throw new CliException($"--chunk-rows {chunkRows}: a chunk holds at least 1 row.");
        }

        if (result.GetValue(Refunds) == RefundPolicy.NetPerCustomerDay)
        {
            throw new CliException("--refunds NetPerCustomerDay needs the whole file (a customer-day's rows may fall in two chunks); leave out --chunk-rows, or keep or reject refunds.");
        }

        CsvOptions options = CsvOptionsWithPreset(result, out ExportPreset? preset);
        CsvReadResult<CustomerKeys> read = CrmKpi.Cli.Output.Terminal.WithProgress(path, $"reading {path} in chunks of {chunkRows} rows", progress =>
        {
            TransactionCsvOptions o = TransactionOptions(result, columns, options, preset, progress);
            return CsvInput.Open(path, options, stream => TransactionCsv.ReadInChunks(stream, path, chunkRows, onChunk, o));
        });
        if (read.SkippedRows > 0)
        {
            CrmKpi.Cli.Output.Terminal.Note($"{path}: skipped {read.SkippedRows} row{(read.SkippedRows == 1 ? "" : "s")} that could not be used (--strict false); first: {read.SkippedExamples[0].Message}");
        }

        if (read.Log.Count == 0)
        {
            throw new CliException($"{path}: no usable rows.");
        }

        return read.Log;
    }

    private CsvOptions CsvOptionsWithPreset(ParseResult result, out ExportPreset? preset)
    {
        preset = PresetOptions.Resolve(result.GetValue(Preset), result.GetValue(PresetFile));
        return preset is null ? CsvOptions(result) : PresetOptions.Apply(CsvOptions(result), preset, result, DateFormat, Delimiter);
    }

    private TransactionCsvOptions TransactionOptions(ParseResult result, IReadOnlyList<ColumnOption> columns, CsvOptions options, ExportPreset? preset, Action<double>? progress)
    {
        string? Named(int i) => i < columns.Count ? result.GetValue(columns[i].Option) : null;
        return CsvInput.TransactionOptions(options, progress) with
        {
            CustomerColumn = Named(0) ?? preset?.CustomerColumn,
            DateColumn = Named(1) ?? preset?.DateColumn,
            AmountColumn = Named(2) ?? preset?.AmountColumn,
            QuantityColumn = Named(3) ?? preset?.QuantityColumn,
            ReadQuantity = columns.Count > 3 && (preset is null || preset.QuantityColumn is not null || Named(3) is not null),
            PresetName = preset?.Name,
            Refunds = result.GetValue(Refunds),
            MaxDegreeOfParallelism = ThreadCount(result),
        };
    }

    /// <summary>
    /// Reads a Parquet transaction log (<see cref="TransactionParquet"/>): the column options, --time-zone, --refunds and
    /// --strict apply; the CSV options (delimiter, encoding, culture, date format, presets) do not.
    /// </summary>
    private TransactionInput ReadParquet(ParseResult result, IReadOnlyList<ColumnOption> columns, string path)
    {
        if (result.GetValue(Preset) is not null || result.GetValue(PresetFile) is not null)
        {
            throw new CliException($"{path}: presets describe CSV exports; a Parquet file is read by its column names (name them with the --*-column options).");
        }

        string? Named(int i) => i < columns.Count ? result.GetValue(columns[i].Option) : null;
        string? zone = result.GetValue(TimeZone);
        var options = new ColumnarTransactionOptions
        {
            CustomerColumn = Named(0),
            DateColumn = Named(1),
            AmountColumn = Named(2),
            QuantityColumn = Named(3),
            ReadQuantity = columns.Count > 3,
            TimeZone = zone is null ? null : CsvInput.TimeZone(zone),
            Refunds = result.GetValue(Refunds),
            Lenient = !result.GetValue(Strict),
            MaxDegreeOfParallelism = ThreadCount(result),
        };
        ColumnarReadResult read;
        try
        {
            read = CrmKpi.Cli.Output.Terminal.WithProgress(path, $"reading {path}", _ => TransactionParquet.ReadAsync(path, options).AsTask().GetAwaiter().GetResult());
        }
        catch (ColumnarDataException e)
        {
            throw new CliException(e.Message + (e.Message.EndsWith('.') ? "" : "."));
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{path}: file not found.");
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot read: {e.Message}");
        }

        if (read.SkippedRows > 0)
        {
            CrmKpi.Cli.Output.Terminal.Note($"{path}: skipped {read.SkippedRows} row{(read.SkippedRows == 1 ? "" : "s")} with a null (--strict false).");
        }

        if (read.NettedRows > 0)
        {
            CrmKpi.Cli.Output.Terminal.Note($"{path}: --refunds NetPerCustomerDay merged {read.NettedRows} row{(read.NettedRows == 1 ? "" : "s")} into the net of their customer-day.");
        }

        return read.Log.Length == 0 ? throw new CliException($"{path}: no usable rows.") : new TransactionInput(read.Log, path, read.SkippedRows);
    }

    /// <summary>--threads as the reader's MaxDegreeOfParallelism: -1 (automatic) when not given.</summary>
    private int ThreadCount(ParseResult result) => result.GetValue(Threads) switch
    {
        null => -1,
        >= 1 and <= 64 and int n => n,
        int n => throw new CliException($"--threads {n}: give 1 to 64 (1 reads on one thread)."),
    };

    /// <summary>Reads the file's columns, with a progress display on large files; notes skipped rows.</summary>
    public CsvColumns Read(ParseResult result, IEnumerable<ColumnRequest> requests) => ReadFile(result, result.GetValue(File)!, requests);

    /// <summary>Reads another file's columns with the same CSV options (the extra inputs of <c>crmkpi report</c>).</summary>
    public CsvColumns ReadFile(ParseResult result, string path, IEnumerable<ColumnRequest> requests)
    {
        CsvOptions options = CsvOptions(result);
        ColumnRequest[] wanted = [.. requests];
        CsvColumns csv = CrmKpi.Cli.Output.Terminal.WithProgress(path, $"reading {path}", progress => CsvColumnReader.Read(path, wanted, options, progress));
        if (csv.SkippedNote() is { } note)
        {
            CrmKpi.Cli.Output.Terminal.Note(note);
        }

        if (csv.RowCount == 0)
        {
            throw new CliException($"{path}: no usable rows.");
        }

        return csv;
    }

    /// <summary>The window: --from and --to, each defaulting to the first or last date of the data (or <paramref name="defaultEnd"/>).</summary>
    public DateInterval Window(ParseResult result, LocalDate[] dates, LocalDate? defaultEnd = null)
    {
        LocalDate start = Date(result, From) ?? dates.Min();
        LocalDate end = Date(result, To) ?? defaultEnd ?? dates.Max();
        return end >= start ? new DateInterval(start, end) : throw new CliException($"--to {end:yyyy-MM-dd} is before --from {start:yyyy-MM-dd}.");
    }

    /// <summary>The window: --from and --to, each defaulting to the first or last date of the log (or <paramref name="defaultEnd"/>).</summary>
    public DateInterval Window(ParseResult result, TransactionLog log, LocalDate? defaultEnd = null)
    {
        DateInterval range = log.DateRange() ?? throw new CliException("the file has no rows.");
        LocalDate start = Date(result, From) ?? range.Start;
        LocalDate end = Date(result, To) ?? defaultEnd ?? range.End;
        return end >= start ? new DateInterval(start, end) : throw new CliException($"--to {end:yyyy-MM-dd} is before --from {start:yyyy-MM-dd}.");
    }

    /// <summary>A date option's value, written yyyy-MM-dd.</summary>
    /// <exception cref="CliException">The text is not such a date.</exception>
    public static LocalDate ParseDate(string text, string option)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new CliException($"{option} '{text}' is not a date written yyyy-MM-dd.");
    }

    private static LocalDate? Date(ParseResult result, Option<string?> option)
    {
        string? text = result.GetValue(option);
        return text is null ? null : ParseDate(text, option.Name);
    }
}
