using System;
using System.Globalization;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

// Call and survey exports read into their logs: exact values, quirks (BOM, CRLF, decimal comma, flags in words),
// errors with file, line and column, and the lenient account.
public class ServiceCsvTests
{
    [Fact]
    public void CallCsv_DecimalCommaBomCrlf_ExactValues_AndTheLogFeedsTheCalculators()
    {
        var options = new CallCsvOptions { Separator = ';', Culture = CultureInfo.GetCultureInfo("de-DE") };
        CsvReadResult<CallLog> r = CallCsv.Read(Fixture.Path("calls-de-DE.csv"), options);
        CallLog log = r.Log;
        Assert.Equal(5, log.Length);
        Assert.Equal([12.5, 30, 5, 50, 0], log.WaitSeconds.ToArray());
        Assert.Equal([100.0, 200, 300, 0, 0], log.TalkSeconds.ToArray());
        Assert.Equal([0.0, 20, 10, 0, 0], log.HoldSeconds.ToArray());
        Assert.Equal([30.0, 30, 60, 0, 0], log.AfterCallWorkSeconds.ToArray());
        Assert.Equal([false, false, false, true, false], log.Abandoned.ToArray());
        Assert.Equal([false, false, false, false, true], log.Blocked.ToArray());   // the optional column found by its alias "busy"

        // Hand calculation: answered waits 12.5, 30, 5: ASA 47.5 / 3; abandoned 1 of 4 offered.
        CallCenterSummary s = CallCenter.Summarize(log, Duration.FromSeconds(20), Duration.Zero);
        Assert.Equal(47.5 / 3, s.AverageSpeedOfAnswer, 12);
        Assert.Equal(0.25, s.AbandonmentRate, 12);
    }

    [Fact]
    public void CallCsv_WithoutBlockedColumn_NoCallIsBlocked_NamedBlockedColumnIsRequired()
    {
        CallLog log = CallCsv.Load(Fixture.Path("calls-bad.csv"), new CallCsvOptions { Lenient = true });
        Assert.Equal([false, false], log.Blocked.ToArray());
        var e = Assert.Throws<CsvDataException>(() => CallCsv.Load(Fixture.Path("calls-bad.csv"), new CallCsvOptions { BlockedColumn = "blocked" }));
        Assert.Contains("blocked", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CallCsv_BadNumber_StrictErrorNamesFileLineAndColumn_LenientSkipsAndCounts()
    {
        var e = Assert.Throws<CsvDataException>(() => CallCsv.Load(Fixture.Path("calls-bad.csv")));
        Assert.Equal(3, e.Line);
        Assert.Equal(2, e.Column);
        Assert.StartsWith(Fixture.Path("calls-bad.csv") + ":3:2: ", e.Message, StringComparison.Ordinal);

        CsvReadResult<CallLog> r = CallCsv.Read(Fixture.Path("calls-bad.csv"), new CallCsvOptions { Lenient = true });
        Assert.Equal(2, r.Log.Length);
        Assert.Equal([10.0, 5], r.Log.WaitSeconds.ToArray());
        Assert.Equal(1, r.SkippedRows);
        Assert.Equal(3, Assert.Single(r.SkippedExamples).Line);
    }

    [Fact]
    public void SurveyCsv_QuestionsFoundByCommonNames_ExactAnswers_HandCalculatedNps()
    {
        SurveyLog survey = SurveyCsv.Load(Fixture.Path("survey.csv"));
        Assert.Equal(7, survey.Respondents);
        Assert.True(survey.Has("nps") && survey.Has("csat") && survey.Has("ces"));
        Assert.Equal([10, 9, 8, 7, 6, 0, 10], survey["nps"].Answers.ToArray());
        Assert.Equal([2, 1, 7, 3, 4, 1, 2], survey["ces"].Answers.ToArray());
        Assert.Equal((1, 7), (survey["ces"].ScaleMin, survey["ces"].ScaleMax));

        // 3 promoters (10, 9, 10), 2 passives, 2 detractors (6, 0): (3 - 2) / 7 x 100.
        Assert.Equal(100.0 / 7, Satisfaction.Nps(survey["nps"]).Score, 12);
        var missing = Assert.Throws<ArgumentException>(() => survey["loyalty"]);
        Assert.Contains("ces, csat, nps", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SurveyCsv_AnswerOffItsScale_StrictErrorNamesLineAndColumn_LenientSkipsTheRespondent()
    {
        var e = Assert.Throws<CsvDataException>(() => SurveyCsv.Load(Fixture.Path("survey-off-scale.csv")));
        Assert.Equal(3, e.Line);
        Assert.Contains("nps answer 11 in column 'nps' is off the scale 0..10", e.Message, StringComparison.Ordinal);

        CsvReadResult<SurveyLog> r = SurveyCsv.Read(Fixture.Path("survey-off-scale.csv"), new SurveyCsvOptions { Lenient = true });
        Assert.Equal(2, r.Log.Respondents);          // line 3 (nps 11) and line 4 (csat 6 on 1-5) skipped
        Assert.Equal([10, 9], r.Log["nps"].Answers.ToArray());
        Assert.Equal([5, 1], r.Log["csat"].Answers.ToArray());
        Assert.Equal(2, r.SkippedRows);
        Assert.Equal([3L, 4L], [r.SkippedExamples[0].Line, r.SkippedExamples[1].Line]);

        // On a 1-7 CSAT scale the 6 is an answer.
        Assert.Equal(3, SurveyCsv.Read(Fixture.Path("survey-off-scale.csv"), new SurveyCsvOptions { Lenient = true, CsatScale = (1, 7) }).Log.Respondents);
    }

    [Fact]
    public void SurveyCsv_NoQuestionColumn_OneClearError()
    {
        var e = Assert.Throws<CsvDataException>(() => SurveyCsv.Load(Fixture.Path("calls-bad.csv")));
        Assert.Contains("no survey question column", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyCsvOptions { CesScale = (5, 5) });
    }
}
