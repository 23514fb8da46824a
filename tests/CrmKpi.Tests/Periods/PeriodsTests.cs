using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public partial class PeriodsTests
{
    private static DateInterval W(int y1, int m1, int d1, int y2, int m2, int d2) => new(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2));

    [Fact]
    public void Months_RangeNotOnBoundaries_ClipsFirstAndLast() =>
        Assert.Equal(
            [W(2024, 1, 15, 2024, 1, 31), W(2024, 2, 1, 2024, 2, 29), W(2024, 3, 1, 2024, 3, 10)],
            Periods.Months(W(2024, 1, 15, 2024, 3, 10)));

    [Fact]
    public void IsoWeeks_AcrossYearEnd_MondayToSunday() =>
        // 2024-12-30 is a Monday; ISO week 1 of 2025 runs 2024-12-30 .. 2025-01-05.
        Assert.Equal(
            [W(2024, 12, 25, 2024, 12, 29), W(2024, 12, 30, 2025, 1, 5), W(2025, 1, 6, 2025, 1, 7)],
            Periods.IsoWeeks(W(2024, 12, 25, 2025, 1, 7)));

    [Fact]
    public void Quarters_AndYears_AlignToCalendar()
    {
        Assert.Equal([W(2023, 11, 1, 2023, 12, 31), W(2024, 1, 1, 2024, 3, 31), W(2024, 4, 1, 2024, 4, 30)], Periods.Quarters(W(2023, 11, 1, 2024, 4, 30)));
        Assert.Equal([W(2023, 6, 1, 2023, 12, 31), W(2024, 1, 1, 2024, 2, 29)], Periods.Years(W(2023, 6, 1, 2024, 2, 29)));
    }

    [Fact]
    public void FiscalYears_AprilStart_SplitsAtApril() =>
        Assert.Equal(
            [W(2023, 1, 1, 2023, 3, 31), W(2023, 4, 1, 2024, 3, 31), W(2024, 4, 1, 2024, 12, 31)],
            Periods.FiscalYears(W(2023, 1, 1, 2024, 12, 31), 4));

    [Theory]
    [InlineData(PeriodUnit.IsoWeek, 2024, 2, 26, 2024, 3, 3)]
    [InlineData(PeriodUnit.Month, 2024, 2, 1, 2024, 2, 29)]
    [InlineData(PeriodUnit.Quarter, 2024, 1, 1, 2024, 3, 31)]
    [InlineData(PeriodUnit.Year, 2024, 1, 1, 2024, 12, 31)]
    public void Containing_LeapDay_ReturnsWholePeriod(PeriodUnit unit, int y1, int m1, int d1, int y2, int m2, int d2) =>
        Assert.Equal(W(y1, m1, d1, y2, m2, d2), Periods.Containing(new LocalDate(2024, 2, 29), unit));

    [Fact]
    public void FiscalYearContaining_LeapDayWithAprilStart_ReturnsPreviousApril() =>
        Assert.Equal(W(2023, 4, 1, 2024, 3, 31), Periods.FiscalYearContaining(new LocalDate(2024, 2, 29), 4));

    [Fact]
    public void Previous_WholeMonths_ShiftsByMonths()
    {
        Assert.Equal(W(2024, 2, 1, 2024, 2, 29), Periods.Previous(W(2024, 3, 1, 2024, 3, 31)));   // month after a leap February
        Assert.Equal(W(2024, 1, 1, 2024, 3, 31), Periods.Previous(W(2024, 4, 1, 2024, 6, 30)));   // Q2 -> Q1 (91 days, Q2 has 91 too)
        Assert.Equal(W(2023, 1, 1, 2023, 12, 31), Periods.Previous(W(2024, 1, 1, 2024, 12, 31)));  // 2024 has 366 days, 2023 has 365
    }

    [Fact]
    public void Previous_OtherWindows_ShiftsBySameNumberOfDays()
    {
        Assert.Equal(W(2024, 2, 19, 2024, 2, 25), Periods.Previous(W(2024, 2, 26, 2024, 3, 3)));   // an ISO week
        Assert.Equal(W(2024, 3, 1, 2024, 3, 30), Periods.Previous(W(2024, 3, 31, 2024, 4, 29)));   // 30 days
    }

    [Fact]
    public void SameLastYear_LeapDays_FollowDocumentedRules()
    {
        Assert.Equal(W(2024, 2, 1, 2024, 2, 29), Periods.SameLastYear(W(2025, 2, 1, 2025, 2, 28)));   // whole month: February 2024 has 29 days
        Assert.Equal(W(2023, 2, 1, 2023, 2, 28), Periods.SameLastYear(W(2024, 2, 1, 2024, 2, 29)));
        Assert.Equal(W(2023, 2, 28, 2023, 3, 6), Periods.SameLastYear(W(2024, 2, 29, 2024, 3, 6)));    // 29 February -> 28 February
    }

    [Fact]
    public void ToDateAndTrailing_AsOfDates()
    {
        Assert.Equal(W(2024, 1, 1, 2024, 2, 29), Periods.ToDate(new LocalDate(2024, 2, 29), PeriodUnit.Year));
        Assert.Equal(W(2024, 2, 1, 2024, 2, 29), Periods.ToDate(new LocalDate(2024, 2, 29), PeriodUnit.Month));
        Assert.Equal(W(2023, 7, 1, 2024, 6, 30), Periods.Trailing(new LocalDate(2024, 6, 30), Period.FromMonths(12)));
        Assert.Equal(W(2024, 3, 1, 2024, 3, 31), Periods.Trailing(new LocalDate(2024, 3, 31), Period.FromMonths(1)));   // 31 March - 1 month = 29 Feb, + 1 day
        Assert.Equal(W(2024, 4, 2, 2024, 6, 30), Periods.Trailing(new LocalDate(2024, 6, 30), Period.FromDays(90)));
    }

    [Fact]
    public void Trailing_ZeroLength_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Trailing(new LocalDate(2024, 6, 30), Period.Zero));
        Assert.Equal("length", e.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void FiscalYears_StartMonthOutOfRange_Throws(int startMonth)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Periods.FiscalYears(W(2024, 1, 1, 2024, 12, 31), startMonth));
        Assert.Equal("startMonth", e.ParamName);
        Assert.Equal((long)startMonth, e.ActualValue);
    }

    [Fact]
    public void Split_UndefinedUnit_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Split(W(2024, 1, 1, 2024, 12, 31), (PeriodUnit)8));
        Assert.Equal("unit", e.ParamName);
    }

    private static Gen<DateInterval> Range =>
        from a in Gen.Choose(0, 2_000)
        from n in Gen.Choose(0, 1_500)
        select new DateInterval(new LocalDate(2022, 1, 1).PlusDays(a), new LocalDate(2022, 1, 1).PlusDays(a + n));

    // Split partitions the range: consecutive, no gaps, each piece inside one whole period of the unit.
    [Property]
    public Property Split_AnyRangeAndUnit_PartitionsIntoPeriods() =>
        Prop.ForAll(Range.ToArbitrary(), Gen.Elements(Enum.GetValues<PeriodUnit>()).ToArbitrary(), (range, unit) =>
        {
            DateInterval[] parts = Periods.Split(range, unit);
            bool consecutive = parts.Zip(parts.Skip(1)).All(p => p.First.End.PlusDays(1) == p.Second.Start);
            bool aligned = parts.All(p => Periods.Containing(p.Start, unit).Contains(p.End))
                && parts.Skip(1).All(p => Periods.Containing(p.Start, unit).Start == p.Start)
                && parts.SkipLast(1).All(p => Periods.Containing(p.End, unit).End == p.End);
            return parts[0].Start == range.Start && parts[^1].End == range.End && consecutive && aligned
                && parts.Sum(p => p.Length) == range.Length;
        });

    [Property]
    public Property FiscalYears_AnyStartMonth_PartitionsIntoFiscalYears() =>
        Prop.ForAll(Range.ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), (range, month) =>
        {
            DateInterval[] parts = Periods.FiscalYears(range, month);
            return parts[0].Start == range.Start && parts[^1].End == range.End
                && parts.Zip(parts.Skip(1)).All(p => p.First.End.PlusDays(1) == p.Second.Start && p.Second.Start.Month == month && p.Second.Start.Day == 1)
                && parts.All(p => Periods.FiscalYearContaining(p.Start, month).Contains(p.End));
        });

    // Previous of a whole period is the whole period before it; SameLastYear of a whole month is that month a year earlier.
    [Property]
    public Property PreviousAndSameLastYear_WholePeriods_AreWholePeriods() =>
        Prop.ForAll(TransactionGens.Date.ToArbitrary(), Gen.Elements(Enum.GetValues<PeriodUnit>()).ToArbitrary(), (date, unit) =>
        {
            DateInterval period = Periods.Containing(date, unit);
            DateInterval previous = Periods.Previous(period);
            DateInterval lastYear = Periods.SameLastYear(Periods.Containing(date, PeriodUnit.Month));
            return previous == Periods.Containing(period.Start.PlusDays(-1), unit)
                && lastYear == Periods.Containing(date.PlusYears(-1), PeriodUnit.Month);
        });
}
