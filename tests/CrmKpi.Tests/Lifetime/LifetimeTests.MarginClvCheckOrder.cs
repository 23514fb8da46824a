using System;
using Xunit;

namespace CrmKpi.Tests;

// MarginClv checks its arguments in the order of its signature: with a bad lifespan AND a bad margin, the lifespan is named.
public partial class LifetimeTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    public void MarginClv_BadLifespanAndBadMargin_NamesTheLifespan(double lifespan) =>
        Assert.Equal("lifespanPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => Lifetime.MarginClv(50, 4, lifespan, 2.0)).ParamName);
}
