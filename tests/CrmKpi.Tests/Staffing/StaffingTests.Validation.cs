using System;
using Xunit;

namespace CrmKpi.Tests.Staffing;

public partial class StaffingTests
{
    [Fact]
    public void ErlangC_ZeroAgents_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Staffing.ErlangC(5, 0));
        Assert.Equal("agents", e.ParamName);
        Assert.Equal(0L, e.ActualValue);
    }

    [Fact]
    public void ErlangB_NaNTraffic_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Staffing.ErlangB(double.NaN, 3));
        Assert.Equal("trafficErlangs", e.ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void ErlangCAgentsRequired_TargetNotStrictlyBetween0And1_Throws(double target)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Staffing.ErlangCAgentsRequired(10, 180, 20, target));
        Assert.Equal("targetServiceLevel", e.ParamName);
        Assert.Equal(target, e.ActualValue);
    }

    [Fact]
    public void ErlangA_ZeroPatience_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Staffing.ErlangA(10, 10, 180, 0));
        Assert.Equal("averagePatienceSeconds", e.ParamName);
    }

    [Fact]
    public void ErlangC_Overloaded_ReturnsDocumentedLimits()
    {
        Assert.Equal(1, CrmKpi.Staffing.ErlangC(12, 10));
        Assert.Equal(0, CrmKpi.Staffing.ErlangCServiceLevel(12, 10, 180, 20));
        Assert.Equal(double.PositiveInfinity, CrmKpi.Staffing.ErlangCAverageSpeedOfAnswer(12, 10, 180));
        Assert.Equal(1, CrmKpi.Staffing.Occupancy(12, 10));
    }
}
