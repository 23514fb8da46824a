using System.Collections.Generic;
using System.CommandLine;
using CrmKpi.Cli.Data;
using CrmKpi.Cli.Registry;
using NodaTime;

namespace CrmKpi.Cli.Compute;

/// <summary><c>crmkpi compute calls</c> and <c>crmkpi compute survey</c>: call-center and satisfaction KPIs.</summary>
internal static class ServiceKpis
{
    /// <summary>The columns of a call log export (one row per call attempt).</summary>
    public static ColumnOption[] CallColumns() =>
    [
        new("wait", InputKind.NumberColumn, false, "wait_seconds", "wait_s", "wait", "queue_seconds", "wait_time"),
        new("talk", InputKind.NumberColumn, false, "talk_seconds", "talk_s", "talk", "talk_time"),
        new("hold", InputKind.NumberColumn, false, "hold_seconds", "hold_s", "hold", "hold_time"),
        new("acw", InputKind.NumberColumn, false, "acw_seconds", "acw_s", "acw", "after_call_work", "wrap_seconds", "wrap_up"),
        new("abandoned", InputKind.FlagColumn, false, "abandoned", "is_abandoned"),
        new("blocked", InputKind.FlagColumn, true, "blocked", "is_blocked", "busy"),
    ];

    /// <summary>The columns of a survey export (one row per respondent); at least one must be present.</summary>
    public static ColumnOption[] SurveyColumns() =>
    [
        new("nps", InputKind.CountColumn, true, "nps", "recommend", "likelihood_to_recommend", "nps_score"),
        new("csat", InputKind.CountColumn, true, "csat", "satisfaction", "csat_score"),
        new("ces", InputKind.CountColumn, true, "ces", "effort", "ces_score"),
    ];

    /// <summary>The call-center table, from one pass (<see cref="CallCenter.Summarize"/>).</summary>
    public static ResultTable Calls(CsvColumns csv, double thresholdSeconds, double shortAbandonSeconds)
    {
        double[] wait = csv.Numbers("wait");
        bool[] blocked = csv.Has("blocked") ? csv.Flags("blocked") : new bool[wait.Length];
        var calls = new CallLog(wait, csv.Numbers("talk"), csv.Numbers("hold"), csv.Numbers("acw"), csv.Flags("abandoned"), blocked, wait.Length);
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

    /// <summary>The satisfaction table: NPS with its standard error and 95% interval, CSAT mean and top box, CES.</summary>
    public static ResultTable Survey(CsvColumns csv, (int Min, int Max) csatScale, int topBoxes, (int Min, int Max) cesScale)
    {
        if (!csv.Has("nps") && !csv.Has("csat") && !csv.Has("ces"))
        {
            throw new CliException($"{csv.Path}:1: no survey column found; name one with --nps-column, --csat-column or --ces-column.");
        }

        var rows = new List<object[]> { Row("", "answers (rows)", (long)csv.RowCount, "") };
        if (csv.Has("nps"))
        {
            NpsResult nps = Satisfaction.Nps(csv.Counts("nps"));
            (double lower, double upper) = nps.ConfidenceInterval(0.95);
            rows.Add(Row("S1", "promoters / passives / detractors", $"{nps.Promoters} / {nps.Passives} / {nps.Detractors}", "Satisfaction.Nps"));
            rows.Add(Row("S1", "net promoter score", nps.Score, "NpsResult.Score"));
            rows.Add(Row("S1", "NPS standard error", nps.StandardError, "NpsResult.StandardError"));
            rows.Add(Row("S1", "NPS 95% interval, lower", lower, "NpsResult.ConfidenceInterval"));
            rows.Add(Row("S1", "NPS 95% interval, upper", upper, "NpsResult.ConfidenceInterval"));
        }

        if (csv.Has("csat"))
        {
            int[] scores = csv.Counts("csat");
            rows.Add(Row("S2", $"CSAT, mean on {csatScale.Min}-{csatScale.Max}", Satisfaction.Csat(scores, csatScale.Min, csatScale.Max), "Satisfaction.Csat"));
            rows.Add(Row("S2", $"CSAT, top-{topBoxes}-box share", Satisfaction.CsatTopBox(scores, csatScale.Min, csatScale.Max, topBoxes), "Satisfaction.CsatTopBox"));
        }

        if (csv.Has("ces"))
        {
            rows.Add(Row("S3", $"CES, mean on {cesScale.Min}-{cesScale.Max}", Satisfaction.Ces(csv.Counts("ces"), cesScale.Min, cesScale.Max), "Satisfaction.Ces"));
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

    private static object[] Row(string id, string metric, object value, string member) => [id, metric, value, member];
}
