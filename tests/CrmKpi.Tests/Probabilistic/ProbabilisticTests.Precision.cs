using System;
using System.Collections.Generic;
using System.Linq;
using CrmKpi.Probabilistic;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// The fast prediction paths against slow, independent evaluations at the parameters the CDNOW master
/// fit produces (BG/NBD r = 0.2516, alpha = 4.789, a = 0.7234, b = 2.161; Pareto/NBD r = 0.5974,
/// alpha = 11.59, s = 0.5222, beta = 8.828; weeks), catalog V6.
/// </summary>
public partial class ProbabilisticTests
{
    private static readonly Lazy<CustomerSummary> MasterSummary = new(() =>
    {
        (int[] customers, LocalDate[] dates, double[] amounts, int count) = CdnowFiles.ReadMaster();
        return CustomerSummary.FromTransactions(new TransactionColumns(customers, dates, amounts, count), new LocalDate(1997, 9, 30), new LocalDate(1998, 6, 30), SummaryTimeUnit.Weeks);
    });

    // The BG/NBD prediction's series after Euler's transformation: 2F1(a+b-1-r, a-1; a+b+x-1; z) with the
    // master fit's a and b, r rounded to dyadic values (exact in double and decimal, so both sides sum the
    // same series), x up to the CDNOW master's largest frequency (80) and z up to 0.99.
    [Theory]
    [InlineData(0, 0.0390625)]
    [InlineData(0, 0.5390625)]
    [InlineData(0, 0.9150390625)]
    [InlineData(0, 0.990234375)]
    [InlineData(1, 0.5390625)]
    [InlineData(1, 0.990234375)]
    [InlineData(10, 0.9150390625)]
    [InlineData(80, 0.5390625)]
    [InlineData(80, 0.990234375)]
    public void HypergeometricExcessPerB_MasterFitRegimes_MatchesDecimalSeries(int x, double z)
    {
        const double p = 1.6328125, q = -0.27734375, c0 = 1.8828125;   // 209/128, -71/256, 241/128
        double c = c0 + x;

        // (2F1(p, q; c; z) - 1) / q = sum_(n>=1) u_n, u_1 = p z / c, u_(n+1) = u_n (p+n)(q+n) / ((c+n)(n+1)) z,
        // in 28-digit decimals with a fixed 20,000 terms (0.990234375^20000 < 1e-85).
        decimal dp = (decimal)p, dq = (decimal)q, dc = (decimal)c, dz = (decimal)z;
        decimal u = dp * dz / dc, sum = u;
        for (int n = 1; n < 20_000 && u != 0; n++)
        {
            u = u * (dp + n) * (dq + n) / ((dc + n) * (n + 1)) * dz;
            sum += u;
        }

        Approx.Equal((double)sum, Hypergeometric.ExcessPerB(p, q, c, z), ProbabilisticTolerances.DoubleSeries);
    }

    // Hypergeometric.Value on the side where the old stopping rule never fired (a + b > c + 1): the plain
    // series of 2F1(r+x, b+x; a+b+x-1; z) summed in the test without any transformation.
    [Theory]
    [InlineData(1, 0.54)]
    [InlineData(20, 0.3)]
    [InlineData(80, 0.6)]
    public void HypergeometricValue_ParametersOfBetaGeoPredictions_MatchesDirectSeries(int x, double z)
    {
        const double r = 0.2516, a = 0.7234, b = 2.161;
        Approx.Equal(DirectSeries(r + x, b + x, a + b + x - 1, z), Hypergeometric.Value(r + x, b + x, a + b + x - 1, z), ProbabilisticTolerances.DirectSeries);
    }

    // Equation 10 of Fader, Hardie and Lee (2005) as printed, with its 2F1 summed directly, over frequencies
    // up to the master's 80, the youngest and oldest master ages and horizons up to 500 weeks (z = 0.94).
    [Theory]
    [InlineData(0, 0, 26.0)]
    [InlineData(0, 0, 38.86)]
    [InlineData(1, 3.14, 26.0)]
    [InlineData(2, 30.43, 38.86)]
    [InlineData(10, 20.0, 30.0)]
    [InlineData(40, 36.0, 38.0)]
    [InlineData(80, 38.0, 38.86)]
    [InlineData(80, 26.0, 26.0)]
    public void BetaGeoConditionalExpectedPurchases_MasterFitRegimes_MatchesEquation10SummedDirectly(double x, double tx, double t)
    {
        var model = new BetaGeo(0.2516, 4.789, 0.7234, 2.161);
        foreach (double horizon in (double[])[0.01, 52.0 / 12, 39, 52, 500])
        {
            Approx.Equal(BetaGeoReference(model, horizon, x, tx, t), model.ConditionalExpectedPurchases(horizon, x, tx, t), ProbabilisticTolerances.DirectSeries);
        }

        Approx.Equal(BetaGeoReference(model, 52, 0, 0, 0), model.ExpectedPurchasesNewCustomer(52), ProbabilisticTolerances.DirectSeries);
    }

    // Regression: the CDNOW master customers that cost most (the largest frequencies and, for x = 0, 1
    // and 2, the youngest customers: largest z) at every horizon the report uses, fast path against the
    // slow references (BG/NBD equation 10 summed directly; Pareto/NBD with P(alive) by quadrature).
    [Fact]
    public void Predictions_WorstCaseCdnowMasterCustomers_MatchSlowReferences()
    {
        CustomerSummary m = MasterSummary.Value;
        var bg = new BetaGeo(0.2516, 4.789, 0.7234, 2.161);
        var pn = new ParetoNbd(0.5974, 11.59, 0.5222, 8.828);
        var rows = new List<int>(Enumerable.Range(0, m.Count).OrderByDescending(i => m.Frequency[i]).Take(5));
        foreach (double x in (double[])[0, 1, 2])
        {
            rows.Add(Enumerable.Range(0, m.Count).Where(i => m.Frequency[i] == x).MinBy(i => m.Age[i]));
        }

        Assert.Equal(80, m.Frequency[rows[0]]);   // the master's largest frequency, as the comments above assume
        foreach (int i in rows)
        {
            double x = m.Frequency[i], tx = m.Recency[i], t = m.Age[i];
            for (int k = 1; k <= 13; k++)
            {
                double horizon = k == 13 ? m.HoldoutDuration : k * 52.0 / 12;
                Approx.Equal(BetaGeoReference(bg, horizon, x, tx, t), bg.ConditionalExpectedPurchases(horizon, x, tx, t), ProbabilisticTolerances.DirectSeries);
                Approx.Equal(ParetoNbdReference(pn, horizon, x, tx, t), pn.ConditionalExpectedPurchases(horizon, x, tx, t), ProbabilisticTolerances.Independent);
            }
        }
    }

    /// <summary>Equation 10 with the textbook 2F1 and P(alive) (equation 11), nothing transformed.</summary>
    private static double BetaGeoReference(BetaGeo m, double horizon, double x, double tx, double t)
    {
        double z = horizon / (m.Alpha + t + horizon);
        double f = DirectSeries(m.R + x, m.B + x, m.A + m.B + x - 1, z);
        double bracket = 1 - (Math.Pow((m.Alpha + t) / (m.Alpha + t + horizon), m.R + x) * f);
        double alive = x == 0 ? 1 : 1 / (1 + (m.A / (m.B + x - 1) * Math.Pow((m.Alpha + t) / (m.Alpha + tx), m.R + x)));
        return (m.A + m.B + x - 1) / (m.A - 1) * bracket * alive;
    }

    /// <summary>Schmittlein, Morrison and Colombo's E[Y(t)] with P(alive) from the likelihood's integral by Simpson's rule.</summary>
    private static double ParetoNbdReference(ParetoNbd m, double horizon, double x, double tx, double t)
    {
        double e = Math.Pow(m.Alpha + t, -(m.R + x)) * Math.Pow(m.Beta + t, -m.S);
        double alive = e / (e + (m.S * ParetoIntegral(m.R, m.Alpha, m.S, m.Beta, x, tx, t)));
        double keep = Math.Pow((m.Beta + t) / (m.Beta + t + horizon), m.S - 1);
        return (m.R + x) * (m.Beta + t) / ((m.Alpha + t) * (m.S - 1)) * (1 - keep) * alive;
    }

    /// <summary>2F1(a, b; c; z) for a, b, c &gt; 0 by its plain series, a fixed 200,000 positive terms summed with Neumaier's compensation.</summary>
    private static double DirectSeries(double a, double b, double c, double z)
    {
        double term = 1, sum = 1, compensation = 0;
        for (int n = 0; n < 200_000 && term != 0; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            double next = sum + term;
            compensation += Math.Abs(sum) >= Math.Abs(term) ? (sum - next) + term : (term - next) + sum;
            sum = next;
        }

        return sum + compensation;
    }
}
