using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): Erlang A against independent references, tight enough that a wrong stopping rule, a wrong
/// tail bound or a lost rescaling shows. References: (1) the stationary M/M/n+M chain by its product formula
/// <c>pi_k ~ prod_{j&lt;=k} lambda / (min(j, n) mu + max(j - n, 0) theta)</c>, every term formed in log space from k = 0 and
/// summed directly over a range that reaches far into both tails (a different route from the library's Erlang B times
/// geometric-bounded sums); (2) the service level by integrating the tagged caller's chain with fourth-order Runge-Kutta
/// from that stationary view of the queue (the library uses uniformization). Cases: heavy overload (one agent, 1,000
/// Erlangs, callers patient for 80 s: about 800 queue, so the sums pass e^700 and must be rescaled), very patient callers
/// (Westbay's 48 Erlangs on 55 agents with 1e7 s of patience: a geometric tail of ratio 0.87 that a wrong bound cuts short)
/// and light load (2e-9 Erlangs on one agent: r_1 = 1e-9 and r_2 = 6.7e-19, so the queue's sum S1 = r_1 + 2 r_2 + ... loses
/// 1.3e-9 of itself if its tail bound is taken relative to the wrong quantity and it stops after r_1).
/// </summary>
public partial class StaffingTests
{
    /// <summary>Relative agreement of the product-formula reference and the library: both carry rounding of about 1e-13 over
    /// a thousand log-space terms; a truncated sum or a wrong tail shows at 1e-9 or more.</summary>
    private const double ProductFormulaRelative = 1e-10;

    [Theory]
    [InlineData(1000.0, 1, 100.0, 80.0, 1_400)]
    [InlineData(48.0, 55, 240.0, 1e7, 600)]
    [InlineData(1e-4, 1, 1.0, 1.0, 40)]
    [InlineData(2e-9, 1, 1.0, 1.0, 20)]
    [InlineData(40.0, 42, 180.0, 300.0, 400)]
    [InlineData(8.0, 5, 200.0, 120.0, 300)]
    public void ErlangA_MatchesTheProductFormula(double a, int n, double aht, double patience, int places)
    {
        (double pWait, double queue) = ErlangAByProductFormula(a, n, aht, patience, places);
        ErlangAResult result = Staffing.ErlangA(a, n, Sec(aht), Sec(patience));
        double lambda = a / aht;
        Assert.Equal(pWait, result.ProbabilityOfWaiting, ProductFormulaRelative * pWait);
        Assert.Equal(queue, result.AverageQueueLength, ProductFormulaRelative * queue);
        Assert.Equal(queue / patience / lambda, result.ProbabilityOfAbandonment, ProductFormulaRelative * queue / patience / lambda);
        Assert.Equal(queue / lambda, result.AverageWaitSeconds, ProductFormulaRelative * queue / lambda);
    }

    [Fact]
    public void ErlangAServiceLevel_HeavyOverload_MatchesRungeKutta()
    {
        // One agent (AHT 100 s), 1,000 Erlangs, patience 80 s: nearly every caller waits behind about 800 others, and only those
        // few who reach the agent within 500 s count: 4.7875e-4. Runge-Kutta with 0.01 s steps over 1,400 places: halving the
        // step or taking 1,800 places changes the reference by less than 1e-15 relative.
        double expected = ErlangAServiceLevelByRungeKutta(1000, 1, 100, 80, 500, places: 1_400, steps: 50_000);
        double actual = Staffing.ErlangAServiceLevel(1000, 1, Sec(100), Sec(80), Sec(500));
        Assert.InRange(expected, 1e-6, 1e-2);
        Assert.Equal(expected, actual, 1e-9 * expected);
    }

    [Fact]
    public void ErlangAServiceLevel_LightLoad_ServedPartMatchesRungeKutta()
    {
        // 2e-9 Erlangs on one agent (AHT 1 s, patience 1 s): only 2e-9 of callers wait, and the service level is 1 - 2e-9 plus
        // the share of those who reach the agent within 1 s (about 1e-9). Compared on that served part alone (the service
        // level minus the share answered at once), so a queue model stopped too early shows although the whole is 1 to 8 digits.
        double served = ErlangAServiceLevelByRungeKutta(2e-9, 1, 1, 1, 1, places: 20, steps: 20_000, servedOnly: true);
        double answeredAtOnce = 1 - Staffing.ErlangA(2e-9, 1, Sec(1), Sec(1)).ProbabilityOfWaiting;
        double actual = Staffing.ErlangAServiceLevel(2e-9, 1, Sec(1), Sec(1), Sec(1)) - answeredAtOnce;
        Assert.InRange(served, 1e-10, 2e-9);
        Assert.Equal(served, actual, 1e-5 * served);
    }

    [Fact]
    public void ErlangAServiceLevel_RareWaitsBehindALongQueue_ServedPartMatchesRungeKutta()
    {
        // 50 Erlangs on 100 agents (AHT 100 s, patience 200 s): B(100, 50) is about 2e-10, so almost nobody waits, but a caller who
        // does finds a geometric queue (r_1 = 0.5 / 1.005 per place) and half the waiting mass lies behind the first place. The
        // served part (service level minus the share answered at once) must count every place.
        double served = ErlangAServiceLevelByRungeKutta(50, 100, 100, 200, 20, places: 70, steps: 4_000, servedOnly: true);
        double answeredAtOnce = 1 - Staffing.ErlangA(50, 100, Sec(100), Sec(200)).ProbabilityOfWaiting;
        double actual = Staffing.ErlangAServiceLevel(50, 100, Sec(100), Sec(200), Sec(20)) - answeredAtOnce;
        Assert.InRange(served, 1e-11, 1e-8);
        Assert.Equal(served, actual, 1e-5 * served);
    }

    [Fact]
    public void ErlangA_NoTraffic_IsAllZeroAndEveryCallIsAnswered()
    {
        // Documented: all 0 with no traffic (with or without agents), and a service level of 1.
        Assert.Equal(default, Staffing.ErlangA(0, 0, Sec(100), Sec(60)));
        Assert.Equal(default, Staffing.ErlangA(0, 3, Sec(100), Sec(60)));
        Assert.Equal(1.0, Staffing.ErlangAServiceLevel(0, 0, Sec(100), Sec(60), Sec(20)));
        Assert.Equal(1.0, Staffing.ErlangAServiceLevel(0, 3, Sec(100), Sec(60), Sec(20)));
    }

    [Fact]
    public void ErlangA_QueueEstimateExactlyAtItsLimit_Computes()
    {
        // A = n = 10,000, AHT 1 s, patience 1e8 s: the estimate 10 sqrt(A patience / AHT) = 10 sqrt(1e12) = 1e7 places is exactly
        // the limit, which is allowed. Reference: the queue's r_m = prod_j 1 / (1 + j 1e-12) ~ exp(-m^2 1e-12 / 2) sums to
        // S0 = 1 + sqrt(pi / 2) 1e6 - 1/2 = 1,253,314.6; with B = B(10000, 10000) = 0.0079 (the log-space closed form below),
        // P(wait) = B S0 / (1 - B + B S0) = 1 - (1 - B) / (1 - B + B S0) = 0.99990 (hand).
        ErlangAResult result = Staffing.ErlangA(10_000, 10_000, Sec(1), Sec(1e8));
        double b = ClosedFormErlangB(10_000, 10_000), s0 = 1 + (Math.Sqrt(Math.PI / 2) * 1e6) - 0.5;
        Assert.Equal(b * s0 / (1 - b + (b * s0)), result.ProbabilityOfWaiting, 1e-7);
    }

    [Fact]
    public void ErlangA_TrafficTooSmallForAnyRate_IsAllZero()
    {
        // The smallest double of traffic on 2e9 agents of 1 ns: the arrival rate is 4.9e-315 per second, the first queue term
        // lambda / (n mu + theta) underflows to 0 and so does B: nobody waits, queues or abandons (each true value is below 1e-300).
        Assert.Equal(default, Staffing.ErlangA(double.Epsilon, 2_000_000_000, Duration.FromNanoseconds(1), Sec(1)));
    }

    /// <summary>P(wait) and E[queue] of M/M/n+M from the product formula over k = 0 .. n + places - 1, in log space.</summary>
    private static (double PWait, double Queue) ErlangAByProductFormula(double a, int n, double aht, double patience, int places)
    {
        double[] pi = StationaryByProductFormula(a, n, aht, patience, n + places);
        double total = 0, waiting = 0, queue = 0;
        for (int k = 0; k < pi.Length; k++)
        {
            double p = pi[k];
            total += p;
            if (k >= n)
            {
                waiting += p;
                queue += (k - n) * p;
            }
        }

        return (waiting / total, queue / total);
    }

    /// <summary>
    /// The unnormalized stationary probabilities of M/M/n+M for k = 0 .. states - 1 calls in the system, from the product formula
    /// <c>pi_k = prod_{j&lt;=k} lambda / (min(j, n) mu + max(j - n, 0) theta)</c> formed in log space and scaled by the largest.
    /// </summary>
    private static double[] StationaryByProductFormula(double a, int n, double aht, double patience, int states)
    {
        double lambda = a / aht, mu = 1 / aht, theta = 1 / patience;
        double[] pi = new double[states];   // first the logs, then the scaled values
        double max = 0;
        for (int k = 1; k < states; k++)
        {
            pi[k] = pi[k - 1] + Math.Log(lambda) - Math.Log((Math.Min(k, n) * mu) + (Math.Max(k - n, 0) * theta));
            max = Math.Max(max, pi[k]);
        }

        for (int k = 0; k < states; k++)
        {
            pi[k] = Math.Exp(pi[k] - max);
        }

        return pi;
    }

    /// <summary>The textbook Erlang B <c>(A^n / n!) / sum_k A^k / k!</c>, each term in log space.</summary>
    private static double ClosedFormErlangB(double a, int n)
    {
        double LogTerm(int k) => (k * Math.Log(a)) - MathNet.Numerics.SpecialFunctions.GammaLn(k + 1);
        double max = LogTerm(Math.Min(n, (int)Math.Floor(a)));
        double sum = 0;
        for (int k = 0; k <= n; k++)
        {
            sum += Math.Exp(LogTerm(k) - max);
        }

        return Math.Exp(LogTerm(n) - max) / sum;
    }

    /// <summary>
    /// Erlang A service level: P(no wait) plus the probability that the tagged caller, arriving to the stationary queue, reaches
    /// an agent within <paramref name="t"/> seconds; its chain (i calls ahead, advancing at rate n mu + i theta, leaving at rate
    /// theta) integrated with classic RK4 in <paramref name="steps"/> equal steps; with <paramref name="servedOnly"/>, that last
    /// probability alone.
    /// </summary>
    private static double ErlangAServiceLevelByRungeKutta(double a, int n, double aht, double patience, double t, int places, int steps, bool servedOnly = false)
    {
        double mu = 1 / aht, theta = 1 / patience;
        double[] pi = StationaryByProductFormula(a, n, aht, patience, n + places);
        double total = 0;
        foreach (double p in pi)
        {
            total += p;
        }

        double atOnce = 0;
        for (int k = 0; k < n; k++)
        {
            atOnce += pi[k] / total;
        }

        // y[i]: probability of waiting with i calls ahead; y[places]: served.
        double[] y = new double[places + 1], k1 = new double[places + 1], k2 = new double[places + 1], k3 = new double[places + 1], k4 = new double[places + 1], tmp = new double[places + 1];
        for (int i = 0; i < places; i++)
        {
            y[i] = pi[n + i] / total;
        }

        void Derivative(double[] x, double[] d)
        {
            for (int i = 0; i < places; i++)
            {
                double inflow = i + 1 < places ? ((n * mu) + ((i + 1) * theta)) * x[i + 1] : 0.0;
                d[i] = inflow - (((n * mu) + (i * theta) + theta) * x[i]);
            }

            d[places] = n * mu * x[0];
        }

        double h = t / steps;
        for (int s = 0; s < steps; s++)
        {
            Derivative(y, k1);
            for (int i = 0; i <= places; i++)
            {
                tmp[i] = y[i] + (h / 2 * k1[i]);
            }

            Derivative(tmp, k2);
            for (int i = 0; i <= places; i++)
            {
                tmp[i] = y[i] + (h / 2 * k2[i]);
            }

            Derivative(tmp, k3);
            for (int i = 0; i <= places; i++)
            {
                tmp[i] = y[i] + (h * k3[i]);
            }

            Derivative(tmp, k4);
            for (int i = 0; i <= places; i++)
            {
                y[i] += h / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i]);
            }
        }

        return servedOnly ? y[places] : atOnce + y[places];
    }
}
