using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

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
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Staffing.ErlangCAgentsRequired(10, Sec(180), Sec(20), target));
        Assert.Equal("targetServiceLevel", e.ParamName);
        Assert.Equal(target, e.ActualValue);
    }

    [Fact]
    public void ErlangA_ZeroPatience_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Staffing.ErlangA(10, 10, Sec(180), Sec(0)));
        Assert.Equal("averagePatience", e.ParamName);
    }

    [Fact]
    public void ErlangC_Overloaded_ReturnsDocumentedLimits()
    {
        Assert.Equal(1, CrmKpi.Staffing.ErlangC(12, 10));
        Assert.Equal(0, CrmKpi.Staffing.ErlangCServiceLevel(12, 10, Sec(180), Sec(20)));
        Assert.Equal(double.PositiveInfinity, CrmKpi.Staffing.ErlangCAverageSpeedOfAnswer(12, 10, Sec(180)));
        Assert.Equal(1, CrmKpi.Staffing.Occupancy(12, 10));
    }

    [Fact]
    public void TrafficErlangs_ArgumentsInTheDocumentedFormulaOrder_GiveTheWestbayTraffic()
    {
        // docs/staffing.md: A = calls x AHT / interval. Westbay: 360 calls, 240 s, half an hour: 48 Erlangs.
        Assert.Equal(48, CrmKpi.Staffing.TrafficErlangs(360, Duration.FromSeconds(240), Duration.FromMinutes(30)), 12);
    }

    [Fact]
    public void TrafficErlangs_NegativeHandleTimeOrEmptyInterval_ThrowsNamingTheParameter()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Staffing.TrafficErlangs(10, Duration.FromSeconds(-1), Duration.FromMinutes(30)));
        Assert.Equal("averageHandleTime", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Staffing.TrafficErlangs(10, Duration.FromSeconds(240), Duration.Zero));
        Assert.Equal("interval", e.ParamName);
    }

    [Fact]
    public void ErlangCServiceLevel_NegativeThreshold_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Staffing.ErlangCServiceLevel(10, 14, Duration.FromSeconds(180), Duration.FromSeconds(-1)));
        Assert.Equal("threshold", e.ParamName);
        Assert.Equal(Duration.FromSeconds(-1), e.ActualValue);
    }
}
