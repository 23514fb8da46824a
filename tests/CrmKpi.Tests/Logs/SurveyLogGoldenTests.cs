using System.Collections.Generic;
using Xunit;

namespace CrmKpi.Tests;

// Catalog examples through survey logs, equal to the span path.
public class SurveyLogGoldenTests
{
    // Catalog S1: 70% promoters - 10% detractors = 60 (7 promoters, 2 passives, 1 detractor of 10 answers).
    [Fact]
    public void Nps_CatalogS1_ThroughALog_EqualsTheSpanPath()
    {
        int[] raw = [10, 9, 9, 10, 9, 10, 9, 8, 7, 3];
        var builder = new SurveyAnswersBuilder(0, 10);
        foreach (int a in raw)
        {
            builder.Add(a);
        }

        var survey = new SurveyLog(new Dictionary<string, SurveyAnswers> { ["nps"] = builder.ToAnswers() });
        NpsResult viaLog = Satisfaction.Nps(survey["nps"]);
        Assert.Equal(60, viaLog.Score, 12);
        Assert.Equal(Satisfaction.Nps(raw), viaLog);
        Assert.Equal(10, survey.Respondents);
    }
}
