using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using CrmKpi.Cli.Output;

namespace CrmKpi.Cli.Verify;

/// <summary>
/// Writes the results as JUnit XML (the <c>testsuites/testsuite/testcase</c> format that Jenkins,
/// GitLab, Azure Pipelines and GitHub test reporters read): a failed case has a <c>failure</c>
/// element, a case that could not be computed an <c>error</c> element.
/// </summary>
internal static class JUnitReport
{
    /// <summary>Writes the report file.</summary>
    /// <exception cref="CliException">The file cannot be written.</exception>
    public static void Write(string path, string specPath, IReadOnlyList<CaseResult> results)
    {
        string seconds = Seconds(results.Sum(r => r.Seconds));
        int failures = results.Count(r => r.Outcome == Outcome.Failed);
        int errors = results.Count(r => r.Outcome == Outcome.Error);
        string tests = results.Count.ToString(CultureInfo.InvariantCulture);
        var suite = new XElement("testsuite",
            new XAttribute("name", MessageText.Value(specPath)),
            new XAttribute("tests", tests),
            new XAttribute("failures", failures),
            new XAttribute("errors", errors),
            new XAttribute("skipped", 0),
            new XAttribute("time", seconds),
            results.Select(Case));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites",
                new XAttribute("name", "crmkpi verify"),
                new XAttribute("tests", tests),
                new XAttribute("failures", failures),
                new XAttribute("errors", errors),
                new XAttribute("time", seconds),
                suite));
        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            using XmlWriter writer = XmlWriter.Create(path, new XmlWriterSettings { Indent = true });
            document.Save(writer);
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot write the JUnit report: {e.Message}");
        }
        catch (System.UnauthorizedAccessException e)
        {
            throw new CliException($"{path}: cannot write the JUnit report: {e.Message}");
        }
    }

    private static XElement Case(CaseResult r)
    {
        var element = new XElement("testcase",
            new XAttribute("name", MessageText.Value(r.Case.Name)),
            new XAttribute("classname", $"crmkpi.{r.Case.Entry.Id}.{r.Case.Entry.Member}"),
            new XAttribute("time", Seconds(r.Seconds)));
        string detail = Detail(r);
        switch (r.Outcome)
        {
            case Outcome.Failed:
                element.Add(new XElement("failure", new XAttribute("message", MessageText.Line(r.Message)), new XAttribute("type", "mismatch"), detail));
                break;
            case Outcome.Error:
                element.Add(new XElement("error", new XAttribute("message", MessageText.Line(r.Message)), new XAttribute("type", "input"), detail));
                break;
            default:
                element.Add(new XElement("system-out", detail));
                break;
        }

        return element;
    }

    private static string Detail(CaseResult r)
    {
        var lines = new List<string>
        {
            $"metric: {r.Case.Metric} ({r.Case.Entry.Id} {r.Case.Entry.Member}{r.Case.Entry.Signature})",
            "expected: " + string.Join(", ", r.Case.Expected.Select(VerifyRunner.Format)),
        };
        if (r.Actual is not null)
        {
            lines.Add("computed: " + string.Join(", ", r.Actual.Select(VerifyRunner.Format)));
        }

        if (r.Message is not null)
        {
            lines.Add(r.Message);
        }

        if (r.Note is not null)
        {
            lines.Add(r.Note);
        }

        return string.Join("\n", lines.Select(MessageText.Line));   // XML cannot hold every character a spec can
    }

    private static string Seconds(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);
}
