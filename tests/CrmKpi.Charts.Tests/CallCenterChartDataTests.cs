using System;
using System.Linq;
using Xunit;
using NodaTime;

namespace CrmKpi.Charts.Tests;

public sealed class CallCenterChartDataTests
{
    /// <summary>Erlang C probability of waiting by the textbook sum, term by term: (A^n/n! n/(n-A)) / (sum_{k&lt;n} A^k/k! + A^n/n! n/(n-A)).</summary>
    private static double TextbookErlangC(double a, int n)
    {
        if (a >= n)
        {
            return 1;
        }

        double term = 1, sum = 0;   // A^k / k!
        for (int k = 0; k < n; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }

        double top = term * n / (n - a);
        return top / (sum + top);
    }

    private static double TextbookServiceLevel(double a, int n, double aht, double t) =>
        a >= n ? 0 : 1 - (TextbookErlangC(a, n) * Math.Exp(-(n - a) * t / aht));

    [Fact]
    public void Erlang_c_curve_matches_the_textbook_formula_and_the_westbay_example()
    {
        // Westbay Engineers: 360 calls per half hour, AHT 240 s -> A = 48 Erlangs; 80% in 15 s.
        StaffingCurvesData data = CallCenterCharts.StaffingData(48, Duration.FromSeconds(240), Duration.FromSeconds(120), Duration.FromSeconds(15), 0.8);
        int at55 = Array.IndexOf(data.Agents, 55);
        Assert.True(at55 >= 0);
        Assert.Equal(0.8459, data.ErlangCServiceLevel[at55], 4);            // published
        Assert.Equal(8.18, data.ErlangCAverageSpeedOfAnswer[at55], 2);      // published ASA, seconds
        for (int i = 0; i < data.Agents.Length; i++)
        {
            Assert.Equal(TextbookServiceLevel(48, data.Agents[i], 240, 15), data.ErlangCServiceLevel[i], 9);
        }

        // Agents needed: the first count whose textbook service level reaches the target.
        int needed = data.Agents.First(n => TextbookServiceLevel(48, n, 240, 15) >= 0.8);
        Assert.Equal(needed, data.ErlangCAgentsNeeded);
        Assert.Contains(needed, data.Agents);
        Assert.True(data.Agents[^1] > needed);
        Assert.True(data.Agents[0] < 48);   // the curve starts below the load
    }

    [Fact]
    public void Erlang_a_with_endless_patience_tends_to_erlang_c_and_abandonment_falls_with_agents()
    {
        StaffingCurvesData patient = CallCenterCharts.StaffingData(10, Duration.FromSeconds(180), Duration.FromSeconds(1e7), Duration.FromSeconds(20), 0.8);
        for (int i = 0; i < patient.Agents.Length; i++)
        {
            if (patient.Agents[i] > 11)
            {
                Assert.Equal(patient.ErlangCServiceLevel[i], patient.ErlangAServiceLevel[i], 3);
            }
        }

        StaffingCurvesData data = CallCenterCharts.StaffingData(10, Duration.FromSeconds(180), Duration.FromSeconds(60), Duration.FromSeconds(20), 0.8);
        for (int i = 1; i < data.Agents.Length; i++)
        {
            Assert.True(data.ErlangAAbandonment[i] < data.ErlangAAbandonment[i - 1]);
            Assert.True(data.ErlangAServiceLevel[i] >= data.ErlangAServiceLevel[i - 1]);
        }

        // Erlang A's needed agents: the first on the curve meeting the target; impatient callers need no more than Erlang C.
        Assert.Equal(data.Agents.First(n => data.ErlangAServiceLevel[Array.IndexOf(data.Agents, n)] >= 0.8), data.ErlangAAgentsNeeded);
        Assert.True(data.ErlangAAgentsNeeded <= data.ErlangCAgentsNeeded);
        Assert.NotEmpty(ChartImage.Png(CallCenterCharts.ServiceLevelCurve(data), 300, 200));
        Assert.NotEmpty(ChartImage.Png(CallCenterCharts.WaitAndAbandonmentCurve(data), 300, 200));
    }

    [Theory]
    [InlineData(0, 180, 60, 20, 0.8, "trafficErlangs")]
    [InlineData(5, 0, 60, 20, 0.8, "averageHandleTime")]
    [InlineData(5, 180, -1, 20, 0.8, "averagePatience")]
    [InlineData(5, 180, 60, 0, 0.8, "threshold")]
    [InlineData(5, 180, 60, 20, 1.0, "targetServiceLevel")]
    public void Staffing_rejects_bad_arguments(double traffic, double aht, double patience, double threshold, double target, string name) =>
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => CallCenterCharts.StaffingData(traffic, Duration.FromSeconds(aht), Duration.FromSeconds(patience), Duration.FromSeconds(threshold), target)).ParamName);

    [Fact]
    public void Interval_profile_counts_each_interval_by_hand()
    {
        // Interval 0: answered, abandoned; interval 1: none; interval 2: answered, blocked, answered.
        double[] wait = [5, 40, 1, 0, 2];
        double[] talk = [100, 0, 60, 0, 80];
        double[] zero = new double[5];
        bool[] abandoned = [false, true, false, false, false];
        bool[] blocked = [false, false, false, true, false];
        int[] intervals = [0, 0, 2, 2, 2];
        IntervalProfileData data = CallCenterCharts.IntervalProfileData(new CallColumns(wait, talk, zero, zero, abandoned, blocked), intervals, ["08:00", "08:30", "09:00"]);
        Assert.Equal([2L, 0, 3], data.Volumes.Select(v => v.Calls));
        Assert.Equal([1L, 0, 2], data.Volumes.Select(v => v.Answered));
        Assert.Equal([1L, 0, 0], data.Volumes.Select(v => v.Abandoned));
        Assert.Equal([0L, 0, 1], data.Volumes.Select(v => v.Blocked));
        Assert.Equal(140, data.Volumes[2].TalkSeconds);
        Assert.NotEmpty(ChartImage.Png(CallCenterCharts.IntervalProfile(data), 300, 200));
        Assert.Throws<ArgumentOutOfRangeException>(() => CallCenterCharts.IntervalProfileData(new CallColumns(wait, talk, zero, zero, abandoned, blocked), [0, 0, 2, 2, 3], ["a", "b", "c"]));
    }
}
