using System;
using CrmKpi.Probabilistic;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>Hand calculations and independent oracles for the probabilistic CLV models (catalog V6).</summary>
public partial class ProbabilisticTests
{
    private static readonly LocalDate CalibrationEnd = new(2024, 3, 31);

    [Fact]
    public void CustomerSummary_SameDayPurchases_MergeIntoOneTransaction()
    {
        // Customer 0: 2024-01-01 (10 + 5, one day), 2024-01-15 (20), 2024-03-31 (30 + 1), 2024-04-02 (holdout).
        // Customer 1: only 2024-03-10. Customer 2: first purchase after the calibration end, left out.
        int[] customers = [0, 0, 1, 0, 0, 0, 0, 2];
        LocalDate[] dates =
        [
            new(2024, 1, 1), new(2024, 1, 1), new(2024, 3, 10), new(2024, 1, 15),
            new(2024, 3, 31), new(2024, 3, 31), new(2024, 4, 2), new(2024, 4, 5),
        ];
        double[] amounts = [10, 5, 7, 20, 30, 1, 99, 50];
        var log = new TransactionColumns(customers, dates, amounts, 3);

        CustomerSummary s = CustomerSummary.FromTransactions(log, CalibrationEnd, new LocalDate(2024, 4, 30), SummaryTimeUnit.Days);

        Assert.Equal([0, 1], s.CustomerIndexes);
        Assert.Equal([2.0, 0.0], s.Frequency);                   // 01-15 and 03-31 are repeats; same-day rows count once
        Assert.Equal([90.0, 0.0], s.Recency);                    // 2024-01-01 .. 2024-03-31 is 90 days (leap year)
        Assert.Equal([90.0, 21.0], s.Age);                       // 2024-03-10 .. 2024-03-31 is 21 days
        Assert.Equal([(20 + 31) / 2.0, 0.0], s.MonetaryValue);   // mean of the repeat days' sums, first day excluded
        Assert.Equal([1.0, 0.0], s.HoldoutFrequency!);
        Assert.Equal(30.0, s.HoldoutDuration);
    }

    [Fact]
    public void CustomerSummary_Weeks_DividesDaysBySeven()
    {
        int[] customers = [0, 0];
        LocalDate[] dates = [new(1997, 1, 1), new(1997, 8, 1)];
        var log = new TransactionColumns(customers, dates, [1.0, 2.0], 1);

        CustomerSummary s = CustomerSummary.FromTransactions(log, new LocalDate(1997, 9, 30), SummaryTimeUnit.Weeks);

        Assert.Equal(272 / 7.0, s.Age[0], 12);   // data README: T = 272 / 7 = 38.857 weeks
        Assert.Equal(212 / 7.0, s.Recency[0], 12);
        Assert.Null(s.HoldoutFrequency);
    }

    // Equation 11 of Fader, Hardie and Lee (2005) by hand for customer 1 of CDNOW.
    [Fact]
    public void BetaGeoProbabilityAlive_CdnowCustomer1_MatchesHandCalculation()
    {
        var model = new BetaGeo(0.243, 4.414, 0.793, 2.426);
        double expected = 1 / (1 + (0.793 / (2.426 + 2 - 1) * Math.Pow((4.414 + 38.86) / (4.414 + 30.43), 0.243 + 2)));

        Assert.Equal(expected, model.ProbabilityAlive(2, 30.43, 38.86), 12);
        Assert.Equal(1.0, model.ProbabilityAlive(0, 0, 38.86));
    }

    // P(alive) = E / (E + s J) with J = integral over [t_x, T] of (alpha+y)^-(r+x) (beta+y)^-(s+1) dy, the
    // quantity the hypergeometric A0 stands for, here by Simpson's rule in ln(min(alpha,beta) + y): an
    // oracle that shares nothing with the series. The last rows put z = |alpha-beta|/(max+t_x) near 1.
    [Theory]
    [InlineData(0.553, 10.578, 0.606, 11.669, 2, 30.43, 38.86)]
    [InlineData(0.553, 10.578, 0.606, 11.669, 0, 0, 38.86)]
    [InlineData(2.0, 3.0, 1.5, 0.5, 7, 12.0, 40.0)]
    [InlineData(0.5, 1000.0, 0.8, 0.01, 1, 0.5, 39.0)]
    [InlineData(0.5, 0.02, 0.8, 2000.0, 0, 0, 39.0)]
    [InlineData(1.2, 500.0, 0.3, 0.05, 0, 0, 10.0)]
    public void ParetoNbdProbabilityAlive_MatchesQuadratureOfTheLikelihoodIntegral(double r, double alpha, double s, double beta, double x, double tx, double t)
    {
        var model = new ParetoNbd(r, alpha, s, beta);
        double e = Math.Pow(alpha + t, -(r + x)) * Math.Pow(beta + t, -s);
        double j = ParetoIntegral(r, alpha, s, beta, x, tx, t);

        Approx.Equal(e / (e + (s * j)), model.ProbabilityAlive(x, tx, t), ProbabilisticTolerances.Independent);
    }

    [Theory]
    [InlineData(0.553, 10.578, 0.606, 11.669)]
    [InlineData(0.5, 1000.0, 0.8, 0.01)]
    [InlineData(0.5, 0.02, 0.8, 2000.0)]
    public void ParetoNbdTotalLogLikelihood_MatchesQuadratureOfTheLikelihoodIntegral(double r, double alpha, double s, double beta)
    {
        double[] x = [0, 1, 4], tx = [0, 3.5, 20], t = [30, 38, 25];
        double expected = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double e = Math.Pow(alpha + t[i], -(r + x[i])) * Math.Pow(beta + t[i], -s);
            double lead = MathNet.Numerics.SpecialFunctions.GammaLn(r + x[i]) - MathNet.Numerics.SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha)) + (s * Math.Log(beta));
            expected += lead + Math.Log(e + (s * ParetoIntegral(r, alpha, s, beta, x[i], tx[i], t[i])));
        }

        double actual = new ParetoNbd(r, alpha, s, beta).TotalLogLikelihood(new CustomerSummaryColumns(x, tx, t));

        Approx.Equal(expected, actual, ProbabilisticTolerances.Independent);
    }

    // Closed forms: 2F1(1, 1; 2; z) = -ln(1 - z) / z and 2F1(2, 1; 3; z) = -2 (z + ln(1 - z)) / z^2, also close
    // to z = 1 (0.999 needs about 37,000 terms). Logs are compared absolutely: ln F is near 0 for small z.
    [Theory]
    [InlineData(0.0001)]
    [InlineData(0.3)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void HypergeometricLogShiftedC_ClosedForms_Agree(double z)
    {
        double f11 = -Math.Log(1 - z) / z;
        double f21 = -2 * (z + Math.Log(1 - z)) / (z * z);

        Assert.Equal(Math.Log(f11), Hypergeometric.LogShiftedC(1, 1, z, out _, out _, out _), 1e-11);
        Assert.Equal(Math.Log(f21), Hypergeometric.LogShiftedC(2, 1, z, out _, out _, out _), 1e-7);   // the oracle cancels: z + ln(1 - z) ~ z^2 / 2
        Approx.Equal(f11, Hypergeometric.Value(1, 1, 2, z), 1e-11);
    }

    // Past MaxTerms (z within about 4e-5 of 1 here) the series stops and adds its geometric tail bound:
    // documented accuracy of about 1e-7 relative, far from any sensible fit.
    [Fact]
    public void HypergeometricLogShiftedC_ExtremelyCloseToOne_StaysWithinTheTailBound()
    {
        const double z = 0.99999;
        double f11 = -Math.Log(1 - z) / z;

        Approx.Equal(Math.Log(f11), Hypergeometric.LogShiftedC(1, 1, z, out _, out _, out _), 1e-7);
    }

    [Theory]
    [InlineData(1.7, 3.2, 0.2)]
    [InlineData(30.5, 0.6, 0.8)]
    [InlineData(31.1, 29.5, 0.95)]
    public void HypergeometricLogShiftedC_Derivatives_MatchFiniteDifferences(double a, double b, double z)
    {
        double lnF = Hypergeometric.LogShiftedC(a, b, z, out double dA, out double dB, out double dZ);
        const double h = 1e-6;
        Assert.True(double.IsFinite(lnF));
        Approx.Equal(Central(v => Hypergeometric.LogShiftedC(v, b, z, out _, out _, out _), a, h), dA, 1e-6);
        Approx.Equal(Central(v => Hypergeometric.LogShiftedC(a, v, z, out _, out _, out _), b, h), dB, 1e-6);
        Approx.Equal(Central(v => Hypergeometric.LogShiftedC(a, b, v, out _, out _, out _), z, h), dZ, 1e-6);
    }

    [Theory]
    [InlineData(0.243, 4.414, 0.793, 2.426)]
    [InlineData(2.5, 0.7, 3.1, 0.4)]
    public void BetaGeoGradient_MatchesFiniteDifferences(double r, double alpha, double a, double b)
    {
        CdnowFiles.Summary s = CdnowFiles.CustomersSummary;
        double Ll(double[] p) => BetaGeoLikelihood.Evaluate(s.Frequency, s.Recency, s.Age, default, p[0], p[1], p[2], p[3], default, 256, check: false);
        double[] g = new double[4];
        BetaGeoLikelihood.Evaluate(s.Frequency, s.Recency, s.Age, default, r, alpha, a, b, g, 256, check: false);

        AssertGradient(Ll, [r, alpha, a, b], g);
    }

    // The first 300 CDNOW customers; in the last row z = (alpha - beta) / (alpha + t_x) is within 1e-3 of 1
    // for the customers without repeat purchases (t_x = 0), where the series needs tens of thousands of terms.
    [Theory]
    [InlineData(0.553, 10.578, 0.606, 11.669)]   // alpha < beta
    [InlineData(1.5, 20.0, 0.4, 2.0)]            // alpha > beta
    [InlineData(0.5, 60.0, 0.8, 0.05)]           // z close to 1 for small t_x
    public void ParetoNbdGradient_MatchesFiniteDifferences(double r, double alpha, double s, double beta)
    {
        CdnowFiles.Summary d = CdnowFiles.CustomersSummary;
        ReadOnlySpan<double> x = d.Frequency.AsSpan(0, 300), tx = d.Recency.AsSpan(0, 300), t = d.Age.AsSpan(0, 300);
        double[] xs = x.ToArray(), txs = tx.ToArray(), ts = t.ToArray();
        double Ll(double[] p) => ParetoNbdLikelihood.Evaluate(xs, txs, ts, default, p[0], p[1], p[2], p[3], default, 256, check: false);
        double[] g = new double[4];
        ParetoNbdLikelihood.Evaluate(x, tx, t, default, r, alpha, s, beta, g, 256, check: false);

        AssertGradient(Ll, [r, alpha, s, beta], g);
    }

    // Fader, Hardie and Lee (2005, RFM and CLV), equation 5, by hand with the published CDNOW parameters
    // for customer 1 (x = 2, zbar = 22.35): (15.44 + 2 * 22.35) * 6.25 / (6.25 * 2 + 3.74 - 1).
    [Fact]
    public void GammaGammaConditionalExpectedAverageSpend_CdnowCustomer1_MatchesHandCalculation()
    {
        var model = new GammaGamma(6.25, 3.74, 15.44);

        Assert.Equal(60.14 * 6.25 / 15.24, model.ConditionalExpectedAverageSpend(2, 22.35), 12);
        Assert.Equal(6.25 * 15.44 / 2.74, model.ConditionalExpectedAverageSpend(0, 0), 12);   // population mean
    }

    [Fact]
    public void GammaGammaClv_LinearPurchaseModel_IsTheDiscountedSum()
    {
        var spend = new GammaGamma(6.25, 3.74, 15.44);
        var purchases = new LinearPurchases(0.5);
        double m = spend.ConditionalExpectedAverageSpend(2, 22.35);

        double clv = spend.Clv(purchases, 2, 30.43, 38.86, 22.35, periods: 3, periodLength: 1, discountRate: 0.1);

        Assert.Equal(0.5 * m * ((1 / 1.1) + (1 / 1.21) + (1 / 1.331)), clv, 10);
    }

    [Fact]
    public void ExpectedPopulationRepeatPurchases_SumsNewCustomerCurveOverAcquiredCustomers()
    {
        var purchases = new LinearPurchases(0.5);
        double[] ages = [10, 3, 0];

        Assert.Equal(0.5 * (12 + 5 + 2), new BetaGeo(1, 1, 2, 2).ExpectedPurchasesNewCustomer(0) + ModelInput.PopulationRepeatPurchases(purchases, ages, 2));
        Assert.Equal(0.5 * 5, ModelInput.PopulationRepeatPurchases(purchases, ages, -5));
    }

    private static double ParetoIntegral(double r, double alpha, double s, double beta, double x, double tx, double t)
    {
        if (tx == t)
        {
            return 0;
        }

        double m = Math.Min(alpha, beta);
        double u0 = Math.Log(m + tx), u1 = Math.Log(m + t);
        const int n = 20000;
        double h = (u1 - u0) / n, sum = 0;
        for (int k = 0; k <= n; k++)
        {
            double y = Math.Exp(u0 + (k * h)) - m;
            double f = Math.Pow(alpha + y, -(r + x)) * Math.Pow(beta + y, -(s + 1)) * (m + y);
            sum += f * (k == 0 || k == n ? 1 : (k % 2 == 1 ? 4 : 2));
        }

        return sum * h / 3;
    }

    private static double Central(Func<double, double> f, double v, double h) => (f(v + h) - f(v - h)) / (2 * h);

    // Central differences with one Richardson step (error O(h^4)); h = 1e-3 of the parameter keeps the
    // roundoff of a 2,357-term sum (about 1e-11) well below the truncation error.
    private static void AssertGradient(Func<double[], double> ll, double[] p, double[] gradient)
    {
        for (int k = 0; k < p.Length; k++)
        {
            double Difference(double h)
            {
                double[] up = (double[])p.Clone(), down = (double[])p.Clone();
                up[k] += h;
                down[k] -= h;
                return (ll(up) - ll(down)) / (2 * h);
            }

            double h0 = 1e-3 * p[k];
            double numeric = ((4 * Difference(h0 / 2)) - Difference(h0)) / 3;
            Assert.True(Math.Abs(numeric - gradient[k]) <= 1e-6 * Math.Max(1, Math.Abs(numeric)), FormattableString.Invariant($"parameter {k}: numeric {numeric}, analytic {gradient[k]}"));
        }
    }

    /// <summary>A purchase model with E[Y(t)] = E[X(t)] = rate * t, for checking the CLV and population sums by hand.</summary>
    private sealed class LinearPurchases(double rate) : IPurchaseModel
    {
        public double ConditionalExpectedPurchases(double time, double frequency, double recency, double age) => rate * time;

        public double ProbabilityAlive(double frequency, double recency, double age) => 1;

        public double ExpectedPurchasesNewCustomer(double time) => rate * time;

        public double ExpectedPopulationRepeatPurchases(ReadOnlySpan<double> ages, double time) => ModelInput.PopulationRepeatPurchases(this, ages, time);
    }
}
