using System;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): the staffing searches at their edges. No traffic needs nobody; a target met exactly by
/// one count stops the search there (and a target one double above it moves it on); the search's first estimate is the
/// answer itself where the lower bound <c>B(n) &gt;= 1 - n / A</c> is tight; a fully loaded queue (A = n) makes every call
/// wait. Expected values are hand calculations (shown) or the textbook closed form computed independently in log space.
/// </summary>
public partial class StaffingTests
{
    [Fact]
    public void Searches_NoTraffic_NeedNobody()
    {
        Assert.Equal(0, Staffing.ErlangBServersRequired(0, 0.01));
        Assert.Equal(0, Staffing.ErlangCAgentsRequired(0, Sec(180), Sec(20), 0.8));
        Assert.Equal(0, Staffing.ErlangCAgentsRequiredForAsa(0, Sec(180), Sec(20)));
    }

    [Fact]
    public void ErlangBServersRequired_BlockingExactlyAtTheTarget_StopsThere()
    {
        // One Erlang on one line: B(1, 1) = A / (1 + A) = 1/2 exactly, so a 50% target needs one line (the bound A (1 - target)
        // is 0.5 here, so one line is also the least the search may start from); just under 50% needs two: B(2, 1) = 1/5.
        Assert.Equal(1, Staffing.ErlangBServersRequired(1, 0.5));
        Assert.Equal(2, Staffing.ErlangBServersRequired(1, Math.BitDecrement(0.5)));
        Assert.Equal(2, Staffing.ErlangBServersRequired(1, 0.2));
        Assert.Equal(3, Staffing.ErlangBServersRequired(1, Math.BitDecrement(0.2)));
    }

    [Fact]
    public void ErlangCAgentsRequired_ServiceLevelExactlyAtTheTarget_StopsThere()
    {
        // The documented contract: the smallest n with SL(n) >= target. With the target set to SL(14) itself (0.8884 for
        // 10 Erlangs, AHT 180 s, 20 s; 13 agents give 0.7956), 14 agents meet it exactly; one double more needs 15.
        double atFourteen = Staffing.ErlangCServiceLevel(10, 14, Sec(180), Sec(20));
        Assert.Equal(0.8884, atFourteen, 4);
        Assert.Equal(14, Staffing.ErlangCAgentsRequired(10, Sec(180), Sec(20), atFourteen));
        Assert.Equal(15, Staffing.ErlangCAgentsRequired(10, Sec(180), Sec(20), Math.BitIncrement(atFourteen)));
    }

    [Fact]
    public void ErlangCAgentsRequiredForAsa_AsaExactlyAtTheTarget_StopsThere()
    {
        // M/M/1 by hand: with one agent the probability of waiting is rho = A, and ASA = rho / (1 - rho) x AHT. A = 0.75,
        // AHT 1 s: 0.75 / 0.25 = 3 s exactly (3 in doubles too: B(1) = 0.75 / 1.75, C = B / (1 - 0.75 (1 - B)) = 0.75).
        Assert.Equal(3.0, Staffing.ErlangCAverageSpeedOfAnswer(0.75, 1, Sec(1)));
        Assert.Equal(1, Staffing.ErlangCAgentsRequiredForAsa(0.75, Sec(1), Sec(3)));
        Assert.Equal(2, Staffing.ErlangCAgentsRequiredForAsa(0.75, Sec(1), NodaTime.Duration.FromSeconds(3) - NodaTime.Duration.Epsilon));
    }

    [Theory]
    [InlineData(10.0, 180.0, 5.0)]
    [InlineData(50.0, 300.0, 10.0)]
    [InlineData(100.0, 240.0, 15.0)]
    [InlineData(2.5, 120.0, 60.0)]
    [InlineData(200.0, 180.0, 2.0)]
    [InlineData(30.3, 200.0, 1.0)]
    [InlineData(7.0, 600.0, 0.5)]
    public void ErlangCAgentsRequiredForAsa_IsTheSmallestMeetingTheTarget_ByTheClosedForm(double a, double aht, double target)
    {
        // Independent: ASA(n) = C(n, A) AHT / (n - A) with C from the textbook closed form in log space, scanned from the
        // fewest stable agents up.
        int expected = (int)Math.Floor(a) + 1;
        while (ClosedFormErlangC(a, expected) * aht / (expected - a) > target)
        {
            expected++;
        }

        Assert.Equal(expected, Staffing.ErlangCAgentsRequiredForAsa(a, Sec(aht), Sec(target)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(13)]
    [InlineData(25)]
    public void ErlangC_TrafficEqualToAgents_EveryCallWaits(int agents)
    {
        // A = n: the queue has no steady state, every call waits; exactly 1 (the formula n B / (n - A (1 - B)) is 1 too in exact
        // arithmetic, but not in doubles: it gives 0.9999999999999998 for n = 3).
        Assert.Equal(1.0, Staffing.ErlangC(agents, agents));
        Assert.Equal(0.0, Staffing.ErlangCServiceLevel(agents, agents, Sec(180), Sec(20)));
        Assert.Equal(double.PositiveInfinity, Staffing.ErlangCAverageSpeedOfAnswer(agents, agents, Sec(180)));
    }

    [Fact]
    public void ErlangCAgentsRequired_FewestStableAgentsIsIntMaxValue_ReturnsIt()
    {
        // A = 2^31 - 1.5: the fewest agents for a stable queue are floor(A) + 1 = int.MaxValue. With a threshold of 1e6 handle
        // times, SL = 1 - C exp(-(n - A) 1e6) = 1 - C e^-500000 = 1 in doubles, so int.MaxValue agents meet any target.
        Assert.Equal(int.MaxValue, Staffing.ErlangCAgentsRequired(2_147_483_646.5, Sec(1), Sec(1e6), 0.8));
    }
}
