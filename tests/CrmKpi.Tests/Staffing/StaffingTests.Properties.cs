using System;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

public partial class StaffingTests
{
    [Property]
    public Property ErlangC_AddingAgents_RaisesServiceLevelAndLowersAsa() =>
        Prop.ForAll(ServiceGens.Traffic.ToArbitrary(), Gen.Choose(1, 30).ToArbitrary(), (a, extra) =>
        {
            int n = (int)Math.Floor(a) + extra;
            double sl = CrmKpi.Staffing.ErlangCServiceLevel(a, n, Sec(180), Sec(20)), slMore = CrmKpi.Staffing.ErlangCServiceLevel(a, n + 1, Sec(180), Sec(20));
            double asa = CrmKpi.Staffing.ErlangCAverageSpeedOfAnswer(a, n, Sec(180)), asaMore = CrmKpi.Staffing.ErlangCAverageSpeedOfAnswer(a, n + 1, Sec(180));
            double c = CrmKpi.Staffing.ErlangC(a, n);
            return slMore >= sl && asaMore <= asa && c is >= 0 and <= 1 && sl is >= 0 and <= 1;
        });

    [Property]
    public Property ErlangB_Recursion_EqualsClosedFormWhereFinite() =>
        Prop.ForAll(Gen.Choose(1, 500).ToArbitrary(), Gen.Choose(0, 150).ToArbitrary(), (tenths, n) =>
        {
            // Closed form in plain doubles: A^k / k! stays finite for k <= 150 and A <= 50.
            double a = tenths / 10.0, term = 1, sum = 1;
            for (int k = 1; k <= n; k++)
            {
                term *= a / k;
                sum += term;
            }

            // Below the smallest normal double (2.2e-308; A = 0.1 with n near 120 gets there) results are subnormal and carry fewer
            // significant bits, so there the two may differ by a few subnormal steps (4.9e-324 each): compare absolutely, within 1e-320.
            double closed = term / sum, recursion = CrmKpi.Staffing.ErlangB(a, n);
            return closed < 2.2250738585072014E-308 ? Math.Abs(closed - recursion) <= 1e-320 : Approx.Close(closed, recursion, ServiceTolerances.ClosedFormRelative);
        });

    [Property]
    public Property ErlangCAgentsRequired_IsTheSmallestMeetingTheTarget() =>
        Prop.ForAll(ServiceGens.Traffic.ToArbitrary(), Gen.Choose(50, 95).ToArbitrary(), (a, percent) =>
        {
            double target = percent / 100.0;
            int n = CrmKpi.Staffing.ErlangCAgentsRequired(a, Sec(240), Sec(20), target);
            bool meets = CrmKpi.Staffing.ErlangCServiceLevel(a, n, Sec(240), Sec(20)) >= target;
            bool previousFails = n - 1 <= a || CrmKpi.Staffing.ErlangCServiceLevel(a, n - 1, Sec(240), Sec(20)) < target;
            return meets && previousFails;
        });

    [Fact]
    public void ErlangC_ThousandsOfAgents_StaysFiniteAndOrdered()
    {
        // 5,000 Erlangs: the closed form would need 5000! (overflow past 170!); the recursion is exact enough.
        double c = CrmKpi.Staffing.ErlangC(5_000, 5_100);
        Assert.InRange(c, 1e-12, 1);
        Approx.Equal(ClosedFormErlangC(5_000, 5_100), c, 1e-9);   // log-gamma closed form: each term carries ~1e-13 relative error
        int n = CrmKpi.Staffing.ErlangCAgentsRequired(5_000, Sec(300), Sec(20), 0.9);
        Assert.InRange(n, 5_001, 5_200);
        Assert.True(CrmKpi.Staffing.ErlangB(5_000, 5_000) is > 0 and < 1);
        ErlangAResult overloaded = CrmKpi.Staffing.ErlangA(5_000, 4_000, Sec(300), Sec(120));
        Assert.InRange(overloaded.ProbabilityOfAbandonment, 0.19, 0.21);   // fluid limit: 1 - 4000/5000 = 0.2
        Assert.InRange(overloaded.ProbabilityOfWaiting, 0.99, 1.0);
    }

    [Property]
    public Property ErlangA_AddingAgents_LowersAbandonmentAndRaisesServiceLevel() =>
        Prop.ForAll(Gen.Choose(1, 400).ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (tenths, extra) =>
        {
            double a = tenths / 10.0;
            int n = Math.Max(0, (int)a - 5 + extra);
            ErlangAResult r = CrmKpi.Staffing.ErlangA(a, n, Sec(180), Sec(90)), more = CrmKpi.Staffing.ErlangA(a, n + 1, Sec(180), Sec(90));
            double sl = CrmKpi.Staffing.ErlangAServiceLevel(a, n, Sec(180), Sec(90), Sec(20)), slMore = CrmKpi.Staffing.ErlangAServiceLevel(a, n + 1, Sec(180), Sec(90), Sec(20));
            return more.ProbabilityOfAbandonment <= r.ProbabilityOfAbandonment + 1e-15 && slMore >= sl - 1e-12
                && r.ProbabilityOfAbandonment is >= 0 and <= 1 && sl is >= 0 and <= 1;
        });
}
