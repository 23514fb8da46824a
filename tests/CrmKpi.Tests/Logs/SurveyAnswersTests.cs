using System;
using System.Threading.Tasks;
using Xunit;

namespace CrmKpi.Tests;

public class SurveyAnswersTests
{
    // Hand calculation: 10, 9, 10 promoters; 8, 7 passives; 6, 0 detractors: NPS (3 - 2) / 7 x 100 = 14.2857...
    private static readonly int[] NpsAnswers = [10, 9, 8, 7, 6, 0, 10];

    private readonly SurveyAnswers _nps = Build(NpsAnswers, 0, 10);

    private static SurveyAnswers Build(int[] answers, int min, int max)
    {
        var builder = new SurveyAnswersBuilder(min, max);
        foreach (int a in answers)
        {
            builder.Add(a);
        }

        return builder.ToAnswers();
    }

    [Fact]
    public async Task AnswersInAFieldAcrossAnAwait_PassedWhereSpansAreTaken_HandCalculation()
    {
        await Task.Yield();
        NpsResult nps = Satisfaction.Nps(_nps);
        Assert.Equal((3, 2, 2), (nps.Promoters, nps.Passives, nps.Detractors));
        Assert.Equal(100.0 / 7, nps.Score, 12);
        Assert.Equal(NpsAnswers, _nps.ToReadOnlySpan().ToArray());
    }

    [Fact]
    public void Csat_OnItsOwnScale_HandCalculation()
    {
        // 1-5 CSAT: mean 4 of answers 5, 4, 3; top-2-box share 2/3.
        SurveyAnswers csat = Build([5, 4, 3], 1, 5);
        Assert.Equal((1, 5), (csat.ScaleMin, csat.ScaleMax));
        Assert.Equal(Satisfaction.Csat((ReadOnlySpan<int>)[5, 4, 3], 1, 5), Satisfaction.Csat(csat, csat.ScaleMin, csat.ScaleMax));
        Assert.Equal(2.0 / 3, Satisfaction.CsatTopBox(csat, 1, 5, 2), 12);
    }

    [Fact]
    public void Add_OffTheScale_ThrowsNamingTheAnswer_AndAddsNothing()
    {
        var builder = new SurveyAnswersBuilder(1, 5);
        builder.Add(5);
        Assert.Equal("answer", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(6)).ParamName);
        Assert.Equal("answer", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(0)).ParamName);
        Assert.Equal(1, builder.Length);
    }

    [Fact]
    public void Scale_EmptyOrReversed_Throws()
    {
        Assert.Equal("scaleMax", Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyAnswersBuilder(5, 5)).ParamName);
        Assert.Equal("scaleMax", Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyAnswers([], 0, 10, 0)).ParamName);
    }

    [Fact]
    public void Constructor_AnswerOffTheScale_NamesItsPosition_WrapsWithoutCopy()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyAnswers([3, 11, 2], 3, 0, 10));
        Assert.Equal("answers", e.ParamName);
        Assert.Contains("[1]", e.Message, StringComparison.Ordinal);
        int[] raw = [3, 4, 99];
        var answers = new SurveyAnswers(raw, 2, 0, 10);   // only the first two are answers: 99 is never read
        Assert.Equal(2, answers.Length);
        raw[0] = 7;
        Assert.Equal(7, answers.Answers[0]);
    }

    [Fact]
    public void Builder_Grows_ToAnswersHandsOverAndEmpties()
    {
        var builder = new SurveyAnswersBuilder(0, 10, capacity: 1);
        for (int i = 0; i < 3000; i++)
        {
            builder.Add(i % 11);
        }

        SurveyAnswers answers = builder.ToAnswers();
        Assert.Equal(3000, answers.Length);
        Assert.Equal(2999 % 11, answers.Answers[2999]);
        Assert.Equal(0, builder.Length);
    }
}
