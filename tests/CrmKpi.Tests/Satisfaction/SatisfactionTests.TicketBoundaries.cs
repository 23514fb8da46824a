using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): the ticket columns at their boundaries (a zero duration, a reply at the same
/// instant, an enquiry type equal to the destination length) and a dirty destination. Hand calculations.
/// </summary>
public partial class SatisfactionTests
{
    [Fact]
    public void ElapsedSeconds_SameInstant_IsZero_EarlierTo_ThrowsNamingRow()
    {
        Instant t = Instant.FromUtc(2024, 3, 1, 9, 0);
        double[] destination = [9, 9];
        Satisfaction.ElapsedSeconds([t, t], [t, t.Plus(Duration.FromSeconds(90))], destination);
        Assert.Equal([0.0, 90.0], destination);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Satisfaction.ElapsedSeconds([t, t], [t, t.Minus(Duration.FromSeconds(1))], new double[2]));
        Assert.Equal("to", e.ParamName);
        Assert.Contains("to[1] must not be before from", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AverageResolutionTime_ZeroDurationCounts_NegativeThrowsWithRule()
    {
        // Resolutions of 0 s and 10 s: mean 5 s.
        Assert.Equal(5.0, Satisfaction.AverageResolutionTime(new TicketColumns([0, 0], [0, 10], [1, 1])));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.AverageResolutionTime(new TicketColumns([0, 0], [10, -1], [1, 1])));
        Assert.Equal("resolutionSeconds", e.ParamName);
        Assert.Contains("resolutionSeconds[1] must be finite and not negative", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.AverageContactsToResolve(new TicketColumns([0, 0], [10, 20], [1, -2])));
        Assert.Equal("contacts", e.ParamName);
        Assert.Contains("contacts[1] must not be negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AverageResolutionTimeByType_DirtyDestination_TypeEqualToLength_LengthMismatch()
    {
        // Type 0: 10 s and 30 s (mean 20), type 1: 20 s (mean 20); the destination starts at 9 and is overwritten.
        double[] destination = [9, 9];
        Satisfaction.AverageResolutionTimeByType(new TicketColumns([1, 1, 1], [10, 20, 30], [1, 1, 1]), [0, 1, 0], destination);
        Assert.Equal([20.0, 20.0], destination);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Satisfaction.AverageResolutionTimeByType(new TicketColumns([1, 1], [10, 20], [1, 1]), [0, 2], new double[2]));
        Assert.Equal("enquiryTypes", e.ParamName);
        Assert.Contains("enquiryTypes[1]", e.Message, StringComparison.Ordinal);
        Assert.Equal("enquiryTypes", Assert.ThrowsAny<ArgumentException>(() =>
            Satisfaction.AverageResolutionTimeByType(new TicketColumns([1, 1], [10, 20], [1, 1]), [0], new double[2])).ParamName);
    }
}
