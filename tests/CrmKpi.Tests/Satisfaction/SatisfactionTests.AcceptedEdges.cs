using System;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): values on the edge of what each Satisfaction input check allows are accepted and
/// counted: a ticket handled by no agent, every scale point as a top box, the 0-10 class limits in the int form of NPS,
/// and the three shares of an NPS result. Hand calculations.
/// </summary>
public partial class SatisfactionTests
{
    [Fact]
    public void AverageAgentsToResolve_ZeroAgentsOnAResolvedTicket_CountsAsZero()
    {
        // Resolved tickets with 0 and 2 agents (closed without a contact, and handled twice): (0 + 2) / 2 = 1.
        Assert.Equal(1.0, Satisfaction.AverageAgentsToResolve(new TicketColumns([1, 1], [10, 20], [0, 2]), [0, 2]));
    }

    [Fact]
    public void CsatTopBox_EveryScalePointABox_AcceptedAndCountsAll()
    {
        // On 1-5, 5 top boxes are every answer (1 of 1); 4 top boxes are answers 2-5: 3 and 5 of 1, 3, 5 (2 of 3).
        Assert.Equal(1.0, Satisfaction.CsatTopBox([1, 3, 5], 1, 5, 5));
        Assert.Equal(2.0 / 3.0, Satisfaction.CsatTopBox([1, 3, 5], 1, 5, 4));
        // A two-point scale 0-1 has 2 boxes.
        Assert.Equal(1.0, Satisfaction.CsatTopBox([0, 1], 0, 1, 2));
    }

    [Fact]
    public void Nps_IntScaleEdges_ClassifyEachAnswer()
    {
        // 0 and 6 are detractors, 7 and 8 passives, 9 and 10 promoters: 2 / 2 / 2, score 0.
        NpsResult nps = Satisfaction.Nps(new[] { 0, 6, 7, 8, 9, 10 });
        Assert.Equal((2L, 2L, 2L), (nps.Promoters, nps.Passives, nps.Detractors));
        Assert.Equal(0, nps.Score);
    }

    [Fact]
    public void NpsResult_Shares_AreCountsOverAnswers()
    {
        // Source 002's 70 / 20 / 10 answers: shares 0.7, 0.2 and 0.1 of 100.
        NpsResult nps = Satisfaction.Nps(70, 20, 10);
        Assert.Equal(0.7, nps.PromoterShare);
        Assert.Equal(0.2, nps.PassiveShare);
        Assert.Equal(0.1, nps.DetractorShare);
    }
}
