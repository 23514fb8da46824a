using System;
using System.IO;
using System.Linq;
using System.CommandLine;
using System.CommandLine.Help;
using CrmKpi.Cli.Output;
using CrmKpi.Cli.Verify;

namespace CrmKpi.Cli;

/// <summary>
/// The crmkpi command. Every failure the user can cause ends in one line naming the file, line and
/// column and a non-zero exit code (<see cref="ExitCodes"/>), never in a stack trace; so does a
/// failure nobody foresaw (<see cref="ExitCodes.InternalError"/>).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            Console.SetOut(new StandardOutputWriter(Console.Out));
            Command root = BuildCommand();
            ParseResult parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                Terminal.Error(string.Join("; ", parsed.Errors.Select(e => e.Message.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal))) + " (run 'crmkpi --help' for usage)");
                return ExitCodes.BadInput;
            }

            // Without the default handler an exception reaches the catch below instead of printing a stack trace.
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return Unexpected(e);
        }
    }

    /// <summary>
    /// The one line and exit code for an exception no command turned into a message: bad input the user can
    /// fix (2), an output that cannot be written (standard output on a full disk or a closed pipe) or a file
    /// that cannot be read (2), or
    /// an internal error (3), which is a bug in crmkpi.
    /// </summary>
    public static int Unexpected(Exception e)
    {
        switch (e)
        {
            case CliException:
                Terminal.Error(e.Message);
                return ExitCodes.BadInput;
            case StandardOutputException:
                Terminal.Error("cannot write the output: " + e.Message);
                return ExitCodes.BadInput;
            case IOException or UnauthorizedAccessException:
                Terminal.Error("cannot read or write a file: " + e.Message);
                return ExitCodes.BadInput;
            default:
                Terminal.Error($"internal error: {e.Message} ({e.GetType().Name}); please report it.");
                return ExitCodes.InternalError;
        }
    }

    /// <summary>The command tree; named <c>crmkpi</c> (the tool's command) whatever the assembly is called.</summary>
    public static Command BuildCommand()
    {
        var root = new Command("crmkpi", "crmkpi: verify metric definitions against the CrmKpi reference calculators, and compute CRM KPIs from CSV exports.")
        {
            Options = { new HelpOption(), new VersionOption() },
        };
        root.Subcommands.Add(VerifyCommandLine());
        root.Subcommands.Add(Compute.ComputeCommandLine.Build());
        root.Subcommands.Add(Compute.RfmCommand.Build());
        root.Subcommands.Add(Compute.ReportCommand.Build());
        root.Subcommands.Add(Compute.PresetsCommand.Build());
        var metricId = new Argument<string?>("id") { Description = "A catalog id (P4) or member name (Sales.WinRate): show its inputs with their types, the values of its variants and what verify compares.", Arity = ArgumentArity.ZeroOrOne };
        var metrics = new Command("metrics", "List the metric ids and member names that verify knows, with their inputs; or describe one.") { metricId };
        metrics.SetAction(result => Guarded(() => MetricsCommand.Run(result.GetValue(metricId))));
        root.Subcommands.Add(metrics);
        return root;
    }

    /// <summary>The <c>--strict</c> option shared by the commands that read CSV files.</summary>
    public static Option<bool> StrictOption() => new("--strict")
    {
        Description = "Fail on the first CSV row that cannot be used (default). With --strict false such rows are skipped, counted and reported.",
        DefaultValueFactory = _ => true,
    };

    /// <summary>Runs a command body, turning bad input into one error line and exit code 2 and any other exception into <see cref="Unexpected"/>'s line.</summary>
    public static int Guarded(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e)
        {
            return Unexpected(e);
        }
    }

    private static Command VerifyCommandLine()
    {
        var spec = new Argument<string>("spec") { Description = "The spec file: metric cases with inputs, expected values and tolerances (docs/verify.md)." };
        var junit = new Option<string?>("--junit") { Description = "Also write a JUnit XML report to this file, for CI test reports (never one of the inputs).", HelpName = "file" };
        Option<bool> strict = StrictOption();
        var allowPath = new Option<string[]>("--allow-path")
        {
            Description = "Also allow the spec's CSV paths to name files in this folder (by default only the spec's folder and below); may be repeated.",
            HelpName = "dir",
            DefaultValueFactory = _ => [],
        };
        var failuresOnly = new Option<bool>("--failures-only") { Description = "Show only the cases that failed or could not be computed, and the summary." };
        var layout = new Option<VerifyLayout>("--format")
        {
            Description = "auto (a table on a terminal, one line per case when the output is redirected), table or compact.",
            DefaultValueFactory = _ => VerifyLayout.Auto,
        };
        var command = new Command("verify", "Compute each case of a spec with the library and compare with its expected value. Exit code 0 when all pass, 1 when one fails, 2 on bad input, 3 on an internal error.")
        {
            spec, junit, strict, allowPath, failuresOnly, layout,
        };
        command.SetAction(result => Guarded(() => VerifyCommand.Run(new VerifyOptions(
            result.GetValue(spec)!, result.GetValue(junit), result.GetValue(strict), result.GetValue(allowPath) ?? [], result.GetValue(failuresOnly), result.GetValue(layout)))));
        return command;
    }
}
