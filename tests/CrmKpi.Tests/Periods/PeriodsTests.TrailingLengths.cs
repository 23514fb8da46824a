using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): trailing windows of every date unit. The existing golden values use months and days only;
/// these use years and weeks (hand calculations), and a property checks any date-only length against NodaTime's own
/// subtraction (<c>asOf - length</c>, then one day forward), an algorithm independent of the library's bounded steps.
/// </summary>
public partial class PeriodsTests
{
    [Fact]
    public void Trailing_Years_GoBackWholeYears()
    {
        // 2024-06-30 - 1 year = 2023-06-30; + 1 day = 2023-07-01.
        Assert.Equal(W(2023, 7, 1, 2024, 6, 30), Periods.Trailing(new LocalDate(2024, 6, 30), Period.FromYears(1)));

        // 2024-02-29 - 4 years = 2020-02-29 (a leap day again); + 1 day = 2020-03-01.
        Assert.Equal(W(2020, 3, 1, 2024, 2, 29), Periods.Trailing(new LocalDate(2024, 2, 29), Period.FromYears(4)));
    }

    [Fact]
    public void Trailing_Weeks_GoBackSevenDaysEach()
    {
        // 2 weeks = 14 days: 2024-06-17 .. 2024-06-30.
        DateInterval twoWeeks = Periods.Trailing(new LocalDate(2024, 6, 30), Period.FromWeeks(2));
        Assert.Equal(W(2024, 6, 17, 2024, 6, 30), twoWeeks);
        Assert.Equal(14, twoWeeks.Length);
    }

    [Fact]
    public void Trailing_AllDateUnits_SubtractYearsMonthsWeeksDaysInTurn()
    {
        // 2024-06-30 - 1 year = 2023-06-30; - 2 months = 2023-04-30; - 1 week = 2023-04-23; - 3 days = 2023-04-20; + 1 day.
        Period length = new PeriodBuilder { Years = 1, Months = 2, Weeks = 1, Days = 3 }.Build();
        Assert.Equal(W(2023, 4, 21, 2024, 6, 30), Periods.Trailing(new LocalDate(2024, 6, 30), length));
    }

    [Property]
    public Property Trailing_AnyDateOnlyLength_EqualsNodaTimeSubtractionPlusOneDay() =>
        Prop.ForAll(
            (from asOf in Support.TransactionGens.Date
             from years in Gen.Choose(0, 3)
             from months in Gen.Choose(0, 15)
             from weeks in Gen.Choose(0, 10)
             from days in Gen.Choose(1, 40)
             select (asOf, Length: new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build())).ToArbitrary(),
            c => Periods.Trailing(c.asOf, c.Length) == new DateInterval(c.asOf.Minus(c.Length).PlusDays(1), c.asOf));
}
