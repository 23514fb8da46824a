using System;
using System.CommandLine;
using CrmKpi.Cli.Output;
using CrmKpi.Cli.Verify;

namespace CrmKpi.Cli;

/// <summary>
/// The crmkpi command. Every failure the user can cause ends in one line naming the file, line and
/// column and a non-zero exit code (<see cref="ExitCodes"/>), never in a stack trace.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        RootCommand root = BuildCommand();
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
            {
                Terminal.Error(error.Message);
            }

            Terminal.Error("run 'crmkpi --help' for usage.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke();
    }

    /// <summary>The command tree.</summary>
    public static RootCommand BuildCommand()
    {
        var root = new RootCommand("crmkpi: verify metric definitions against the CrmKpi reference calculators, and compute CRM KPIs from CSV exports.");
        root.Subcommands.Add(VerifyCommandLine());
        root.Subcommands.Add(Compute.ComputeCommandLine.Build());
        root.Subcommands.Add(Compute.RfmCommand.Build());
        root.Subcommands.Add(Compute.ReportCommand.Build());
        var metrics = new Command("metrics", "List the metric ids and member names that verify knows, with their inputs.");
        metrics.SetAction(_ => Guarded(MetricsCommand.Run));
        root.Subcommands.Add(metrics);
        return root;
    }

    /// <summary>The <c>--strict</c> option shared by the commands that read CSV files.</summary>
    public static Option<bool> StrictOption() => new("--strict")
    {
        Description = "Fail on the first CSV row that cannot be used (default). With --strict false such rows are skipped, counted and reported.",
        DefaultValueFactory = _ => true,
    };

    /// <summary>Runs a command body, turning bad input into one error line and exit code 2.</summary>
    public static int Guarded(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliException e)
        {
            Terminal.Error(e.Message);
            return ExitCodes.BadInput;
        }
    }

    private static Command VerifyCommandLine()
    {
        var spec = new Argument<string>("spec") { Description = "The spec file: metric cases with inputs, expected values and tolerances (docs/verify.md)." };
        var junit = new Option<string?>("--junit") { Description = "Also write a JUnit XML report to this file, for CI test reports.", HelpName = "file" };
        Option<bool> strict = StrictOption();
        var command = new Command("verify", "Compute each case of a spec with the library and compare with its expected value. Exit code 0 only when all pass.")
        {
            spec, junit, strict,
        };
        command.SetAction(result => Guarded(() => VerifyCommand.Run(result.GetValue(spec)!, result.GetValue(junit), result.GetValue(strict))));
        return command;
    }
}
