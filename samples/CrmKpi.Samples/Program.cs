using System;
using System.IO;

namespace CrmKpi.Samples;

/// <summary>
/// The main job: a KPI report over the bundled data. With no arguments it reads samples/data as
/// copied next to the program; one argument names another data folder of the same layout.
/// </summary>
public static class Program
{
    /// <summary>The report's sections, in the order they print.</summary>
    private static readonly IReportSection[] Sections =
    [
        new AcquisitionSection(),
        new LifetimeValueSection(),
        new RetentionSection(),
        new RfmSection(),
        new SalesMarketingSection(),
        new Sections.ServiceSection(),
        new Sections.ProbabilisticClvSection(),
        new Sections.RetentionProjectionSection(),
    ];

    public static int Main(string[] args)
    {
        if (args is ["--generate-service-data", string serviceFolder])
        {
            return ServiceDataGenerator.Run(serviceFolder);   // writes samples/data/service (see its README)
        }

        // --html FILE: where the HTML report goes (default artifacts/report.html); --no-html: text only.
        string? html = HtmlReportJob.DefaultPath;
        int htmlAt = Array.IndexOf(args, "--html");
        if (htmlAt >= 0 && htmlAt + 1 < args.Length)
        {
            html = args[htmlAt + 1];
            args = [.. args[..htmlAt], .. args[(htmlAt + 2)..]];
        }
        else if (Array.IndexOf(args, "--no-html") is int noHtml and >= 0)
        {
            html = null;
            args = [.. args[..noHtml], .. args[(noHtml + 1)..]];
        }

        if (args.Length > 1 || (args.Length == 1 && args[0] is "-h" or "--help" or "--html"))
        {
            Console.Error.WriteLine("usage: CrmKpi.Samples [DATA_FOLDER] [--html FILE | --no-html]   (default: the bundled samples/data; the HTML report goes to artifacts/report.html)");
            return args.Length == 1 && args[0] is "-h" or "--help" ? 0 : 2;
        }

        string folder = args.Length == 1 ? args[0] : SampleData.DefaultDirectory;
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"error: data folder not found: {folder}");
            return 1;
        }

        try
        {
            var data = new SampleData(folder);
            var report = new Report(Console.Out);
            report.Text("CrmKpi report over the bundled data");
            foreach (IReportSection section in Sections)
            {
                section.Write(report, data);
            }

            if (html is not null)
            {
                HtmlReportJob.Write(data, html);
                Console.Error.WriteLine($"HTML report: {Path.GetFullPath(html)}");   // stderr: the text report on stdout stays as it was
            }

            return 0;
        }
        catch (DataFileException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
