using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using CrmKpi.Cli.Data;
using CrmKpi.Cli.Registry;
using CrmKpi.Data;
using NodaTime;

namespace CrmKpi.Cli.Compute;

/// <summary><c>crmkpi compute calls</c> and <c>crmkpi compute survey</c>: call-center and satisfaction KPIs.</summary>
internal static class ServiceKpis
{
    /// <summary>The columns of a call log export (one row per call attempt), with the header names <see cref="CallCsvOptions"/> looks for.</summary>
    public static ColumnOption[] CallColumns() =>
    [
        new("wait", InputKind.NumberColumn, false, [.. CallCsvOptions.WaitAliases]),
        new("talk", InputKind.NumberColumn, false, [.. CallCsvOptions.TalkAliases]),
        new("hold", InputKind.NumberColumn, false, [.. CallCsvOptions.HoldAliases]),
        new("acw", InputKind.NumberColumn, false, [.. CallCsvOptions.AfterCallWorkAliases]),
        new("abandoned", InputKind.FlagColumn, false, [.. CallCsvOptions.AbandonedAliases]),
        new("blocked", InputKind.FlagColumn, true, [.. CallCsvOptions.BlockedAliases]),
    ];

    /// <summary>The columns of a survey export (one row per respondent), with the header names <see cref="SurveyCsvOptions"/> looks for; at least one must be present.</summary>
    public static ColumnOption[] SurveyColumns() =>
    [
        new("nps", InputKind.CountColumn, true, [.. SurveyCsvOptions.NpsAliases]),
        new("csat", InputKind.CountColumn, true, [.. SurveyCsvOptions.CsatAliases]),
        new("ces", InputKind.CountColumn, true, [.. SurveyCsvOptions.CesAliases]),
    ];

    /// <summary>The call reader's options: the --*-column headers of <see cref="CallColumns"/> and the command line's CSV settings.</summary>
    public static CallCsvOptions CallOptions(ParseResult result, ColumnOption[] columns, CsvOptions csv, Action<double>? progress) =>
        CsvInput.ReaderOptions(
            new CallCsvOptions
            {
                WaitColumn = Named(result, columns, "wait"),
                TalkColumn = Named(result, columns, "talk"),
                HoldColumn = Named(result, columns, "hold"),
                AfterCallWorkColumn = Named(result, columns, "acw"),
                AbandonedColumn = Named(result, columns, "abandoned"),
                BlockedColumn = Named(result, columns, "blocked"),
            },
            csv,
            progress);

    /// <summary>The survey reader's options: the --*-column headers of <see cref="SurveyColumns"/> and the command line's CSV settings.</summary>
    public static SurveyCsvOptions SurveyOptions(ParseResult result, ColumnOption[] columns, CsvOptions csv, Action<double>? progress) =>
        CsvInput.ReaderOptions(
            new SurveyCsvOptions
            {
                NpsColumn = Named(result, columns, "nps"),
                CsatColumn = Named(result, columns, "csat"),
                CesColumn = Named(result, columns, "ces"),
            },
            csv,
            progress);

    /// <summary>Reads a survey export with <see cref="SurveyCsv"/>; a file without any question column is an error that names the options to use.</summary>
    public static CsvReadResult<SurveyLog> ReadSurvey(Stream stream, string path, SurveyCsvOptions options)
    {
        try
        {
            return SurveyCsv.Read(stream, path, options);
        }
        catch (CsvDataException e) when (e.Line == 1 && e.Problem.StartsWith("no survey question column", StringComparison.Ordinal))
        {
            throw new CliException($"{path}:1: no survey column found; name one with --nps-column, --csat-column or --ces-column.");
        }
    }

    /// <summary>The call-center table, from one pass (<see cref="CallCenter.Summarize"/>).</summary>
    public static ResultTable Calls(CallLog calls, double thresholdSeconds, double shortAbandonSeconds)
    {
        CallCenterSummary s = CallCenter.Summarize(calls, Duration.FromSeconds(thresholdSeconds), Duration.FromSeconds(shortAbandonSeconds));
        const string Summary = "CallCenter.Summarize";
        var rows = new List<object[]>
        {
            Row("C11", "calls (attempts)", s.Calls, Summary),
            Row("C11", "offered (not blocked)", s.Offered, Summary),
            Row("C11", "answered", s.Answered, Summary),
            Row("C11", "abandoned", s.Abandoned, Summary),
            Row("C10", "blocked", s.Blocked, Summary),
            Row("C10", "blocked share", s.BlockedShare, "CallCenterSummary.BlockedShare"),
        };
        foreach (ServiceLevelDefinition definition in System.Enum.GetValues<ServiceLevelDefinition>())
        {
            rows.Add(Row("C1", $"service level within {thresholdSeconds} s ({definition})", s.ServiceLevel(definition), "CallCenterSummary.ServiceLevel"));
        }

        rows.Add(Row("C2", "average speed of answer (s)", s.AverageSpeedOfAnswer, "CallCenterSummary.AverageSpeedOfAnswer"));
        rows.Add(Row("C3", "abandonment rate", s.AbandonmentRate, "CallCenterSummary.AbandonmentRate"));
        rows.Add(Row("C4", "average talk time (s)", s.AverageTalkTime, "CallCenterSummary.AverageTalkTime"));
        rows.Add(Row("C5", "average after-call work (s)", s.AverageAfterCallWork, "CallCenterSummary.AverageAfterCallWork"));
        foreach (HandleTimeDefinition definition in System.Enum.GetValues<HandleTimeDefinition>())
        {
            rows.Add(Row("C6", $"average handle time (s, {definition})", s.AverageHandleTime(definition), "CallCenterSummary.AverageHandleTime"));
        }

        return new ResultTable("calls", ["id", "metric", "value", "member"], rows);
    }

    /// <summary>The satisfaction table: NPS with its standard error and 95% interval, CSAT mean and top box, CES (each on the scale the log's answers were read on).</summary>
    public static ResultTable Survey(SurveyLog survey, int topBoxes)
    {
        var rows = new List<object[]> { Row("", "answers (rows)", (long)survey.Respondents, "") };
        if (survey.Has("nps"))
        {
            NpsResult nps = Satisfaction.Nps(survey["nps"]);
            (double lower, double upper) = nps.ConfidenceInterval(0.95);
            rows.Add(Row("S1", "promoters / passives / detractors", $"{nps.Promoters} / {nps.Passives} / {nps.Detractors}", "Satisfaction.Nps"));
            rows.Add(Row("S1", "net promoter score", nps.Score, "NpsResult.Score"));
            rows.Add(Row("S1", "NPS standard error", nps.StandardError, "NpsResult.StandardError"));
            rows.Add(Row("S1", "NPS 95% interval, lower", lower, "NpsResult.ConfidenceInterval"));
            rows.Add(Row("S1", "NPS 95% interval, upper", upper, "NpsResult.ConfidenceInterval"));
        }

        if (survey.Has("csat"))
        {
            SurveyAnswers csat = survey["csat"];
            rows.Add(Row("S2", $"CSAT, mean on {csat.ScaleMin}-{csat.ScaleMax}", Satisfaction.Csat(csat, csat.ScaleMin, csat.ScaleMax), "Satisfaction.Csat"));
            rows.Add(Row("S2", $"CSAT, top-{topBoxes}-box share", Satisfaction.CsatTopBox(csat, csat.ScaleMin, csat.ScaleMax, topBoxes), "Satisfaction.CsatTopBox"));
        }

        if (survey.Has("ces"))
        {
            SurveyAnswers ces = survey["ces"];
            rows.Add(Row("S3", $"CES, mean on {ces.ScaleMin}-{ces.ScaleMax}", Satisfaction.Ces(ces, ces.ScaleMin, ces.ScaleMax), "Satisfaction.Ces"));
        }

        return new ResultTable("survey", ["id", "metric", "value", "member"], rows);
    }

    /// <summary>A scale option such as <c>--csat-scale 1-5</c>.</summary>
    public static Option<string> ScaleOption(string name, string defaultScale, string what) => new(name)
    {
        Description = $"The {what} scale, MIN-MAX.",
        DefaultValueFactory = _ => defaultScale,
        HelpName = "min-max",
    };

    /// <summary>Parses <c>MIN-MAX</c>.</summary>
    public static (int Min, int Max) Scale(string text, string option)
    {
        string[] parts = text.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int min)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int max)
            && min < max
            ? (min, max)
            : throw new CliException($"{option} '{text}' is not a scale MIN-MAX such as 1-5.");
    }

    private static string? Named(ParseResult result, ColumnOption[] columns, string name) =>
        result.GetValue(System.Array.Find(columns, c => c.Name == name)!.Option);

    private static object[] Row(string id, string metric, object value, string member) => [id, metric, value, member];
}
