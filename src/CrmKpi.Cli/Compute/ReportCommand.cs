using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using CrmKpi.Charts;
using CrmKpi.Cli.Data;
using CrmKpi.Cli.Registry;
using CrmKpi.Data;

namespace CrmKpi.Cli.Compute;

/// <summary>
/// <c>crmkpi report orders.csv [--calls calls.csv] [--survey answers.csv] -o report.html</c>: the KPI report
/// as one self-contained HTML page (tables, charts, definitions, input summary) that opens offline.
/// </summary>
internal static class ReportCommand
{
    public static Command Build()
    {
        var input = new InputOptions();
        ColumnOption[] orderColumns = TransactionKpis.Columns()[..3];
        ColumnOption[] callColumns = [.. ServiceKpis.CallColumns(), new("interval", InputKind.CountColumn, true, "interval", "interval_index", "half_hour")];
        ColumnOption[] surveyColumns = ServiceKpis.SurveyColumns();
        var calls = new Option<string?>("--calls") { Description = "A call log CSV (wait, talk, hold, acw, abandoned, optional blocked and interval columns): adds the call-center section.", HelpName = "file" };
        var survey = new Option<string?>("--survey") { Description = "A survey CSV (any of nps, csat, ces columns): adds the survey section.", HelpName = "file" };
        var threshold = new Option<double>("--threshold") { Description = "The service-level threshold in seconds.", DefaultValueFactory = _ => 20, HelpName = "seconds" };
        var target = new Option<double>("--target") { Description = "The target service level, a fraction (0.8 for 80/20).", DefaultValueFactory = _ => 0.8, HelpName = "fraction" };
        var intervalMinutes = new Option<double>("--interval-minutes") { Description = "The length of one interval of the call log's interval column.", DefaultValueFactory = _ => 30, HelpName = "minutes" };
        var firstInterval = new Option<string>("--first-interval") { Description = "When interval 0 starts, HH:mm (labels only).", DefaultValueFactory = _ => "00:00", HelpName = "time" };
        var calibrationEnd = new Option<string?>("--calibration-end") { Description = "The end of the CLV calibration period, yyyy-MM-dd (default: the middle of the orders' range).", HelpName = "date" };
        Option<string> csatScale = ServiceKpis.ScaleOption("--csat-scale", "1-5", "CSAT");
        Option<string> cesScale = ServiceKpis.ScaleOption("--ces-scale", "1-7", "CES");
        var command = new Command("report", "Write the KPI report of a purchase log (and optionally a call log and a survey) as one self-contained HTML page: tables, charts, definitions and the input summary.");
        input.AddTo(command, window: false, transactions: true);
        input.Output.Required = true;
        input.Output.Description = "The HTML file to write.";
        foreach (Option option in (Option[])[calls, survey, threshold, target, intervalMinutes, firstInterval, calibrationEnd, csatScale, cesScale, .. orderColumns.Concat(callColumns).Concat(surveyColumns).Select(c => (Option)c.Option)])
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Program.Guarded(() =>
        {
            string output = result.GetValue(input.Output)!;
            Output.FilePaths.EnsureNotAnInput(output, "--output", [.. new[] { result.GetValue(input.File), result.GetValue(calls), result.GetValue(survey) }.OfType<string>()]);
            Output.FilePaths.EnsureNotAnInput(output, "--output", [result.GetValue(input.File)!, .. new[] { result.GetValue(calls), result.GetValue(survey) }.OfType<string>()]);
            TransactionInput orders = input.ReadTransactions(result, orderColumns);
            var reportOrders = new ReportOrders(orders.Log, new InputSummary(orders.File, orders.Log.Length, orders.SkippedRows));

            ReportCalls? reportCalls = null;
            CsvColumns? callCsv = null;
            if (result.GetValue(calls) is { } callsPath)
            {
                callCsv = input.ReadFile(result, callsPath, callColumns.Select(c => c.Request(result)));
                double[] wait = callCsv.Numbers("wait");
                reportCalls = new ReportCalls(wait, callCsv.Numbers("talk"), callCsv.Numbers("hold"), callCsv.Numbers("acw"), callCsv.Flags("abandoned"), callCsv.Has("blocked") ? callCsv.Flags("blocked") : new bool[wait.Length], new InputSummary(callCsv.Path, callCsv.RowCount, callCsv.SkippedRows));
                if (callCsv.Has("interval"))
                {
                    int[] intervals = callCsv.Counts("interval");
                    double minutes = result.GetValue(intervalMinutes);
                    if (!(minutes > 0 && minutes <= 1440))
                    {
                        throw new CliException($"--interval-minutes {minutes} must be greater than 0 and at most 1440.");
                    }

                    int negative = Array.FindIndex(intervals, i => i < 0);
                    if (negative >= 0)
                    {
                        throw new CliException($"{callCsv.RowLocation(negative)}: interval {intervals[negative]} is negative.");
                    }

                    reportCalls.WithIntervals(intervals, intervals.Max() + 1, minutes * 60, TimeOfDay(result.GetValue(firstInterval)!));
                }
            }

            ReportSurvey? reportSurvey = null;
            CsvColumns? surveyCsv = null;
            if (result.GetValue(survey) is { } surveyPath)
            {
                surveyCsv = input.ReadFile(result, surveyPath, surveyColumns.Select(c => c.Request(result)));
                reportSurvey = new ReportSurvey(new InputSummary(surveyCsv.Path, surveyCsv.RowCount, surveyCsv.SkippedRows))
                {
                    Nps = surveyCsv.Has("nps") ? surveyCsv.Counts("nps") : null,
                    Csat = surveyCsv.Has("csat") ? surveyCsv.Counts("csat") : null,
                    CsatScale = ServiceKpis.Scale(result.GetValue(csatScale)!, "--csat-scale"),
                    Ces = surveyCsv.Has("ces") ? surveyCsv.Counts("ces") : null,
                    CesScale = ServiceKpis.Scale(result.GetValue(cesScale)!, "--ces-scale"),
                };
            }

            var options = new KpiReportOptions
            {
                ServiceLevelThresholdSeconds = result.GetValue(threshold),
                TargetServiceLevel = result.GetValue(target),
                CalibrationEnd = result.GetValue(calibrationEnd) is { } end ? InputOptions.ParseDate(end, "--calibration-end") : null,
            };
            HtmlReport report;
            try
            {
                report = KpiReport.Build(reportOrders, reportCalls, reportSurvey, options, section => Output.Terminal.Note("report: " + section));
            }
            catch (ArgumentException e)
            {
                // The library names the column and row; point at the file that column came from.
                string column = e.ParamName ?? "";
                (CsvColumns? source, string file) = column switch
                {
                    "customerIndexes" or "dates" or "amounts" or "transactions" => ((CsvColumns?)null, orders.File),
                    "answers" or "scores" => (surveyCsv, surveyCsv?.Path ?? "report"),
                    _ when callCsv is not null && column.Contains("Seconds", StringComparison.Ordinal) => (callCsv, callCsv.Path),
                    _ => (null, "report"),
                };
                throw new CliException(LibraryError.Describe(e, source, file, "the report"));
            }

            try
            {
                report.Save(output);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{output}: cannot write the report: {e.Message}");
            }

            Output.Terminal.Note($"report: wrote {output} ({report.Sections.Count} sections)");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static double TimeOfDay(string text)
    {
        NodaTime.Text.ParseResult<NodaTime.LocalTime> parsed = NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text);
        return parsed.Success ? parsed.Value.TickOfDay / (double)NodaTime.NodaConstants.TicksPerSecond : throw new CliException($"--first-interval '{text}' is not a time written HH:mm.");
    }
}
