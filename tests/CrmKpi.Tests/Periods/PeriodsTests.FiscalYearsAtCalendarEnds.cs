using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): fiscal years at the two ends of the ISO calendar NodaTime supports (-9998-01-01 to
/// 9999-12-31). A fiscal year that began before the calendar's first day is cut at that day; one that would end after the
/// calendar's last day is cut at the range's end. Hand calculations: with April starts, the fiscal year holding
/// -9998-01-01 runs to -9998-03-31; with December starts, the one holding 9999-01-01 runs 9998-12-01 .. 9999-11-30.
/// </summary>
public partial class PeriodsTests
{
    private static readonly LocalDate FirstIsoDay = LocalDate.MinIsoValue;   // -9998-01-01

    [Fact]
    public void FiscalYears_RangeFromTheCalendarsFirstDay_FirstFiscalYearCutThere()
    {
        var range = new DateInterval(FirstIsoDay, new LocalDate(-9998, 6, 30));
        Assert.Equal(
            [new DateInterval(FirstIsoDay, new LocalDate(-9998, 3, 31)), new DateInterval(new LocalDate(-9998, 4, 1), new LocalDate(-9998, 6, 30))],
            Periods.FiscalYears(range, 4));
    }

    [Fact]
    public void FiscalYears_RangeInTheCalendarsFirstYearBeforeTheStartMonth_IsOnePiece()
    {
        // -9998-02-10 .. -9998-03-20 lies inside the fiscal year cut at -9998-01-01 (April starts): one piece, the range.
        var range = new DateInterval(new LocalDate(-9998, 2, 10), new LocalDate(-9998, 3, 20));
        Assert.Equal([range], Periods.FiscalYears(range, 4));
    }

    [Fact]
    public void FiscalYears_RangeInTheCalendarsFirstYearFromTheStartMonth_StartsAWholeFiscalYear()
    {
        // -9998-04-01 is the first day of a fiscal year (April starts): the range is one piece, nothing before it.
        var range = new DateInterval(new LocalDate(-9998, 4, 1), new LocalDate(-9998, 5, 31));
        Assert.Equal([range], Periods.FiscalYears(range, 4));

        // Later in the first year, a range across the next April splits there.
        var later = new DateInterval(new LocalDate(-9998, 7, 1), new LocalDate(-9997, 4, 30));
        Assert.Equal(
            [new DateInterval(new LocalDate(-9998, 7, 1), new LocalDate(-9997, 3, 31)), new DateInterval(new LocalDate(-9997, 4, 1), new LocalDate(-9997, 4, 30))],
            Periods.FiscalYears(later, 4));
    }

    [Fact]
    public void FiscalYears_LastCalendarYearWithDecemberStarts_SplitsAtTheLastDecember()
    {
        var range = new DateInterval(new LocalDate(9999, 1, 1), LocalDate.MaxIsoValue);
        Assert.Equal(
            [new DateInterval(new LocalDate(9999, 1, 1), new LocalDate(9999, 11, 30)), new DateInterval(new LocalDate(9999, 12, 1), LocalDate.MaxIsoValue)],
            Periods.FiscalYears(range, 12));

        // November starts: 9998-11-01 .. 9999-10-31, then the cut year from 9999-11-01.
        Assert.Equal(
            [new DateInterval(new LocalDate(9999, 1, 1), new LocalDate(9999, 10, 31)), new DateInterval(new LocalDate(9999, 11, 1), LocalDate.MaxIsoValue)],
            Periods.FiscalYears(range, 11));

        // January starts: the calendar year itself, ending on the calendar's last day.
        Assert.Equal([range], Periods.FiscalYears(range, 1));
    }
}
