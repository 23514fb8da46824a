using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using CrmKpi.Cli.Data;
using CrmKpi.Cli.Registry;
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
    public Argument<string> File { get; } = new("file") { Description = "The CSV file, with a header row." };

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

    public Option<string?> From { get; } = new("--from") { Description = "First day of the window, yyyy-MM-dd (default: the first date in the file; compute transactions without --from and --to: the last complete --period).", HelpName = "date" };

    public Option<string?> To { get; } = new("--to") { Description = "Last day of the window, inclusive, yyyy-MM-dd (default: the last date in the file).", HelpName = "date" };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the result to this file (.csv or .json) instead of the terminal.", HelpName = "file" };

    public Option<OutputFormat?> Format { get; } = new("--format") { Description = "table (terminal), csv or json; default: from the --output extension, else table." };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command, bool window = true)
    {
        command.Arguments.Add(File);
        foreach (Option option in (Option[])[DateFormat, Delimiter, Strict, .. window ? (Option[])[From, To] : [], Output, Format])
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads the file's columns, with a progress display on large files; notes skipped rows.</summary>
    public CsvColumns Read(ParseResult result, IEnumerable<ColumnRequest> requests) => ReadFile(result, result.GetValue(File)!, requests);

    /// <summary>Reads another file's columns with the same CSV options (the extra inputs of <c>crmkpi report</c>).</summary>
    public CsvColumns ReadFile(ParseResult result, string path, IEnumerable<ColumnRequest> requests)
    {
        string delimiter = result.GetValue(Delimiter)!;
        var options = new CsvOptions
        {
            DateFormat = result.GetValue(DateFormat)!,
            Delimiter = delimiter.Equals("tab", StringComparison.OrdinalIgnoreCase) ? "\t" : delimiter,
            Strict = result.GetValue(Strict),
        };
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
