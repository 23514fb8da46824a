using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): <see cref="TransactionLog.DateRange"/> requires ISO dates (its exception clause). The log's
/// constructor does not scan the dates, so a log wrapping a non-ISO column is built, and <c>DateRange</c> must reject it,
/// naming <c>dates</c> and the first non-ISO row. Two non-ISO rows of one calendar are included on purpose: a check that
/// folded the rows' calendars with XOR instead of OR would see them cancel.
/// </summary>
public partial class LogsTests
{
    [Theory]
    [InlineData("one Julian row")]
    [InlineData("two Julian rows")]
    [InlineData("a Julian row first")]
    public void DateRange_NonIsoDate_ThrowsNamingTheFirstNonIsoRow(string which)
    {
        LocalDate iso = new(2024, 3, 1);
        LocalDate julian = new(2024, 1, 10, CalendarSystem.Julian);
        (LocalDate[] dates, int row) = which switch
        {
            "one Julian row" => (new[] { iso, julian, iso }, 1),
            "two Julian rows" => (new[] { iso, julian, julian.PlusDays(3) }, 1),
            _ => (new[] { julian, iso }, 0),
        };
        var log = new TransactionLog(new int[dates.Length], dates, new double[dates.Length], null, dates.Length, SingleCustomer());

        var e = Assert.Throws<ArgumentException>(() => log.DateRange());
        Assert.Equal("dates", e.ParamName);
        Assert.Contains($"dates[{row}] must be in the ISO calendar", e.Message, StringComparison.Ordinal);
    }

    // The same rows in ISO: the earliest and the latest, wherever they stand (a tie at the minimum and at the maximum).
    [Fact]
    public void DateRange_IsoDates_FirstAndLastWhereverTheyStand()
    {
        LocalDate[] dates = [new(2024, 5, 2), new(2023, 11, 30), new(2024, 5, 2), new(2023, 11, 30), new(2024, 1, 1)];
        var log = new TransactionLog(new int[dates.Length], dates, new double[dates.Length], null, dates.Length, SingleCustomer());
        Assert.Equal(new DateInterval(new LocalDate(2023, 11, 30), new LocalDate(2024, 5, 2)), log.DateRange());
    }

    private static CustomerKeys SingleCustomer()
    {
        var keys = new CustomerKeys();
        keys.GetOrAdd("only");
        return keys;
    }
}
