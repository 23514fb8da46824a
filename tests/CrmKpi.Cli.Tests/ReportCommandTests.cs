using System;
using System.IO;
using System.Text.RegularExpressions;

namespace CrmKpi.Tests;

/// <summary><c>crmkpi report</c> on the CLI's sample files (samples/verify, copied to verify/).</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void Report_of_the_sample_files_is_one_self_contained_page_with_every_section()
    {
        string html = Path.Combine(Path.GetTempPath(), $"crmkpi-report-{Guid.NewGuid():N}.html");
        try
        {
            CliRun run = CliProcess.Run(Path.Combine(CliProcess.Folder, "verify"), "report", "small-log.csv", "--calls", "calls.csv", "--survey", "survey.csv", "-o", html);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("wrote " + html, run.Error, StringComparison.Ordinal);
            string page = File.ReadAllText(html);
            foreach (string id in new[] { "inputs", "retention", "rfm", "clv", "service", "survey", "definitions" })
            {
                Assert.Contains($"<section id=\"section-{id}\">", page, StringComparison.Ordinal);
            }

            // small-log.csv has 9 orders; the input table says so, with its date range.
            Assert.Matches("<td>orders</td><td>[^<]*small-log.csv</td><td class=\"n\">9</td><td class=\"n\">0</td><td>2023-12-30 to 2024-03-01", page);
            Assert.Contains("data:image/png;base64,", page, StringComparison.Ordinal);
            foreach (Match m in Regex.Matches(page, "(src|href)=\"([^\"]*)\""))
            {
                Assert.True(m.Groups[2].Value.StartsWith("data:", StringComparison.Ordinal) || m.Groups[2].Value.StartsWith('#'), m.Groups[2].Value);
            }
        }
        finally
        {
            File.Delete(html);
        }
    }

    [Fact]
    public void Report_needs_an_output_file()
    {
        CliRun run = CliProcess.Run(Path.Combine(CliProcess.Folder, "verify"), "report", "small-log.csv");
        CliProcess.BadInput(run, "Option '--output' is required.");
    }

    [Fact]
    public void Report_names_a_missing_calls_file()
    {
        CliRun run = CliProcess.Run(Path.Combine(CliProcess.Folder, "verify"), "report", "small-log.csv", "--calls", "missing.csv", "-o", Path.Combine(Path.GetTempPath(), "never.html"));
        CliProcess.BadInput(run, "missing.csv: file not found.");
    }
}
