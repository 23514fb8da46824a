using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Golden values. A value with a source in its comment or name is that source's worked example, as the catalog
/// (docs/catalog/METRICS.md) quotes it: 000-004 are the catalog's Chinese CRM guides. Every other value is a hand calculation:
/// inputs chosen for the test and the result worked out by hand from the catalog's formula (the comment shows the arithmetic).
/// </summary>
public partial class CallCenterTests
{
    // Hand-built log: answered after 10, 15, 30 s; abandoned after 5 and 40 s; one blocked call.
    private static RandomCalls Example => new(
        Wait: [10, 15, 30, 5, 40, 0],
        Talk: [100, 200, 300, 0, 0, 0],
        Hold: [0, 20, 10, 0, 0, 0],
        Work: [20, 40, 30, 0, 0, 0],
        Abandoned: [false, false, false, true, true, false],
        Blocked: [false, false, false, false, false, true]);

    [Theory]
    [InlineData(ServiceLevelDefinition.AbandonedInDenominator, 2.0 / 5)]
    [InlineData(ServiceLevelDefinition.AbandonedAfterThresholdInDenominator, 2.0 / 4)]
    [InlineData(ServiceLevelDefinition.AbandonedExcluded, 2.0 / 3)]
    [InlineData(ServiceLevelDefinition.AbandonedWithinThresholdAsMet, 3.0 / 5)]
    public void ServiceLevel_EachDefinition_MatchesHandCount(ServiceLevelDefinition definition, double expected)
    {
        Assert.Equal(expected, CrmKpi.CallCenter.ServiceLevel(Example.Columns, Sec(20), definition), 15);
        Assert.Equal(expected, CrmKpi.CallCenter.Summarize(Example.Columns, Sec(20), Sec(0)).ServiceLevel(definition), 15);
    }

    [Fact]
    public void ServiceLevel_ShortAbandonThreshold_DropsShortAbandons()
    {
        // The 5 s abandon is short with an 8 s threshold: 2 within / (3 answered + 1 abandoned).
        Assert.Equal(0.5, CrmKpi.CallCenter.ServiceLevel(Example.Columns, Sec(20), ServiceLevelDefinition.AbandonedInDenominator, Sec(8)));
        Assert.Equal(0.5, CrmKpi.CallCenter.Summarize(Example.Columns, Sec(20), Sec(8)).ServiceLevel(ServiceLevelDefinition.AbandonedInDenominator));
    }

    [Fact]
    public void ServiceLevel_Source004Target_Returns08() => Assert.Equal(0.8, CrmKpi.CallCenter.ServiceLevel(800, 1_000));

    [Fact]
    public void PerCallAverages_Example_MatchHandCalculation()
    {
        CallColumns calls = Example.Columns;
        Assert.Equal((10 + 15 + 30) / 3.0, CrmKpi.CallCenter.AverageSpeedOfAnswer(calls), 12);
        Assert.Equal(0.4, CrmKpi.CallCenter.AbandonmentRate(calls), 15);        // 2 of 5 offered
        Assert.Equal(0.25, CrmKpi.CallCenter.AbandonmentRate(calls, Sec(8)), 15);    // 1 of 4 once the short abandon drops
        Assert.Equal(200, CrmKpi.CallCenter.AverageTalkTime(calls), 12);
        Assert.Equal(30, CrmKpi.CallCenter.AverageAfterCallWork(calls), 12);
        Assert.Equal(240, CrmKpi.CallCenter.AverageHandleTime(calls, HandleTimeDefinition.TalkHoldAfterCallWork), 12);  // (120 + 260 + 340) / 3
        Assert.Equal(230, CrmKpi.CallCenter.AverageHandleTime(calls, HandleTimeDefinition.TalkAfterCallWork), 12);      // (120 + 240 + 330) / 3
        Assert.Equal(1, CrmKpi.CallCenter.BlockedCalls(calls));
        Assert.Equal(1 / 6.0, CrmKpi.CallCenter.BlockedShare(calls), 15);
    }

    [Fact]
    public void ScalarForms_Examples_MatchHandCalculation()
    {
        Assert.Equal(190, CrmKpi.CallCenter.AverageHandleTime(Sec(30_000), Sec(2_000), Sec(6_000), 200));
        Assert.Equal(0.05, CrmKpi.CallCenter.AbandonmentRate(50, 1_000));
        Assert.Equal(0.7, CrmKpi.CallCenter.Utilization(Sec(25_200), Sec(36_000)), 15);
        Assert.Equal(0.0625, CrmKpi.CallCenter.ConnectTimeRatio(Sec(1_800), Sec(28_800)));
        Assert.Equal(0.0625, CrmKpi.CallCenter.ConnectTimeRatio([600, 1_200], [14_400, 14_400]));
        Assert.Equal(4, CrmKpi.CallCenter.CostPerCall(120_000, 30_000));
        Assert.Equal(0.03, CrmKpi.CallCenter.BlockedShare(30, 1_000));
    }

    [Fact]
    public void Utilization_SummaryAndAgents_DividesHandlingByBasis()
    {
        CallCenterSummary summary = CrmKpi.CallCenter.Summarize(Example.Columns, Sec(20), Sec(0));
        var agents = new AgentColumns([1_200, 1_200], [1_000, 1_000]);
        // Handling: (100 + 0 + 20) + (200 + 20 + 40) + (300 + 10 + 30) = 720 s.
        Assert.Equal(720 / 2_400.0, CrmKpi.CallCenter.Utilization(summary, agents, UtilizationBase.StaffedTime), 14);
        Assert.Equal(720 / 2_000.0, CrmKpi.CallCenter.Utilization(summary, agents, UtilizationBase.AvailableTime), 14);
    }

    [Fact]
    public void Volume_TwoCategories_CountsAndSumsEach()
    {
        var volume = new CallVolume[2];
        CrmKpi.CallCenter.Volume(Example.Columns, [0, 1, 0, 0, 1, 1], volume);
        Assert.Equal(new CallVolume(3, 0, 2, 1, 400, 100 + 20 + 300 + 10 + 30), volume[0]);
        Assert.Equal(new CallVolume(3, 1, 1, 1, 200, 260), volume[1]);
    }

    [Fact]
    public void QualityScore_Rubric_MatchesHandCalculation()
    {
        Assert.Equal(4, CrmKpi.CallCenter.QualityScore([4, 5, 3, 4], [1, 1, 1, 2]), 14);
        double[] scores = new double[2];
        CrmKpi.CallCenter.QualityScores([4, 5, 2, 3], [1, 3], scores);
        Assert.Equal([4.75, 2.75], scores);
    }
}
