using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmKpi.Cli.Output;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CrmKpi.Cli.Verify;

/// <summary>How verify shows its results.</summary>
internal enum VerifyLayout
{
    /// <summary>A table on a terminal, compact lines when standard output is redirected (a CI log, a file, a pipe).</summary>
    Auto,

    /// <summary>A table of every case, then the lines of the failures.</summary>
    Table,

    /// <summary>One line per case, for logs and grep.</summary>
    Compact,
}

/// <summary>What <c>crmkpi verify</c> was asked to do.</summary>
/// <param name="SpecPath">The spec file.</param>
/// <param name="JUnitPath">The JUnit report to write, or null.</param>
/// <param name="Strict">Whether a CSV row that cannot be read fails the case (else it is skipped and counted).</param>
/// <param name="AllowPaths">Folders besides the spec's own from which its CSV files may be read.</param>
/// <param name="FailuresOnly">Show only the cases that failed or could not be computed (and the summary).</param>
/// <param name="Layout">Table or compact lines.</param>
internal sealed record VerifyOptions(string SpecPath, string? JUnitPath, bool Strict, IReadOnlyList<string> AllowPaths, bool FailuresOnly, VerifyLayout Layout);

/// <summary><c>crmkpi verify SPEC.json [--junit FILE] [--strict false] [--allow-path DIR] [--failures-only] [--format auto|table|compact]</c>.</summary>
internal static class VerifyCommand
{
    /// <summary>Reads the spec, runs every case, prints the results and writes the JUnit report.</summary>
    /// <returns>0 when every case passed, 1 when one failed, 2 when one could not be computed.</returns>
    /// <exception cref="CliException">The spec is bad, an allowed folder does not exist, or the report would replace an input or cannot be written.</exception>
    public static int Run(VerifyOptions options)
    {
        foreach (string folder in options.AllowPaths.Where(f => !Directory.Exists(f)))
        {
            throw new CliException($"--allow-path {MessageText.Value(folder)}: no such folder.");
        }

        VerifySpec spec = VerifySpec.Read(options.SpecPath, options.AllowPaths);
        if (options.JUnitPath is not null)
        {
            FilePaths.EnsureNotAnInput(options.JUnitPath, "--junit", [options.SpecPath, .. spec.CsvFiles]);
        }

        List<CaseResult> results = VerifyRunner.Run(spec, options.Strict);
        IEnumerable<CaseResult> shown = options.FailuresOnly ? results.Where(r => r.Outcome != Outcome.Passed) : results;
        bool compact = options.Layout == VerifyLayout.Compact || (options.Layout == VerifyLayout.Auto && System.Console.IsOutputRedirected);
        if (compact)
        {
            foreach (CaseResult r in shown)
            {
                System.Console.Out.WriteLine(Line(spec, r));
            }
        }
        else
        {
            WriteTable(spec, [.. shown]);
            foreach (CaseResult r in results.Where(r => r.Outcome != Outcome.Passed || (r.Note is not null && !options.FailuresOnly)))
            {
                System.Console.Out.WriteLine(Line(spec, r));   // unwrapped, for CI logs
            }
        }

        int passed = results.Count(r => r.Outcome == Outcome.Passed);
        int failed = results.Count(r => r.Outcome == Outcome.Failed);
        int errors = results.Count(r => r.Outcome == Outcome.Error);
        System.Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count} cases: {passed} passed, {failed} failed, {errors} errors."));

        if (options.JUnitPath is not null)
        {
            JUnitReport.Write(options.JUnitPath, options.SpecPath, results);
            System.Console.Out.WriteLine($"JUnit report: {options.JUnitPath}");
        }

        foreach (string message in results.Where(r => r.Outcome == Outcome.Error).Select(r => r.Message!).Distinct())
        {
            Terminal.Error(message);   // several cases over one bad CSV file report it once
        }

        return errors > 0 ? ExitCodes.BadInput : failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>
    /// One case as one line: <c>FAIL spec.json:7:19 name [A1 Acquisition.Cac]: expected 10001, computed 10000, ...</c>.
    /// A failure points at the case's <c>expected</c> value (the element for an array), an error or a pass at the case.
    /// </summary>
    public static string Line(VerifySpec spec, CaseResult r)
    {
        string label = r.Outcome switch { Outcome.Failed => "FAIL", Outcome.Error => "ERROR", _ => r.Note is null ? "pass" : "NOTE" };
        string where = r.Outcome == Outcome.Failed ? spec.WhereExpected(r.Case, r.FailedIndex) : spec.Where(r.Case.Path);
        string text = r.Outcome == Outcome.Passed
            ? $"expected {Values(r.Case.Expected)}, computed {Values(r.Actual!)}" + (r.Note is null ? "" : "; " + r.Note)
            : r.Message + (r.Note is null ? "" : " " + r.Note);
        return MessageText.Line($"{label} {where} {MessageText.Value(r.Case.Name)} [{r.Case.Entry.Id} {r.Case.Entry.Member}]: {text}");
    }

    private static void WriteTable(VerifySpec spec, IReadOnlyList<CaseResult> results)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"crmkpi verify {MessageText.Value(spec.FilePath)}"));
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
                new Text(MessageText.Value(r.Case.Name)),
                new Text($"{r.Case.Entry.Id} {r.Case.Entry.Member}"),
                new Text(Values(r.Case.Expected)),
                new Text(r.Actual is null ? "-" : Values(r.Actual)),
                new Text(r.Difference is { } d ? VerifyRunner.Format(d) : "-"),
                Badge(r.Outcome));
        }

        Terminal.Out.Write(table);
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
