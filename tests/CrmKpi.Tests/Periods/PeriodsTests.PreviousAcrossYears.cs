using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): the previous window of whole months that cross a year end. The months are counted across
/// the years (December and January are two months, not one), so the previous window is the same number of whole months
/// before. Hand calculations from the calendar.
/// </summary>
public partial class PeriodsTests
{
    [Fact]
    public void Previous_WholeMonthsAcrossAYearEnd_ShiftsBySameNumberOfMonths()
    {
        // December 2023 + January 2024 (2 months) -> October + November 2023.
        Assert.Equal(W(2023, 10, 1, 2023, 11, 30), Periods.Previous(W(2023, 12, 1, 2024, 1, 31)));

        // February 2023 .. February 2024 (13 months, the second February a leap one) -> January 2022 .. January 2023.
        Assert.Equal(W(2022, 1, 1, 2023, 1, 31), Periods.Previous(W(2023, 2, 1, 2024, 2, 29)));

        // Q4 2023 + Q1 2024 (6 months) -> Q2 + Q3 2023.
        Assert.Equal(W(2023, 4, 1, 2023, 9, 30), Periods.Previous(W(2023, 10, 1, 2024, 3, 31)));
    }

    [Fact]
    public void IsWholeMonths_StartsOnAFirstAndEndsOnAMonthsLastDay()
    {
        Assert.True(Periods.IsWholeMonths(W(2023, 12, 1, 2024, 2, 29)));
        Assert.False(Periods.IsWholeMonths(W(2023, 12, 1, 2024, 2, 28)));   // 2024 is a leap year: 28 February is not the end
        Assert.False(Periods.IsWholeMonths(W(2023, 12, 2, 2024, 2, 29)));
    }
}
