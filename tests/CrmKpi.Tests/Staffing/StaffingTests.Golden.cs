using System;
using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Golden values. A value with a source in its comment or name is that source's worked example, as the catalog
/// (docs/catalog/METRICS.md) quotes it: 000-004 are the catalog's Chinese CRM guides. Every other value is a hand calculation:
/// inputs chosen for the test and the result worked out by hand from the catalog's formula (the comment shows the arithmetic).
/// </summary>
public partial class StaffingTests
{
    // Westbay Engineers, "The Erlang-C formula" worked example: 360 calls per half hour, average call
    // duration 4 minutes (240 s), 55 agents, target answer time 15 s. Traffic 48 Erlangs, occupancy 87.3%,
    // probability of waiting 23.9%, ASA 8.2 s, service level 84.6% (rounded as the page prints them).
    [Fact]
    public void ErlangC_WestbayWorkedExample_MatchesPublishedValues()
    {
        double a = CrmKpi.Staffing.TrafficErlangs(360, Sec(240), Sec(1_800));
        Assert.Equal(48, a);
        Assert.Equal(0.873, CrmKpi.Staffing.Occupancy(a, 55), 3);
        Assert.Equal(0.239, CrmKpi.Staffing.ErlangC(a, 55), 3);
        Assert.Equal(8.2, CrmKpi.Staffing.ErlangCAverageSpeedOfAnswer(a, 55, Sec(240)), 1);
        Assert.Equal(0.846, CrmKpi.Staffing.ErlangCServiceLevel(a, 55, Sec(240), Sec(15)), 3);
    }

    [Fact]
    public void ErlangC_WestbayExample_MatchesIndependentLogSpaceClosedForm()
    {
        // Independent computation: the textbook closed form with every term exp(k ln A - lnGamma(k + 1)).
        double expected = ClosedFormErlangC(48, 55);
        Approx.Equal(expected, CrmKpi.Staffing.ErlangC(48, 55), ServiceTolerances.ClosedFormRelative);
        Approx.Equal(1 - (expected * Math.Exp(-7 * 15 / 240.0)), CrmKpi.Staffing.ErlangCServiceLevel(48, 55, Sec(240), Sec(15)), ServiceTolerances.ClosedFormRelative);
    }

    // Classic 80/20 sizing: 100 calls per half hour, AHT 180 s -> A = 10 Erlangs. Hand computation with the
    // closed form: 13 agents give SL 0.7956 (P(wait) 0.2853), 14 give 0.8884 (P(wait) 0.1741).
    [Fact]
    public void ErlangCAgentsRequired_TenErlangs8020_Returns14()
    {
        Assert.Equal(0.2853, CrmKpi.Staffing.ErlangC(10, 13), 4);
        Assert.Equal(0.1741, CrmKpi.Staffing.ErlangC(10, 14), 4);
        Assert.Equal(0.7956, CrmKpi.Staffing.ErlangCServiceLevel(10, 13, Sec(180), Sec(20)), 4);
        Assert.Equal(0.8884, CrmKpi.Staffing.ErlangCServiceLevel(10, 14, Sec(180), Sec(20)), 4);
        Assert.Equal(14, CrmKpi.Staffing.ErlangCAgentsRequired(10, Sec(180), Sec(20), 0.8));
        Assert.Equal(13, CrmKpi.Staffing.ErlangCAgentsRequiredForAsa(10, Sec(180), Sec(20)));   // ASA 17.1 s at 13, 40.4 s at 12
    }

    // Published Erlang B tables (traffic carried at a grade of service): 10 lines at 1% -> 4.46 E,
    // 20 lines at 1% -> 12.03 E, 100 lines at 1% -> 84.06 E, 5 lines at 1% -> 1.36 E, 10 lines at 2% -> 5.08 E.
    [Theory]
    [InlineData(10, 0.01, 4.46)]
    [InlineData(20, 0.01, 12.03)]
    [InlineData(100, 0.01, 84.06)]
    [InlineData(5, 0.01, 1.36)]
    [InlineData(10, 0.02, 5.08)]
    public void ErlangB_PublishedTable_MatchesGradeOfService(int lines, double grade, double erlangs)
    {
        // The table's traffic is rounded to 0.01 E, so the blocking at the printed traffic is within the grade's
        // neighbourhood, and the lines required for that traffic are the table's lines.
        Approx.Equal(grade, CrmKpi.Staffing.ErlangB(erlangs, lines), 0.02);
        Assert.Equal(lines, CrmKpi.Staffing.ErlangBServersRequired(erlangs, grade * 1.02));
        Assert.True(CrmKpi.Staffing.ErlangB(erlangs + 0.02, lines) > grade);
    }

    [Fact]
    public void ErlangB_SmallCases_MatchHandCalculation()
    {
        Assert.Equal(0.5, CrmKpi.Staffing.ErlangB(1, 1), 15);                 // A / (1 + A)
        Assert.Equal(2.0 / 5, CrmKpi.Staffing.ErlangB(2, 2), 15);             // (4/2) / (1 + 2 + 2)
        Assert.Equal(1, CrmKpi.Staffing.ErlangB(3, 0));
        Assert.Equal(0, CrmKpi.Staffing.ErlangB(0, 3));
    }

    [Fact]
    public void ErlangA_SmallSystem_MatchesBirthDeathChainSolvedNumerically()
    {
        // 3 agents, A = 2.5 Erlangs, AHT 100 s, patience 60 s; and an overloaded one.
        foreach ((double a, int n, double aht, double patience) in new[] { (2.5, 3, 100.0, 60.0), (8.0, 5, 200.0, 120.0), (40.0, 42, 180.0, 300.0) })
        {
            (double pWait, double pAbandon, double queue) = BirthDeath(a, n, aht, patience, states: 400);
            ErlangAResult result = CrmKpi.Staffing.ErlangA(a, n, Sec(aht), Sec(patience));
            Approx.Equal(pWait, result.ProbabilityOfWaiting, ServiceTolerances.BirthDeathRelative);
            Approx.Equal(pAbandon, result.ProbabilityOfAbandonment, ServiceTolerances.BirthDeathRelative);
            Approx.Equal(queue, result.AverageQueueLength, ServiceTolerances.BirthDeathRelative);
        }
    }

    [Fact]
    public void ErlangAServiceLevel_SmallSystem_MatchesRungeKuttaIntegration()
    {
        foreach ((double a, int n, double aht, double patience, double t) in new[] { (2.5, 3, 100.0, 60.0, 20.0), (8.0, 5, 200.0, 120.0, 30.0) })
        {
            double expected = ErlangAServiceLevelByRungeKutta(a, n, aht, patience, t, places: 200, steps: 20_000);
            Assert.Equal(expected, CrmKpi.Staffing.ErlangAServiceLevel(a, n, Sec(aht), Sec(patience), Sec(t)), ServiceTolerances.TransientAbsolute);
        }
    }

    [Fact]
    public void ErlangA_VeryPatientCallers_ApproachErlangC()
    {
        // With patience 1e7 s against AHT 240 s, abandonment is negligible and the queue is Erlang C's.
        ErlangAResult result = CrmKpi.Staffing.ErlangA(48, 55, Sec(240), Sec(1e7));
        Approx.Equal(CrmKpi.Staffing.ErlangC(48, 55), result.ProbabilityOfWaiting, 1e-4);
        Approx.Equal(CrmKpi.Staffing.ErlangCServiceLevel(48, 55, Sec(240), Sec(15)), CrmKpi.Staffing.ErlangAServiceLevel(48, 55, Sec(240), Sec(1e7), Sec(15)), 1e-4);
        Approx.Equal(CrmKpi.Staffing.ErlangCAverageSpeedOfAnswer(48, 55, Sec(240)), result.AverageWaitSeconds, 1e-3);
    }

    /// <summary>
    /// The textbook Erlang C with each term A^k / k! formed as exp(k ln A - lnGamma(k + 1) - max), the largest
    /// log term subtracted so thousands of agents do not overflow.
    /// </summary>
    private static double ClosedFormErlangC(double a, int n)
    {
        double LogTerm(int k) => (k * Math.Log(a)) - MathNet.Numerics.SpecialFunctions.GammaLn(k + 1);
        double max = LogTerm(Math.Min(n, (int)Math.Floor(a)));
        double sum = 0;
        for (int k = 0; k < n; k++)
        {
            sum += Math.Exp(LogTerm(k) - max);
        }

        double top = Math.Exp(LogTerm(n) - max) * n / (n - a);
        return top / (sum + top);
    }

    /// <summary>Solves πQ = 0, sum π = 1 for the truncated M/M/n+M chain as a dense linear system.</summary>
    private static (double PWait, double PAbandon, double Queue) BirthDeath(double a, int n, double aht, double patience, int states)
    {
        double lambda = a / aht, mu = 1 / aht, theta = 1 / patience;
        var q = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(states, states);
        for (int k = 0; k < states; k++)
        {
            double death = (Math.Min(k, n) * mu) + (Math.Max(k - n, 0) * theta);
            if (k + 1 < states)
            {
                q[k, k + 1] = lambda;
                q[k, k] -= lambda;
            }

            if (k > 0)
            {
                q[k, k - 1] = death;
                q[k, k] -= death;
            }
        }

        var system = q.Transpose();
        system.SetRow(states - 1, MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(states, 1.0));
        var rhs = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(states);
        rhs[states - 1] = 1;
        var pi = system.Solve(rhs);
        double pWait = 0, queue = 0;
        for (int k = n; k < states; k++)
        {
            pWait += pi[k];
            queue += (k - n) * pi[k];
        }

        return (pWait, theta * queue / lambda, queue);
    }
}
