using System;
using System.Linq;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Golden values. A value with a source in its comment or name is that source's worked example, as the catalog
/// (docs/catalog/METRICS.md) quotes it: 000-004 are the catalog's Chinese CRM guides. Every other value is a hand calculation:
/// inputs chosen for the test and the result worked out by hand from the catalog's formula (the comment shows the arithmetic).
/// </summary>
public partial class SatisfactionTests
{
    private static byte[] Answers(int promoters, int passives, int detractors) =>
        [.. Enumerable.Repeat((byte)10, promoters), .. Enumerable.Repeat((byte)8, passives), .. Enumerable.Repeat((byte)3, detractors)];

    [Fact]
    public void Nps_Source002Example_Returns60()
    {
        // 002: 70% promoters, 10% detractors -> 70 - 10 = 60.
        Assert.Equal(60, CrmKpi.Satisfaction.Nps(70, 20, 10).Score, 12);
        Assert.Equal(60, CrmKpi.Satisfaction.Nps(Answers(70, 20, 10)).Score, 12);
        Assert.Equal(60, CrmKpi.Satisfaction.Nps(Answers(70, 20, 10).Select(a => (int)a).ToArray()).Score, 12);
    }

    [Fact]
    public void Nps_StandardErrorAndInterval_MatchHandCalculation()
    {
        // Hand calculation: p = 0.7, d = 0.1, v = (p + d) - (p - d)^2 = 0.8 - 0.36 = 0.44,
        // SE = 100 sqrt(0.44 / 100) = 6.6332496, z(0.975) = 1.959964, margin = 13.000930.
        NpsResult nps = CrmKpi.Satisfaction.Nps(Answers(70, 20, 10));
        Assert.Equal(6.6332495807, nps.StandardError, 9);
        (double lower, double upper) = nps.ConfidenceInterval(0.95);
        Assert.Equal(60 - 13.000930, lower, 5);
        Assert.Equal(60 + 13.000930, upper, 5);
    }

    [Fact]
    public void Nps_ByteScaleEdges_ClassifyEachAnswer()
    {
        NpsResult nps = CrmKpi.Satisfaction.Nps(new byte[] { 0, 6, 7, 8, 9, 10 });
        Assert.Equal((2L, 2L, 2L), (nps.Promoters, nps.Passives, nps.Detractors));
        Assert.Equal(0, nps.Score);
    }

    [Fact]
    public void Nps_NoAnswers_ReturnsNaN()
    {
        NpsResult nps = CrmKpi.Satisfaction.Nps(ReadOnlySpan<byte>.Empty);
        Assert.True(double.IsNaN(nps.Score));
        Assert.True(double.IsNaN(nps.StandardError));
    }

    [Fact]
    public void Csat_MeanAndTopBox_MatchHandCalculation()
    {
        Assert.Equal(4.2, CrmKpi.Satisfaction.Csat([5, 4, 4, 3, 5], 1, 5), 12);
        Assert.Equal(0.6, CrmKpi.Satisfaction.CsatTopBox([5, 4, 4, 3, 1], 1, 5, 2), 12);
        Assert.Equal(0.75, CrmKpi.Satisfaction.CsatTopBox(45, 60));
    }

    [Fact]
    public void Ces_Example_Returns3() => Assert.Equal(3, CrmKpi.Satisfaction.Ces([2, 3, 1, 6], 1, 7));

    [Fact]
    public void SatisfactionIndex_FourDimensions_Returns412() =>
        Assert.Equal(4.12, CrmKpi.Satisfaction.SatisfactionIndex([4.5, 4.0, 3.5, 4.2], [0.4, 0.3, 0.2, 0.1]), 12);

    [Fact]
    public void ComplaintRate_Source002Example_Returns005()
    {
        Assert.Equal(0.05, CrmKpi.Satisfaction.ComplaintRate(50, 1_000));   // 002: 50 / 1,000 = 5%
        LocalDate[] dates = [new(2024, 1, 5), new(2024, 2, 10), new(2023, 12, 31)];
        Assert.Equal(0.025, CrmKpi.Satisfaction.ComplaintRate(dates, new DateInterval(new(2024, 1, 1), new(2024, 1, 31)), 40));
    }

    [Fact]
    public void FeedbackRates_Examples_MatchHandCalculation()
    {
        Assert.Equal(3, CrmKpi.Satisfaction.ValidComplaints([true, false, true, true]));
        Assert.Equal(0.75, CrmKpi.Satisfaction.DissatisfactionResolutionRate(45, 60));
        Assert.Equal(0.75, CrmKpi.Satisfaction.DissatisfactionResolutionRate([true, true, false, true]));
        Assert.Equal(0.15, CrmKpi.Satisfaction.ReferralRate(30, 200));
        Assert.Equal(0.25, CrmKpi.Satisfaction.ReferralRate([false, true, false, false]));
        Assert.Equal(4, CrmKpi.Satisfaction.InteractionFrequency(1_200, 100, 3));
    }

    [Fact]
    public void InteractionFrequency_Log_WritesPerCustomerAndReturnsMean()
    {
        double[] perCustomer = new double[2];
        Assert.Equal(1, CrmKpi.Satisfaction.InteractionFrequency([0, 1, 0, 0], 2, 2, perCustomer));
        Assert.Equal([1.5, 0.5], perCustomer);
    }

    [Fact]
    public void ServiceTimes_TicketExamples_MatchHandCalculation()
    {
        var tickets = new TicketColumns([60, double.NaN, 240], [3_600, double.NaN, 10_800], [1, 5, 3]);
        Assert.Equal(150, CrmKpi.Satisfaction.AverageWaitToReply(tickets));
        Assert.Equal(7_200, CrmKpi.Satisfaction.AverageResolutionTime(tickets));
        Assert.Equal(2, CrmKpi.Satisfaction.AverageContactsToResolve(tickets));
        Assert.Equal(1.5, CrmKpi.Satisfaction.AverageAgentsToResolve(tickets, [1, 4, 2]));
        Assert.Equal(180, CrmKpi.Satisfaction.AverageWaitToReply(Duration.FromSeconds(7_200), 40));
        Assert.Equal(7_200, CrmKpi.Satisfaction.AverageResolutionTime(Duration.FromSeconds(86_400), 12));
        Assert.Equal(1.5, CrmKpi.Satisfaction.AverageContactsToResolve(150, 100));
    }

    [Fact]
    public void AverageResolutionTimeByType_TwoTypes_AveragesEach()
    {
        var tickets = new TicketColumns([1, 1, 1, 1], [100, 50, 300, double.NaN], [1, 1, 1, 1]);
        double[] byType = new double[3];
        CrmKpi.Satisfaction.AverageResolutionTimeByType(tickets, [0, 1, 0, 1], byType);
        Assert.Equal(200, byType[0]);
        Assert.Equal(50, byType[1]);
        Assert.True(double.IsNaN(byType[2]));
    }

    [Fact]
    public void DistinctAgentsPerTicket_ContactLog_CountsDistinct()
    {
        int[] agents = new int[2];
        CrmKpi.Satisfaction.DistinctAgentsPerTicket([0, 0, 0, 1], [7, 7, 9, 7], agents);
        Assert.Equal([2, 1], agents);
    }

    [Fact]
    public void ElapsedSeconds_Timestamps_GivesSecondsAndNaNForPending()
    {
        Instant opened = Instant.FromUtc(2024, 3, 1, 9, 0, 0);
        double[] seconds = new double[2];
        CrmKpi.Satisfaction.ElapsedSeconds([opened, opened], [opened.Plus(Duration.FromSeconds(210)), Instant.MaxValue], seconds);
        Assert.Equal(210, seconds[0]);
        Assert.True(double.IsNaN(seconds[1]));
    }
}
