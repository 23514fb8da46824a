using System;
using System.CommandLine;
using System.Linq;
using CrmKpi.Cli.Data;

namespace CrmKpi.Cli.Compute;

/// <summary>The <c>compute</c> command and its subcommands, one per kind of export.</summary>
internal static class ComputeCommandLine
{
    public static Command Build()
    {
        var compute = new Command("compute", "Compute the metric families from a CSV export: transactions (purchases).");
        compute.Subcommands.Add(Transactions());
        return compute;
    }

    /// <summary>Runs a compute body: reads the CSV, computes, writes; library rejections become one line naming the CSV row.</summary>
    public static int Run(ParseResult result, InputOptions input, ColumnOption[] columns, Func<CsvColumns, ResultTable[]> compute)
    {
        OutputFormat format = ResultWriter.Resolve(result.GetValue(input.Output), result.GetValue(input.Format));
        CsvColumns csv = input.Read(result, columns.Select(c => c.Request(result)));
        ResultTable[] tables;
        try
        {
            tables = compute(csv);
        }
        catch (ArgumentException e)
        {
            throw new CliException(LibraryError.Describe(e, csv, csv.Path, "the library"));
        }

        ResultWriter.Write(tables, result.GetValue(input.Output), format);
        return ExitCodes.Success;
    }

    private static Command Transactions()
    {
        var input = new InputOptions();
        ColumnOption[] columns = TransactionKpis.Columns();
        var command = new Command("transactions", "KPIs of a purchase log (one row per transaction: customer, date, amount, optional items) in a window.");
        input.AddTo(command);
        foreach (ColumnOption c in columns)
        {
            command.Options.Add(c.Option);
        }

        command.SetAction(result => Program.Guarded(() =>
            Run(result, input, columns, csv => [TransactionKpis.Compute(csv, input.Window(result, csv.Dates("date")))])));
        return command;
    }
}
