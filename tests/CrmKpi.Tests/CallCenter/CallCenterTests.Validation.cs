using System;
using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

public partial class CallCenterTests
{
    private static CallCenterSummary Summarize20(RandomCalls log) => CrmKpi.CallCenter.Summarize(log.Columns, Sec(20), Sec(0));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void Summarize_BadDurationInVectorPart_ThrowsWithColumnAndRow(double bad)
    {
        RandomCalls log = RandomCalls.Random(50, seed: 3);
        log.Hold[21] = bad;
        log.Talk[40] = bad;   // a later bad value: the first one is reported
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Summarize20(log));
        Assert.Equal("holdSeconds", e.ParamName);
        Assert.Equal(bad, e.ActualValue);
        Assert.Contains("holdSeconds[21]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_BadDurationInTail_ThrowsWithRow()
    {
        RandomCalls log = RandomCalls.Random(51, seed: 3);
        log.Wait[50] = -2;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Summarize20(log));
        Assert.Equal("waitSeconds", e.ParamName);
        Assert.Contains("waitSeconds[50]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_NegativeZero_IsValid()
    {
        RandomCalls log = RandomCalls.Random(40, seed: 5);
        log.Hold[3] = -0.0;
        RandomCalls clean = log with { Hold = (double[])log.Hold.Clone() };
        clean.Hold[3] = 0.0;
        Assert.Equal(Summarize20(clean).Answered, Summarize20(log).Answered);
    }

    [Fact]
    public void Summarize_NegativeThreshold_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.CallCenter.Summarize(RandomCalls.Random(3, 1).Columns, Sec(-1), Sec(0)));
        Assert.Equal("threshold", e.ParamName);
        Assert.Equal(Sec(-1), e.ActualValue);
    }

    [Fact]
    public void CallColumns_LengthMismatch_NamesTheColumn()
    {
        var e = Assert.Throws<ArgumentException>(() => new CallColumns([1, 2], [1, 2], [1, 2], [1, 2], [true, false], [false]));
        Assert.Equal("blocked", e.ParamName);
    }

    [Fact]
    public void ServiceLevel_UndefinedDefinition_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CrmKpi.CallCenter.ServiceLevel(RandomCalls.Random(3, 1).Columns, Sec(20), (ServiceLevelDefinition)9));
        Assert.Equal("definition", e.ParamName);
    }

    [Fact]
    public void ServiceLevel_WithinExceedsCounted_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.CallCenter.ServiceLevel(5, 4));
        Assert.Equal("answeredWithinThreshold", e.ParamName);
        Assert.Equal(5L, e.ActualValue);
    }

    [Fact]
    public void Utilization_NegativeAgentSeconds_ThrowsWithRow()
    {
        CallCenterSummary s = CrmKpi.CallCenter.Summarize(RandomCalls.Random(3, 1).Columns, Sec(20), Sec(0));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CrmKpi.CallCenter.Utilization(s, new AgentColumns([10, -5], [1, 1]), UtilizationBase.StaffedTime));
        Assert.Equal("staffedSeconds", e.ParamName);
        Assert.Equal(-5.0, e.ActualValue);
    }

    [Fact]
    public void Volume_CategoryOutOfRange_ThrowsWithRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CrmKpi.CallCenter.Volume(RandomCalls.Random(3, 1).Columns, [0, 5, 0], new CallVolume[2]));
        Assert.Equal("categories", e.ParamName);
        Assert.Equal(5, e.ActualValue);
    }

    [Fact]
    public void QualityScores_RaggedMatrix_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => CrmKpi.CallCenter.QualityScores([1, 2, 3], [1, 1], new double[2]));
        Assert.Equal("itemScores", e.ParamName);
    }

    [Fact]
    public void Merge_DifferentThresholds_Throws()
    {
        CallColumns calls = RandomCalls.Random(3, 1).Columns;
        CallCenterSummary a = CrmKpi.CallCenter.Summarize(calls, Sec(20), Sec(0));
        CallCenterSummary b = CrmKpi.CallCenter.Summarize(calls, Sec(30), Sec(0));
        var e = Assert.Throws<ArgumentException>(() => a.Merge(b));
        Assert.Equal("other", e.ParamName);
    }
}
