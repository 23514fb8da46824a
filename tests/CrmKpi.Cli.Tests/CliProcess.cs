using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace CrmKpi.Tests;

/// <summary>The result of one run of the tool.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs the built crmkpi tool as a separate process, <c>dotnet CrmKpi.Cli.dll ARGS</c>, from the test
/// output folder (where the build copies the tool with its runtimeconfig, the Data/ files and the
/// example spec under verify/).
/// </summary>
internal static class CliProcess
{
    public static string Folder => AppContext.BaseDirectory;

    public static string DataFolder => Path.Combine(Folder, "Data");

    public static CliRun Run(string workingDirectory, params string[] args)
    {
        string tool = Path.Combine(Folder, "CrmKpi.Cli.dll");
        Assert.True(File.Exists(tool), $"the tool is not built at {tool}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(tool);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"crmkpi {string.Join(' ', args)} did not finish in 120 s");
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Asserts a run failed with bad input: exit code 2, the error line, no stack trace.</summary>
    public static void BadInput(CliRun run, string expectedError)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(expectedError, run.Error, StringComparison.Ordinal);
        NoStackTrace(run);
    }

    /// <summary>Asserts that a failing run printed no stack trace.</summary>
    public static void NoStackTrace(CliRun run)
    {
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output + run.Error, StringComparison.Ordinal);
    }
}
