using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using CrmKpi.Cli.Data;
using CrmKpi.Data;

namespace CrmKpi.Cli.Compute;

/// <summary>The <c>compute</c> command and its subcommands, one per kind of export.</summary>
internal static class ComputeCommandLine
{
    public static Command Build()
    {
        var compute = new Command("compute", "Compute the metric families from a CSV export: transactions (purchases), calls, survey answers.");
        compute.Subcommands.Add(Transactions());
        compute.Subcommands.Add(Calls());
        compute.Subcommands.Add(Survey());
        return compute;
    }

    /// <summary>
    /// Runs a compute body: reads the CSV, computes, writes; library rejections become one line naming
    /// the CSV row. With --output, only the first <paramref name="fileTables"/> tables go to the file and
    /// the others are shown on the terminal.
    /// </summary>
    public static int Run(ParseResult result, InputOptions input, ColumnOption[] columns, Func<CsvColumns, ResultTable[]> compute, int fileTables = int.MaxValue)
    {
        OutputFormat format = Prepare(result, input);
        CsvColumns csv = input.Read(result, columns.Select(c => c.Request(result)));
        return Write(result, input, Computed(csv, csv, csv.Path, compute), format, fileTables);
    }

    /// <summary>
    /// Runs a compute body over a transaction export read by CrmKpi.Data's fast reader into a
    /// <see cref="TransactionLog"/>; otherwise as <see cref="Run"/>.
    /// </summary>
    public static int RunTransactions(ParseResult result, InputOptions input, ColumnOption[] columns, Func<TransactionLog, ResultTable[]> compute, int fileTables = int.MaxValue)
    {
        OutputFormat format = Prepare(result, input);
        TransactionInput read = input.ReadTransactions(result, columns);
        return Write(result, input, Computed(read.Log, null, read.File, compute), format, fileTables);
    }

    /// <summary>
    /// Runs a compute body over a log read by one of CrmKpi.Data's readers (<see cref="CallCsv"/>,
    /// <see cref="SurveyCsv"/>): the reader checks the values, so a bad one is an error naming the file,
    /// line and column (or, with --strict false, a skipped row); otherwise as <see cref="Run"/>.
    /// </summary>
    public static int RunLog<TLog>(ParseResult result, InputOptions input, Func<Stream, string, CsvOptions, Action<double>?, CsvReadResult<TLog>> read, Func<TLog, ResultTable[]> compute)
        where TLog : class
    {
        OutputFormat format = Prepare(result, input);
        TLog log = input.ReadLog(result, read);
        return Write(result, input, Computed(log, null, result.GetValue(input.File)!, compute), format, int.MaxValue);
    }

    private static OutputFormat Prepare(ParseResult result, InputOptions input)
    {
        OutputFormat format = ResultWriter.Resolve(result.GetValue(input.Output), result.GetValue(input.Format));
        if (result.GetValue(input.Output) is { } target)
        {
            Output.FilePaths.EnsureNotAnInput(target, "--output", [result.GetValue(input.File)!]);
        }

        return format;
    }

    // Library rejections become one line naming the CSV row when the columns know it, else the file.
    private static ResultTable[] Computed<T>(T data, CsvColumns? csv, string file, Func<T, ResultTable[]> compute)
    {
        try
        {
            return compute(data);
        }
        catch (ArgumentException e)
        {
            throw new CliException(LibraryError.Describe(e, csv, file, "the library"));
        }
        catch (ArithmeticException e)
        {
            // Counts or dates beyond what the library's types hold (a date at the end of the calendar, a count overflow).
            throw new CliException($"{file}: the data cannot be computed: {e.Message}");
        }
    }

    /// <summary>Runs a command that reads its file itself (in chunks) and writes its tables, with the library's errors as messages.</summary>
    public static int RunChunked(ParseResult result, InputOptions input, Func<ResultTable[]> compute, int fileTables = int.MaxValue)
    {
        OutputFormat format = ResultWriter.Resolve(result.GetValue(input.Output), result.GetValue(input.Format));
        string file = result.GetValue(input.File)!;
        if (result.GetValue(input.Output) is { } target)
        {
            Output.FilePaths.EnsureNotAnInput(target, "--output", [file]);
        }

        ResultTable[] tables;
        try
        {
            tables = compute();
        }
        catch (ArgumentException e)
        {
            throw new CliException(LibraryError.Describe(e, null, file, "the library"));
        }
        catch (ArithmeticException e)
        {
            throw new CliException($"{file}: the data cannot be computed: {e.Message}");
        }

        return Write(result, input, tables, format, fileTables);
    }

    private static int Write(ParseResult result, InputOptions input, ResultTable[] tables, OutputFormat format, int fileTables)
    {
        string? output = result.GetValue(input.Output);
        if (output is not null && tables.Length > fileTables)
        {
            ResultWriter.Write(tables[..fileTables], output, format);
            ResultWriter.Write(tables[fileTables..], null, OutputFormat.Table);
            return ExitCodes.Success;
        }

        ResultWriter.Write(tables, output, format);
        return ExitCodes.Success;
    }

    private static Command Transactions()
    {
        var input = new InputOptions();
        ColumnOption[] columns = TransactionKpis.Columns();
        var period = new Option<ReportPeriod?>("--period")
        {
            Description = "Without --from and --to: report the last complete calendar month (default), quarter or year of the file, compared with the one before.",
        };
        var command = new Command("transactions", "KPIs of a purchase log (one row per transaction: customer, date, amount, optional items) in a window; by default the last complete calendar month, compared with the month before.");
        input.AddTo(command, transactions: true);
        foreach (Option option in (Option[])[period, .. columns.Select(c => c.Option)])
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Program.Guarded(() =>
            RunTransactions(result, input, columns, log => [TransactionKpis.Compute(log, TransactionWindow(result, input, period, log))])));
        return command;
    }

    /// <summary>The window of <c>compute transactions</c>: --from and --to when either is given, else the last complete --period.</summary>
    private static NodaTime.DateInterval TransactionWindow(ParseResult result, InputOptions input, Option<ReportPeriod?> periodOption, TransactionLog log)
    {
        ReportPeriod? period = result.GetValue(periodOption);
        if (result.GetValue(input.From) is not null || result.GetValue(input.To) is not null)
        {
            return period is null ? input.Window(result, log) : throw new CliException("--period chooses the window when --from and --to are not given; give either.");
        }

        NodaTime.DateInterval range = log.DateRange() ?? throw new CliException("the file has no rows.");
        NodaTime.DateInterval window = ReportPeriods.LastComplete(range.Start, range.End, period ?? ReportPeriod.Month);
        Output.Terminal.Note($"no --from or --to: the last complete calendar {ReportPeriods.Name(period ?? ReportPeriod.Month)} of the file, {window.Start:yyyy-MM-dd} .. {window.End:yyyy-MM-dd}, compared with the one before.");
        return window;
    }

    private static Command Calls()
    {
        var input = new InputOptions();
        ColumnOption[] columns = ServiceKpis.CallColumns();
        var threshold = new Option<double>("--threshold") { Description = "Service-level target answer time, seconds.", DefaultValueFactory = _ => 20 };
        var shortAbandon = new Option<double>("--short-abandon") { Description = "Abandons within this many seconds are short (left out of the abandonment rate).", DefaultValueFactory = _ => 0 };
        var command = new Command("calls", "Call-center KPIs of a call log (one row per call attempt: wait, talk, hold, after-call-work seconds, abandoned and blocked flags).");
        input.AddTo(command, window: false);
        foreach (Option option in (Option[])[threshold, shortAbandon, .. columns.Select(c => c.Option)])
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Program.Guarded(() =>
            RunLog(result, input, (stream, path, csv, progress) => CallCsv.Read(stream, path, ServiceKpis.CallOptions(result, columns, csv, progress)), log => [ServiceKpis.Calls(log, result.GetValue(threshold), result.GetValue(shortAbandon))])));
        return command;
    }

    private static Command Survey()
    {
        var input = new InputOptions();
        ColumnOption[] columns = ServiceKpis.SurveyColumns();
        Option<string> csatScale = ServiceKpis.ScaleOption("--csat-scale", "1-5", "CSAT");
        Option<string> cesScale = ServiceKpis.ScaleOption("--ces-scale", "1-7", "CES");
        var topBoxes = new Option<int>("--top-boxes") { Description = "How many top answers of the CSAT scale count as satisfied.", DefaultValueFactory = _ => 2 };
        var command = new Command("survey", "Satisfaction KPIs of survey answers (one row per respondent: NPS 0-10, CSAT, CES columns; any of them).");
        input.AddTo(command, window: false);
        foreach (Option option in (Option[])[csatScale, topBoxes, cesScale, .. columns.Select(c => c.Option)])
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Program.Guarded(() =>
        {
            (int, int) csat = ServiceKpis.Scale(result.GetValue(csatScale)!, "--csat-scale");
            (int, int) ces = ServiceKpis.Scale(result.GetValue(cesScale)!, "--ces-scale");
            return RunLog(result, input, (stream, path, csv, progress) => ServiceKpis.ReadSurvey(stream, path, ServiceKpis.SurveyOptions(result, columns, csv, progress) with { CsatScale = csat, CesScale = ces }), log => [ServiceKpis.Survey(log, result.GetValue(topBoxes))]);
        }));
        return command;
    }
}
