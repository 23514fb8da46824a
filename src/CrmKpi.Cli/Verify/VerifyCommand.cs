using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmKpi.Cli.Output;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CrmKpi.Cli.Verify;

/// <summary><c>crmkpi verify SPEC.json [--junit FILE] [--strict false]</c>.</summary>
internal static class VerifyCommand
{
    /// <summary>Reads the spec, runs every case, prints the table and writes the JUnit report.</summary>
    /// <returns>0 when every case passed, 1 when one failed, 2 when one could not be computed.</returns>
    public static int Run(string specPath, string? junitPath, bool strict)
    {
        VerifySpec spec = VerifySpec.Read(specPath);
        List<CaseResult> results = VerifyRunner.Run(spec, strict);

        IAnsiConsole console = Terminal.Out;
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"crmkpi verify {specPath}"));
        table.AddColumn("#", c => c.RightAligned());
        table.AddColumn("Case");
        table.AddColumn("Metric");
        table.AddColumn("Expected", c => c.RightAligned());
        table.AddColumn("Computed", c => c.RightAligned());
        table.AddColumn("Difference", c => c.RightAligned());
        table.AddColumn("Result");
        foreach (CaseResult r in results)
        {
            table.AddRow(
                new Text(r.Case.Index.ToString(CultureInfo.InvariantCulture)),
                new Text(r.Case.Name),
                new Text($"{r.Case.Entry.Id} {r.Case.Entry.Member}"),
                new Text(Values(r.Case.Expected)),
                new Text(r.Actual is null ? "-" : Values(r.Actual)),
                new Text(double.IsNaN(r.Difference) ? "-" : VerifyRunner.Format(r.Difference)),
                Badge(r.Outcome));
        }

        console.Write(table);
        foreach (CaseResult r in results.Where(r => r.Outcome != Outcome.Passed || r.Note is not null))
        {
            string label = r.Outcome switch { Outcome.Failed => "FAIL", Outcome.Error => "ERROR", _ => "NOTE" };
            string text = r.Outcome == Outcome.Passed ? r.Note! : r.Message + (r.Note is null ? "" : " " + r.Note);
            Console.Out.WriteLine($"{label} {spec.Where(r.Case.Path)} {r.Case.Name} [{r.Case.Entry.Id} {r.Case.Entry.Member}]: {text}");   // unwrapped, for CI logs
        }

        int passed = results.Count(r => r.Outcome == Outcome.Passed);
        int failed = results.Count(r => r.Outcome == Outcome.Failed);
        int errors = results.Count(r => r.Outcome == Outcome.Error);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count} cases: {passed} passed, {failed} failed, {errors} errors."));

        if (junitPath is not null)
        {
            JUnitReport.Write(junitPath, specPath, results);
            Console.Out.WriteLine($"JUnit report: {junitPath}");
        }

        foreach (string message in results.Where(r => r.Outcome == Outcome.Error).Select(r => r.Message!).Distinct())
        {
            Terminal.Error(message);   // several cases over one bad CSV file report it once
        }

        return errors > 0 ? ExitCodes.BadInput : failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static string Values(double[] values) =>
        values.Length <= 3 ? string.Join(", ", values.Select(VerifyRunner.Format)) : string.Create(CultureInfo.InvariantCulture, $"[{values.Length} values]");

    private static IRenderable Badge(Outcome outcome) => outcome switch
    {
        Outcome.Passed => new Markup("[green]pass[/]"),
        Outcome.Failed => new Markup("[red]FAIL[/]"),
        _ => new Markup("[red]ERROR[/]"),
    };
}
