using System;
using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

public partial class LifetimeTests
{
    [Theory]
    [InlineData(-1, 2, 5, "averagePurchaseValue")]
    [InlineData(100, double.NaN, 5, "purchasesPerPeriod")]
    [InlineData(100, 2, double.PositiveInfinity, "lifespanPeriods")]
    public void SimpleClv_BadArgument_ThrowsNamingIt(double value, double frequency, double lifespan, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Lifetime.SimpleClv(value, frequency, lifespan));
        Assert.Equal(name, e.ParamName);
    }

    [Theory]
    [InlineData(1.01)]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    public void RetentionDiscountClv_RetentionOutsideUnitInterval_Throws(double retention)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Lifetime.RetentionDiscountClv(100, retention, 0.1));
        Assert.Equal("retentionRate", e.ParamName);
        Assert.Equal(retention, e.ActualValue);
    }

    [Fact]
    public void RetentionDiscountClv_NegativePeriods_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Lifetime.RetentionDiscountClv(100, 0.8, 0.1, -1));
        Assert.Equal("periods", e.ParamName);
    }

    [Fact]
    public void ExpectedLifespan_ChurnAboveOne_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Lifetime.ExpectedLifespan(1.5));
        Assert.Equal("churnRate", e.ParamName);
        Assert.Equal(1.5, e.ActualValue);
    }

    [Fact]
    public void HistoricalClv_CostsOfWrongLength_ThrowsNamingCosts()
    {
        var e = Assert.Throws<ArgumentException>(() => Lifetime.HistoricalClv(SmallLog.Columns, new double[4], new double[5]));
        Assert.Equal("customerCosts", e.ParamName);
    }

    [Fact]
    public void HistoricalClv_InfiniteCost_ThrowsNamingIndex()
    {
        double[] costs = [0, 0, 0, double.PositiveInfinity, 0];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Lifetime.HistoricalClv(SmallLog.Columns, costs, new double[5]));
        Assert.Equal("customerCosts", e.ParamName);
        Assert.Contains("customerCosts[3]", e.Message, StringComparison.Ordinal);
    }
}
