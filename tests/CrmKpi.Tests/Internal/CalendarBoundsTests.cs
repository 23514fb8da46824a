using System;
using CrmKpi.Internal;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// The calendar's last day and last month are inside the range: a shift that lands exactly on them is allowed, one past throws.
public class CalendarBoundsTests
{
    [Fact]
    public void PlusDays_LandingOnTheLastIsoDay_IsAllowed_AndOnePastThrows()
    {
        LocalDate dayBefore = LocalDate.MaxIsoValue.PlusDays(-1);
        Assert.Equal(LocalDate.MaxIsoValue, CalendarBounds.PlusDays(dayBefore, 1, "window", "w"));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CalendarBounds.PlusDays(dayBefore, 2, "window", "w"));
        Assert.Equal("window", ex.ParamName);
        Assert.Contains("outside the ISO calendar's range", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlusDays_LandingOnTheFirstIsoDay_IsAllowed_AndOneBeforeThrows()
    {
        LocalDate dayAfter = LocalDate.MinIsoValue.PlusDays(1);
        Assert.Equal(LocalDate.MinIsoValue, CalendarBounds.PlusDays(dayAfter, -1, "window", "w"));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarBounds.PlusDays(dayAfter, -2, "window", "w"));
    }

    [Fact]
    public void PlusMonths_LandingInTheLastIsoMonth_IsAllowed_AndOnePastThrows()
    {
        var start = new LocalDate(9999, 11, 30);
        Assert.Equal(new LocalDate(9999, 12, 30), CalendarBounds.PlusMonths(start, 1, "length", "m"));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CalendarBounds.PlusMonths(start, 2, "length", "m"));
        Assert.Equal("length", ex.ParamName);
        Assert.Equal(new LocalDate(9999, 12, 15), CalendarBounds.PlusYears(new LocalDate(9998, 12, 15), 1, "length", "y"));
    }
}
