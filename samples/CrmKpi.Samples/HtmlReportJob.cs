using System;
using System.IO;
using System.Linq;
using CrmKpi.Charts;

namespace CrmKpi.Samples;

/// <summary>
/// The main job's HTML report: the CDNOW master log, the synthetic call log and the survey of samples/data
/// through <see cref="KpiReport"/>, written as one self-contained page.
/// </summary>
public static class HtmlReportJob
{
    /// <summary>Where the page goes by default, relative to the current folder.</summary>
    public const string DefaultPath = "artifacts/report.html";

    /// <summary>Builds the report over the bundled data and writes it to <paramref name="path"/>.</summary>
    public static void Write(SampleData data, string path)
    {
        ArgumentNullException.ThrowIfNull(data);
        CdnowLog log = data.Cdnow;
        var orders = new ReportOrders(log.CustomerIndexes, log.Dates, log.Amounts, log.CustomerCount, new InputSummary("samples/data/cdnow/CDNOW_master.txt", log.Dates.Length, 0));

        string callsPath = data.PathOf("service", "calls.csv");
        double[][] c = Sections.ServiceSection.ReadCsv(callsPath, 8);
        int[] intervals = c[0].Select(v => (int)v).ToArray();
        var calls = new ReportCalls(c[2], c[3], c[4], c[5], c[6].Select(v => v != 0).ToArray(), c[7].Select(v => v != 0).ToArray(), new InputSummary("samples/data/service/calls.csv", intervals.Length, 0))
            .WithIntervals(intervals, intervals.Max() + 1, 1_800, 8 * 3_600);

        double[][] answers = Sections.ServiceSection.ReadCsv(data.PathOf("service", "survey.csv"), 3);
        int[] Answers(int i) => answers[i].Select(v => (int)v).ToArray();
        var survey = new ReportSurvey(new InputSummary("samples/data/service/survey.csv", answers[0].Length, 0))
        {
            Nps = Answers(0),
            Csat = Answers(1),
            CsatScale = (1, 5),
            Ces = Answers(2),
            CesScale = (1, 7),
        };

        // The CDNOW convention: calibration 1997-01-01..1997-09-30, holdout to 1998-06-30.
        var options = new KpiReportOptions { CalibrationEnd = new NodaTime.LocalDate(1997, 9, 30) };
        HtmlReport report = KpiReport.Build(orders, calls, survey, options);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        report.Save(path);
    }
}
