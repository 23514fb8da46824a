using System;

namespace CrmKpi.Tests;

/// <summary><c>crmkpi metrics ID</c> and the help text.</summary>
public class MetricsAndHelpTests
{
    [Fact]
    public void MetricsId_ShowsInputTypesTheLibrarysEnumValuesAndWhatIsCompared()
    {
        CliRun run = CliProcess.Run(CliProcess.Folder, "metrics", "P4");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("P4 Sales.WinRate(won, lost, open, denominator)", run.Output, StringComparison.Ordinal);
        Assert.Contains("  inputs.won: count", run.Output, StringComparison.Ordinal);
        // The accepted names are the library's enum members, whatever the registry says.
        Assert.Contains($"  inputs.denominator: one of {string.Join(", ", Enum.GetNames<OpportunityDenominator>())} (any case)", run.Output, StringComparison.Ordinal);
        Assert.Contains($"  csv.columns.outcomes: column of labels, each one of {string.Join(", ", Enum.GetNames<DealOutcome>())} (any case)", run.Output, StringComparison.Ordinal);
        Assert.Contains("  compared: \"expected\": one value, the return value of Sales.WinRate", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void MetricsId_ListResult_NamesTheValuesInOrder()
    {
        CliRun run = CliProcess.Run(CliProcess.Folder, "metrics", "BetaGeo.Fit");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("compared: \"expected\": an array of 4 values in this order: r, alpha, a, b.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void MetricsId_Unknown_ExitsTwo()
    {
        CliProcess.BadInput(CliProcess.Run(CliProcess.Folder, "metrics", "Z99"), "crmkpi: unknown metric 'Z99'");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("verify", "--help")]
    public void Help_NamesTheCommandCrmkpi(params string[] args)
    {
        CliRun run = CliProcess.Run(CliProcess.Folder, args);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("crmkpi ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CrmKpi.Cli", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseError_IsOneLineWithExitCodeTwo()
    {
        CliRun run = CliProcess.Run(CliProcess.Folder, "verify", "spec.json", "--no-such-option");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("(run 'crmkpi --help' for usage)", run.Error, StringComparison.Ordinal);
    }
}
