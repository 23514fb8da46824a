using System;
using CrmKpi.Internal;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// NodaTime's ISO calendar starts at year -9998; the keys must keep their documented formulas and order there too, and across
// year 0 to year 1, where the packed value changes sign.
public class DateKeyBeforeYearOneTests
{
    public static TheoryData<int, int, int> Dates => new() { { -9998, 1, 1 }, { -5, 3, 10 }, { 0, 12, 31 }, { 1, 1, 1 }, { 2024, 2, 29 } };

    [Theory]
    [MemberData(nameof(Dates))]
    public void SparseDay_FollowsItsFormula(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(((year - 1) * 2048) + ((month - 1) * 64) + day - 1, DateKey.SparseDay(date));
    }

    [Fact]
    public void SparseDayAndSortable_OrderAcrossYearZeroToYearOne()
    {
        var last = new LocalDate(0, 12, 31);
        var first = new LocalDate(1, 1, 1);
        Assert.True(DateKey.SparseDay(last) < DateKey.SparseDay(first));
        Assert.True(DateKey.Sortable(last) < DateKey.Sortable(first));
        Assert.Equal(2048 - (11 * 64) - 30, DateKey.SparseDay(first) - DateKey.SparseDay(last));   // the sparse gap of a year end
    }

    [Fact]
    public void RequireIsoColumn_TwoNonIsoRows_Throws()
    {
        // Two rows of the same non-ISO calendar: their calendar bits are equal, so a fold that could cancel them must not.
        LocalDate julian = new LocalDate(2024, 2, 4).WithCalendar(CalendarSystem.Julian);
        LocalDate[] dates = [new(2024, 1, 1), julian, julian];
        var ex = Assert.Throws<ArgumentException>(() => DateKey.RequireIsoColumn(dates, "dates"));
        Assert.Equal("dates", ex.ParamName);
        Assert.Contains("dates[1] must be in the ISO calendar", ex.Message, StringComparison.Ordinal);
    }
}
