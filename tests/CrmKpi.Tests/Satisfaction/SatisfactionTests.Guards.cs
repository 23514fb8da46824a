using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): each input check of the Satisfaction family rejects its bad value naming the
/// parameter (checked one at a time, with every other argument valid, so no later check can stand in for it), and
/// the complaint window is inclusive at both ends. Expected values are hand counts of the rows written in each test.
/// </summary>
public partial class SatisfactionTests
{
    private static string ParamOf(Action call) => Assert.ThrowsAny<ArgumentException>(call).ParamName!;

    [Fact]
    public void ScalarForms_NegativeInputs_ThrowNamingThem()
    {
        Assert.Equal("contacts", ParamOf(() => Satisfaction.AverageContactsToResolve(-1, 5)));
        Assert.Equal("resolvedIssues", ParamOf(() => Satisfaction.AverageContactsToResolve(5, -1)));
        Assert.Equal("totalResolution", ParamOf(() => Satisfaction.AverageResolutionTime(Duration.FromSeconds(-1), 3)));
        Assert.Equal("resolvedTickets", ParamOf(() => Satisfaction.AverageResolutionTime(Duration.FromHours(1), -1)));
        Assert.Equal("totalWait", ParamOf(() => Satisfaction.AverageWaitToReply(Duration.FromSeconds(-1), 3)));
        Assert.Equal("repliedTickets", ParamOf(() => Satisfaction.AverageWaitToReply(Duration.FromHours(1), -1)));
        Assert.Equal("complaints", ParamOf(() => Satisfaction.ComplaintRate(-1, 10)));
        Assert.Equal("customers", ParamOf(() => Satisfaction.ComplaintRate(1, -1)));
        Assert.Equal("interactions", ParamOf(() => Satisfaction.InteractionFrequency(-1, 1, 1)));
        Assert.Equal("customers", ParamOf(() => Satisfaction.InteractionFrequency(1, -1, 1)));
        Assert.Equal("periods", ParamOf(() => Satisfaction.InteractionFrequency(1, 1, 0)));
    }

    [Fact]
    public void Shares_NegativePartOrWhole_ThrowNamingIt()
    {
        // -1 of 5 passes the part <= whole check, so only the sign check can reject it.
        Assert.Equal("topBoxAnswers", ParamOf(() => Satisfaction.CsatTopBox(-1, 5)));
        // 0 of -1 also fails part <= whole, but that check names the part, not the whole.
        Assert.Equal("answers", ParamOf(() => Satisfaction.CsatTopBox(0, -1)));
    }

    [Fact]
    public void NpsResult_NegativeOrOverflowingCounts_ThrowNamingThem()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new NpsResult(-1, 0, 0));
        Assert.Equal("promoters", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new NpsResult(0, -1, 0));
        Assert.Equal("passives", e.ParamName);
        Assert.Contains("must not be negative", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new NpsResult(0, 0, -1));
        Assert.Equal("detractors", e.ParamName);
        Assert.Contains("must not be negative", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new NpsResult(long.MaxValue, 1, 0));
        Assert.Equal("passives", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new NpsResult(long.MaxValue - 1, 1, 1));
        Assert.Equal("detractors", e.ParamName);
    }

    [Fact]
    public void ComplaintRate_DatesOnBothEndsOfWindow_Count()
    {
        // 29 Feb and 1 Apr fall outside March, 1 and 31 March inside: 2 complaints over 4 customers = 0.5.
        LocalDate[] dates = [new(2024, 2, 29), new(2024, 3, 1), new(2024, 3, 31), new(2024, 4, 1)];
        var march = new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31));
        Assert.Equal(0.5, Satisfaction.ComplaintRate(dates, march, 4));
    }

    [Fact]
    public void ComplaintRate_Column_BadInputs_ThrowNamingThem()
    {
        var march = new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31));
        var julianMarch = new DateInterval(new LocalDate(2024, 3, 1, CalendarSystem.Julian), new LocalDate(2024, 3, 31, CalendarSystem.Julian));
        LocalDate julian = new LocalDate(2024, 3, 5).WithCalendar(CalendarSystem.Julian);
        Assert.Equal("window", Assert.Throws<ArgumentNullException>(() => Satisfaction.ComplaintRate([new LocalDate(2024, 3, 1)], null!, 4)).ParamName);
        Assert.Equal("window", ParamOf(() => Satisfaction.ComplaintRate([new LocalDate(2024, 3, 1)], julianMarch, 4)));
        Assert.Equal("complaintDates", ParamOf(() => Satisfaction.ComplaintRate([new LocalDate(2024, 3, 1), julian], march, 4)));
        Assert.Equal("customers", ParamOf(() => Satisfaction.ComplaintRate([new LocalDate(2024, 3, 1)], march, -1)));
    }

    [Fact]
    public void InteractionFrequency_Column_OverwritesDestinationAndChecksInputs()
    {
        // Customer 0 has 2 rows, customer 1 one, customer 2 none, over 2 periods: 1, 0.5, 0 per period; 3 rows /
        // 3 customers / 2 periods = 0.5 overall (hand count). The destination starts dirty and must be overwritten.
        double[] destination = [9, 9, 9];
        Assert.Equal(0.5, Satisfaction.InteractionFrequency([0, 0, 1], 3, 2, destination));
        Assert.Equal([1.0, 0.5, 0.0], destination);
        Assert.Equal("customerCount", ParamOf(() => Satisfaction.InteractionFrequency([0], -1, 1, new double[1])));
        Assert.Equal("periods", ParamOf(() => Satisfaction.InteractionFrequency([0], 1, 0, new double[1])));
        Assert.Equal("destination", ParamOf(() => Satisfaction.InteractionFrequency([0, 1], 2, 1, new double[1])));
    }

    [Fact]
    public void ElapsedSeconds_MismatchedOrShortColumns_ThrowNamingThem()
    {
        Instant t = Instant.FromUtc(2024, 3, 1, 9, 0);
        Assert.Equal("to", ParamOf(() => Satisfaction.ElapsedSeconds([t, t], [t], new double[2])));
        Assert.Equal("destination", ParamOf(() => Satisfaction.ElapsedSeconds([t, t], [t, t], new double[1])));
    }
}
