using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace CrmKpi.Tests;

/// <summary>
/// The bad-input corpus (issue 12): the hostile specs and CSVs of Corpus/, listed with what each must
/// give in Corpus/corpus-cases.json, and the cases that need links, devices or large files, made here.
/// Each runs the built tool in a fresh copy of the folder and checks the exit code, at most one error
/// line (none when the exit code is 0 or 1), no stack trace, every line within the length limit, the
/// text the case names, and that no input file changed.
/// </summary>
public class CorpusTests
{
    /// <summary>The longest error line allowed: the message limit plus the "crmkpi: " prefix.</summary>
    private const int MaxErrorLine = 2100;

    private static readonly string CorpusFolder = Path.Combine(CliProcess.Folder, "Corpus");

    private static readonly Lazy<Dictionary<string, CorpusCase>> Cases = new(Load);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (string name in Cases.Value.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Corpus_HasACaseForEveryClass()
    {
        Assert.True(Cases.Value.Count >= 70, $"{Cases.Value.Count} corpus cases");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Corpus_Case_GivesItsExitCodeAndOneLineWithoutChangingInputs(string name)
    {
        CorpusCase c = Cases.Value[name];
        string work = Directory.CreateTempSubdirectory("crmkpi-corpus-").FullName;
        try
        {
            Copy(CorpusFolder, work);
            c.Setup?.Invoke(work);
            Dictionary<string, string> before = Snapshot(work, c.Outputs);

            CliRun run = c.Shell is null ? CliProcess.Run(work, c.Args) : RunShell(work, c.Shell);

            Assert.True(run.ExitCode == c.Exit, $"{name}: {run}");
            string[] errors = [.. run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("crmkpi: note:", StringComparison.Ordinal))];
            Assert.True(errors.Length == (c.Exit <= 1 ? 0 : 1), $"{name}: expected {(c.Exit <= 1 ? "no" : "one")} error line\n{run}");
            Assert.All(errors, l => Assert.StartsWith("crmkpi: ", l, StringComparison.Ordinal));
            Assert.All(run.Error.Split('\n').Concat(run.Output.Split('\n')), l => Assert.True(l.Length <= MaxErrorLine || !l.StartsWith("crmkpi", StringComparison.Ordinal), $"{name}: a line of {l.Length} characters"));
            Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", run.Output + run.Error, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
            if (c.Stdout is not null)
            {
                Assert.True(run.Output.Contains(c.Stdout, StringComparison.Ordinal), $"{name}: stdout lacks '{c.Stdout}'\n{run}");
            }

            if (c.Stderr is not null)
            {
                Assert.True(run.Error.Contains(c.Stderr, StringComparison.Ordinal), $"{name}: stderr lacks '{c.Stderr}'\n{run}");
            }

            if (c.Absent is not null)
            {
                Assert.False((run.Output + run.Error).Contains(c.Absent, StringComparison.Ordinal), $"{name}: the output shows '{c.Absent}'\n{run}");
            }

            if (string.Join(' ', c.Args).Contains("/dev/full", StringComparison.Ordinal) || (c.Shell?.Contains("/dev/full", StringComparison.Ordinal) ?? false))
            {
                // Still the device: a regular file written or moved over it (as root) would have a length.
                Assert.True(new FileInfo("/dev/full").Length == 0, $"{name}: /dev/full was replaced by a regular file");
            }

            Dictionary<string, string> after = Snapshot(work, c.Outputs);
            Assert.Equal(before, after);   // no input changed, none deleted, none added but the named outputs
            foreach (string output in c.Outputs.Where(o => o.EndsWith(".xml", StringComparison.Ordinal)))
            {
                XDocument.Load(Path.Combine(work, output));   // a report is well-formed XML whatever the spec held
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static Dictionary<string, CorpusCase> Load()
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(CorpusFolder, "corpus-cases.json")));
        var cases = new Dictionary<string, CorpusCase>(StringComparer.Ordinal);
        foreach (JsonElement e in manifest.RootElement.GetProperty("cases").EnumerateArray())
        {
            var c = new CorpusCase(
                e.GetProperty("name").GetString()!,
                [.. e.GetProperty("args").EnumerateArray().Select(a => a.GetString()!)],
                e.GetProperty("exit").GetInt32())
            {
                Stdout = Optional(e, "stdout"),
                Stderr = Optional(e, "stderr"),
                Absent = Optional(e, "absent"),
                Outputs = e.TryGetProperty("outputs", out JsonElement o) ? [.. o.EnumerateArray().Select(a => a.GetString()!)] : [],
            };
            cases.Add(c.Name, c);
        }

        foreach (CorpusCase c in Generated())
        {
            cases.Add(c.Name, c);
        }

        return cases;
    }

    /// <summary>The cases that need symbolic links, devices or large files, made in the working copy.</summary>
    private static IEnumerable<CorpusCase> Generated()
    {
        string big = new('x', 1 << 20);
        yield return new CorpusCase("verify: a 1 MB metric name is cut in the message", ["verify", "huge-name.json"], 2)
        {
            Setup = work => File.WriteAllText(Path.Combine(work, "huge-name.json"), $$"""{ "cases": [ { "metric": "{{big}}", "inputs": { "spend": 1 }, "expected": 1 } ] }"""),
            Stderr = "more characters)",
        };
        yield return new CorpusCase("compute: a 1 MB header is cut in the message", ["compute", "transactions", "huge-header.csv"], 2)
        {
            Setup = work => File.WriteAllText(Path.Combine(work, "huge-header.csv"), big + ",order_date,amount\na,2024-01-05,1\n"),
            Stderr = "huge-header.csv",
        };
        yield return new CorpusCase("verify: a 70 MB spec is refused early", ["verify", "large.json"], 2)
        {
            Setup = work => File.WriteAllText(Path.Combine(work, "large.json"), "{\"cases\": [" + new string(' ', 70 << 20) + "]}"),
            Stderr = "larger than 64 MiB",
        };
        yield return new CorpusCase("verify: --allow-path given twice", ["verify", "escape/parent-path.json", "--allow-path", "/tmp", "--allow-path", "."], 0) { Stdout = "1 passed" };

        if (!OperatingSystem.IsWindows())
        {
            yield return new CorpusCase("verify: a link in the spec's folder to /etc/passwd is refused unread", ["verify", "escape/linked.json"], 2)
            {
                Setup = work =>
                {
                    File.CreateSymbolicLink(Path.Combine(work, "escape", "passwd.csv"), "/etc/passwd");
                    File.WriteAllText(Path.Combine(work, "escape", "linked.json"), """{ "cases": [ { "metric": "A5", "csv": { "path": "passwd.csv", "columns": { "amount": "amount" } }, "expected": 1 } ] }""");
                },
                Stderr = "'passwd.csv' is outside the spec's folder",
                Absent = "root:",
            };
            yield return new CorpusCase("verify: a linked folder leading out of the spec's folder is refused", ["verify", "escape/through-folder.json"], 2)
            {
                Setup = work =>
                {
                    Directory.CreateSymbolicLink(Path.Combine(work, "escape", "up"), work);
                    File.WriteAllText(Path.Combine(work, "escape", "through-folder.json"), """{ "cases": [ { "metric": "A5", "csv": { "path": "up/orders.csv", "columns": { "amount": "Total" } }, "expected": 34 } ] }""");
                },
                Stderr = "'up/orders.csv' is outside the spec's folder",
            };
            yield return new CorpusCase("verify: --junit through a link to the spec", ["verify", "passing.json", "--junit", "report.xml"], 2)
            {
                Setup = work => File.CreateSymbolicLink(Path.Combine(work, "report.xml"), Path.Combine(work, "passing.json")),
                Stderr = "--junit names the input file",
            };
            yield return new CorpusCase("compute: -o through a link to the input", ["compute", "transactions", "orders.csv", "-o", "result.csv"], 2)
            {
                Setup = work => File.CreateSymbolicLink(Path.Combine(work, "result.csv"), "orders.csv"),
                Stderr = "--output names the input file",
            };
            yield return new CorpusCase("verify: a link loop as the spec", ["verify", "loop.json"], 2)
            {
                Setup = work => File.CreateSymbolicLink(Path.Combine(work, "loop.json"), "loop.json"),
                Stderr = "loop.json",
            };
        }

        if (IsFullDevice() && File.Exists("/bin/sh"))
        {
            yield return new CorpusCase("verify: --junit on a full disk", ["verify", "passing.json", "--junit", "/dev/full"], 2) { Stderr = "/dev/full: cannot write the JUnit report" };
            yield return new CorpusCase("compute: -o on a full disk", ["compute", "transactions", "orders.csv", "-o", "/dev/full", "--format", "csv"], 2) { Stderr = "/dev/full: cannot write" };
            yield return new CorpusCase("verify: standard output on a full disk", [], 2) { Shell = "verify passing.json > /dev/full", Stderr = "cannot write the output" };
            yield return new CorpusCase("metrics: standard output on a full disk", [], 2) { Shell = "metrics > /dev/full", Stderr = "cannot write the output" };
            yield return new CorpusCase("verify: /dev/zero as the spec", ["verify", "/dev/zero"], 2) { Stderr = "larger than 64 MiB" };
            yield return new CorpusCase("compute: /dev/zero as the CSV", ["compute", "transactions", "/dev/zero"], 2) { Stderr = "/dev/zero:1:" };
        }
    }

    /// <summary>
    /// Whether /dev/full is the device that refuses every write. A run elsewhere on the machine that
    /// replaced it by a regular file (an output written through a temporary file and a rename) would
    /// make the full-disk cases pass or fail for the wrong reason, so they run only on the real device.
    /// </summary>
    private static bool IsFullDevice()
    {
        try
        {
            using var device = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            device.WriteByte(0);
            device.Flush();
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e is IOException && File.Exists("/dev/full");
        }
    }

    private static string? Optional(JsonElement e, string property) => e.TryGetProperty(property, out JsonElement v) ? v.GetString() : null;

    private static void Copy(string from, string to)
    {
        foreach (string folder in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        }

        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    /// <summary>Every file in the folder (links as their target text) by relative path with its content hash, leaving out the case's outputs.</summary>
    private static Dictionary<string, string> Snapshot(string folder, IReadOnlyList<string> outputs)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, ReturnSpecialDirectories = false }))
        {
            string relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (outputs.Contains(relative))
            {
                continue;
            }

            if (new FileInfo(file).LinkTarget is { } target)
            {
                result[relative] = "link to " + target;
                continue;
            }

            result[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return result;
    }

    private static CliRun RunShell(string workingDirectory, string arguments)
    {
        string tool = Path.Combine(CliProcess.Folder, "CrmKpi.Cli.dll");
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec \"$0\" \"$1\" {arguments}");
        start.ArgumentList.Add(dotnet);
        start.ArgumentList.Add(tool);
        start.Environment["NO_COLOR"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), $"sh -c '{arguments}' did not finish");
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>One corpus case.</summary>
    private sealed record CorpusCase(string Name, string[] Args, int Exit)
    {
        public string? Stdout { get; init; }

        public string? Stderr { get; init; }

        public string? Absent { get; init; }

        public IReadOnlyList<string> Outputs { get; init; } = [];

        public Action<string>? Setup { get; init; }

        public string? Shell { get; init; }
    }
}
