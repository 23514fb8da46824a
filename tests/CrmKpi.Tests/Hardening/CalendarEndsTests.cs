using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests.Hardening;

/// <summary>
/// Issue 12, library findings: dates at the ends of the ISO calendar NodaTime supports (-9998-01-01 to
/// 9999-12-31) and dates in other calendars give results or exceptions that name the caller's parameter.
/// </summary>
public class CalendarEndsTests
{
    private static readonly LocalDate Max = LocalDate.MaxIsoValue;   // 9999-12-31, a Friday
    private static readonly LocalDate Min = LocalDate.MinIsoValue;   // -9998-01-01

    [Fact]
    public void Containing_LastYearMonthQuarter_EndOnTheCalendarsLastDay()
    {
        Assert.Equal(new DateInterval(new LocalDate(9999, 1, 1), Max), Periods.Containing(Max, PeriodUnit.Year));
        Assert.Equal(new DateInterval(new LocalDate(9999, 10, 1), Max), Periods.Containing(Max, PeriodUnit.Quarter));
        Assert.Equal(new DateInterval(new LocalDate(9999, 12, 1), Max), Periods.Containing(Max, PeriodUnit.Month));
        Assert.Equal(new DateInterval(Min, new LocalDate(-9998, 1, 31)), Periods.Containing(Min, PeriodUnit.Month));
    }

    [Fact]
    public void Containing_WeekPastTheCalendar_ThrowsNamingTheDate()
    {
        Assert.Equal(IsoDayOfWeek.Friday, Max.DayOfWeek);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Containing(Max, PeriodUnit.IsoWeek));
        Assert.Equal("date", e.ParamName);
    }

    [Fact]
    public void Split_RangeToTheCalendarsLastDay_EndsThere()
    {
        var range = new DateInterval(new LocalDate(9999, 11, 15), Max);
        DateInterval[] months = Periods.Months(range);
        Assert.Equal([new DateInterval(new LocalDate(9999, 11, 15), new LocalDate(9999, 11, 30)), new DateInterval(new LocalDate(9999, 12, 1), Max)], months);
        DateInterval[] weeks = Periods.IsoWeeks(new DateInterval(new LocalDate(9999, 12, 20), Max));
        Assert.Equal([new DateInterval(new LocalDate(9999, 12, 20), new LocalDate(9999, 12, 26)), new DateInterval(new LocalDate(9999, 12, 27), Max)], weeks);
        Assert.Single(Periods.Years(new DateInterval(new LocalDate(9999, 3, 1), Max)));
        DateInterval[] fiscal = Periods.FiscalYears(new DateInterval(new LocalDate(9998, 1, 1), Max), 4);
        Assert.Equal([new DateInterval(new LocalDate(9998, 1, 1), new LocalDate(9998, 3, 31)), new DateInterval(new LocalDate(9998, 4, 1), new LocalDate(9999, 3, 31)), new DateInterval(new LocalDate(9999, 4, 1), Max)], fiscal);
        DateInterval[] firstWeeks = Periods.IsoWeeks(new DateInterval(Min, Min.PlusDays(20)));
        Assert.Equal(Min, firstWeeks[0].Start);
        Assert.Equal(21, System.Linq.Enumerable.Sum(firstWeeks, w => w.Length));
    }

    [Fact]
    public void Previous_And_SameLastYear_BeforeTheCalendar_ThrowNamingTheWindow()
    {
        var first = new DateInterval(Min, new LocalDate(-9998, 1, 31));
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Previous(first)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => Periods.SameLastYear(first)).ParamName);
        var week = new DateInterval(Min.PlusDays(3), Min.PlusDays(9));
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Previous(week)).ParamName);
        Assert.Equal(new DateInterval(new LocalDate(9998, 12, 1), new LocalDate(9998, 12, 31)), Periods.SameLastYear(new DateInterval(new LocalDate(9999, 12, 1), Max)));
    }

    [Fact]
    public void Trailing_PastTheCalendarsStart_ThrowsNamingTheLength()
    {
        Assert.Equal(new DateInterval(Min, Min), Periods.Trailing(Min, Period.FromDays(1)));
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Trailing(Min, Period.FromDays(2))).ParamName);
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Trailing(Max, Period.FromYears(int.MaxValue))).ParamName);
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Trailing(Max, Period.FromHours(48))).ParamName);
    }

    [Fact]
    public void Periods_NonIsoDate_ThrowsNamingTheParameter()
    {
        var julian = new LocalDate(2024, 3, 1, CalendarSystem.Julian);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => Periods.Containing(julian, PeriodUnit.Month)).ParamName);
        Assert.Equal("asOf", Assert.Throws<ArgumentException>(() => Periods.ToDate(julian, PeriodUnit.Month)).ParamName);
        Assert.Equal("asOf", Assert.Throws<ArgumentException>(() => Periods.Trailing(julian, Period.FromDays(3))).ParamName);
        var range = new DateInterval(julian, julian.PlusDays(40));
        Assert.Equal("range", Assert.Throws<ArgumentException>(() => Periods.Months(range)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentException>(() => Periods.Previous(range)).ParamName);
    }

    [Fact]
    public void YearOverYearRetention_Year9999_Computes()
    {
        var log = new TransactionColumns([0, 0, 1], [new LocalDate(9998, 5, 1), new LocalDate(9999, 12, 31), new LocalDate(9998, 1, 1)], [1, 1, 1], 2);
        Assert.Equal(0.5, Retention.YearOverYearRetention(log, 9999));
    }

    [Fact]
    public void DayNumber_IsContinuousAcrossYearZeroAndAgreesWithNodaTime()
    {
        Assert.Equal(0, CrmKpi.Internal.DateKey.DayNumber(new LocalDate(1, 1, 1)));
        foreach (LocalDate d in new[] { new LocalDate(0, 12, 31), new LocalDate(0, 2, 29), new LocalDate(-1, 3, 1), new LocalDate(-400, 1, 1), Min })
        {
            int expected = -Period.Between(d, new LocalDate(1, 1, 1), PeriodUnits.Days).Days;
            Assert.Equal(expected, CrmKpi.Internal.DateKey.DayNumber(d));
        }
    }
}
