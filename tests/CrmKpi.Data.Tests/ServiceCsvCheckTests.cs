using System;
using Xunit;

namespace CrmKpi.Data.Tests;

// The readers' checks of values that parse but cannot be rows: negative call times and off-scale answers are errors
// with file, line and column (skipped and counted when lenient); columns named by option instead of by alias.
public class ServiceCsvCheckTests
{
    private static readonly CallCsvOptions Named = new()
    {
        WaitColumn = "Queue",
        TalkColumn = "Talk",
        HoldColumn = "Hold",
        AfterCallWorkColumn = "Wrap",
        AbandonedColumn = "Gave up",
    };

    [Fact]
    public void CallCsv_NegativeTime_StrictErrorNamesFileLineAndColumn()
    {
        string path = Fixture.Path("calls-negative.csv");
        var e = Assert.Throws<CsvDataException>(() => CallCsv.Load(path, Named));
        Assert.Equal(3, e.Line);
        Assert.Equal(1, e.Column);
        Assert.StartsWith(path + ":3:1: negative time -4 in column 'Queue' (wait)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CallCsv_NegativeTimes_LenientSkipsAndCountsEachRow_KeepsTheRowsAfter()
    {
        CsvReadResult<CallLog> r = CallCsv.Read(Fixture.Path("calls-negative.csv"), Named with { Lenient = true });
        Assert.Equal(4, r.DataRows);
        Assert.Equal(2, r.SkippedRows);
        Assert.Equal([10.0, 5], r.Log.WaitSeconds.ToArray());
        Assert.Equal([30.0, 60], r.Log.AfterCallWorkSeconds.ToArray());
        Assert.Equal([(3L, 1), (5L, 4)], [(r.SkippedExamples[0].Line, r.SkippedExamples[0].Column), (r.SkippedExamples[1].Line, r.SkippedExamples[1].Column)]);
    }

    [Fact]
    public void CallCsv_AliasesDoNotMatchTheseHeaders_MissingColumnIsOneError()
    {
        var e = Assert.Throws<CsvDataException>(() => CallCsv.Load(Fixture.Path("calls-negative.csv")));
        Assert.Contains("wait", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void SurveyCsv_OffScaleAnswer_ErrorNamesItsColumn()
    {
        var e = Assert.Throws<CsvDataException>(() => SurveyCsv.Load(Fixture.Path("survey-off-scale.csv")));
        Assert.Equal((3L, 1), (e.Line, e.Column));
        CsvReadResult<SurveyLog> r = SurveyCsv.Read(Fixture.Path("survey-off-scale.csv"), new SurveyCsvOptions { Lenient = true });
        Assert.Equal((4L, 2), (r.SkippedExamples[1].Line, r.SkippedExamples[1].Column));   // csat 6 on 1..5, the second column
        Assert.Contains("csat answer 6 in column 'csat' is off the scale 1..5", r.SkippedExamples[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SurveyCsv_BomSemicolonCrlf_AliasesFound_BadCellLenientSkipped()
    {
        string path = Fixture.Path("survey-bom-semicolon.csv");
        var options = new SurveyCsvOptions { Separator = ';', CsatScale = (1, 7) };
        var e = Assert.Throws<CsvDataException>(() => SurveyCsv.Load(path, options));
        Assert.Equal((3L, 3), (e.Line, e.Column));
        Assert.Contains("'x' is not a whole number in column 'satisfaction' (csat)", e.Message, StringComparison.Ordinal);

        CsvReadResult<SurveyLog> r = SurveyCsv.Read(path, options with { Lenient = true });
        Assert.Equal(1, r.SkippedRows);
        Assert.Equal([10, 9], r.Log["nps"].Answers.ToArray());
        Assert.Equal([7, 1], r.Log["csat"].Answers.ToArray());
        Assert.Equal(100.0, Satisfaction.Nps(r.Log["nps"]).Score, 12);
    }
}
