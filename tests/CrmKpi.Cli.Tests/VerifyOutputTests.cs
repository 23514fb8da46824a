using System;
using System.Linq;

namespace CrmKpi.Tests;

/// <summary>verify's output forms: compact lines when redirected, the table on request, --failures-only.</summary>
public class VerifyOutputTests
{
    // failing.json: 3 cases, the second expects 10001 where CAC = 1,000,000 / 100 = 10,000.
    [Fact]
    public void Redirected_PrintsOneLinePerCaseAndTheSummary()
    {
        CliRun run = CliProcess.Run(CliProcess.DataFolder, "verify", "failing.json");

        Assert.True(run.ExitCode == 1, run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("pass failing.json:3:5 CAC 002 [A1 Acquisition.Cac]: expected 500, computed 500", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("FAIL failing.json:4:114 CAC 000 broken", lines[1], StringComparison.Ordinal);
        Assert.Equal("3 cases: 2 passed, 1 failed, 0 errors.", lines[3]);
        Assert.DoesNotContain("╭", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FailuresOnly_LeavesOutThePassingCases()
    {
        CliRun run = CliProcess.Run(CliProcess.DataFolder, "verify", "failing.json", "--failures-only");

        Assert.True(run.ExitCode == 1, run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("FAIL failing.json:4:114", lines[0], StringComparison.Ordinal);
        Assert.Equal("3 cases: 2 passed, 1 failed, 0 errors.", lines[1]);
    }

    [Fact]
    public void FormatTable_ShowsTheTableThenTheFailLine()
    {
        CliRun run = CliProcess.Run(CliProcess.DataFolder, "verify", "failing.json", "--format", "table", "--failures-only");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("╭", run.Output, StringComparison.Ordinal);
        string[] rows = [.. run.Output.Split('\n').Where(l => l.StartsWith("│ ", StringComparison.Ordinal) && !l.Contains("Case", StringComparison.Ordinal))];
        Assert.Single(rows);   // the failing case only
        Assert.Contains("│          1 │ FAIL", rows[0], StringComparison.Ordinal);   // the Difference column agrees with the FAIL line
        Assert.Contains("FAIL failing.json:4:114 CAC 000 broken [A1 Acquisition.Cac]: expected 10001, computed 10000, difference 1 exceeds tolerance", run.Output, StringComparison.Ordinal);
    }
}
