using System;
using CrmKpi.Internal;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public class DateKeyTests
{
    // The packed layout the fast path relies on must hold for the NodaTime version in use; if this
    // fails, the library is still correct (it falls back) but slow, so the fast path needs a look.
    [Fact]
    public void LayoutVerified_ForReferencedNodaTime_IsTrue() => Assert.True(DateKey.LayoutVerified);

    private static Gen<LocalDate> AnyDate => Gen.Choose(0, 3_652_058).Select(d => new LocalDate(1, 1, 1).PlusDays(d));   // 0001-01-01 .. 9999-12-31

    [Property]
    public Property Sortable_OrdersLikeLocalDate() =>
        Prop.ForAll(AnyDate.ToArbitrary(), AnyDate.ToArbitrary(), (a, b) =>
            Math.Sign(DateKey.Sortable(a).CompareTo(DateKey.Sortable(b))) == Math.Sign(a.CompareTo(b)));

    [Property]
    public Property CalendarBits_IsoDates_AreZero() =>
        Prop.ForAll(AnyDate.ToArbitrary(), d => DateKey.CalendarBits(d) == 0 && (DateKey.Sortable(d) & DateKey.CalendarMask) == 0);

    // The fallbacks used if a NodaTime version changes its layout: same order, same keys.
    [Property]
    public Property Fallbacks_OrderLikeLocalDateAndMatchFastKeys() =>
        Prop.ForAll(AnyDate.ToArbitrary(), AnyDate.ToArbitrary(), (a, b) =>
            Math.Sign(DateKey.SortableFromPublicApi(a).CompareTo(DateKey.SortableFromPublicApi(b))) == Math.Sign(a.CompareTo(b))
            && (DateKey.SortableFromPublicApi(a) & DateKey.CalendarMask) == 0
            && DateKey.SparseDayFromPublicApi(a) == DateKey.SparseDay(a));

    [Fact]
    public void SortableFromPublicApi_NonIsoDate_HasCalendarBits() =>
        Assert.NotEqual(0, DateKey.SortableFromPublicApi(new LocalDate(2024, 2, 4).WithCalendar(CalendarSystem.Julian)) & DateKey.CalendarMask);

    [Property]
    public Property SparseDay_MatchesPublicPropertiesAndOrdersLikeLocalDate() =>
        Prop.ForAll(AnyDate.ToArbitrary(), AnyDate.ToArbitrary(), (a, b) =>
            DateKey.SparseDay(a) == ((a.Year - 1) * 2048) + ((a.Month - 1) * 64) + a.Day - 1
            && Math.Sign(DateKey.SparseDay(a).CompareTo(DateKey.SparseDay(b))) == Math.Sign(a.CompareTo(b)));

    [Property]
    public Property DayNumber_DifferenceIsDaysBetween() =>
        Prop.ForAll(AnyDate.ToArbitrary(), AnyDate.ToArbitrary(), (a, b) =>
            DateKey.DayNumber(b) - DateKey.DayNumber(a) == Period.DaysBetween(a, b));

    [Fact]
    public void Arpu_NonIsoDateInColumn_ThrowsNamingRow()
    {
        LocalDate[] dates = [new(2024, 2, 3), new LocalDate(2024, 2, 4).WithCalendar(CalendarSystem.Julian)];
        var e = Assert.Throws<ArgumentException>(() => Acquisition.Arpu(new TransactionColumns([0, 0], dates, [1.0, 2.0], 1), SmallLog.February));
        Assert.Equal("dates", e.ParamName);
        Assert.Contains("dates[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerActivity_NonIsoWindow_ThrowsNamingWindow()
    {
        var julian = new DateInterval(new LocalDate(2024, 1, 1, CalendarSystem.Julian), new LocalDate(2024, 2, 1, CalendarSystem.Julian));
        var e = Assert.Throws<ArgumentException>(() => CustomerActivity.Compute(SmallLog.Columns, julian));
        Assert.Equal("window", e.ParamName);
    }
}
