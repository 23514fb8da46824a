using System;
using CrmKpi.Probabilistic;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): values of Gamma-Gamma's CLV, Pareto/NBD's expected purchases of a new customer and the
/// elementary functions at the points where a mutant shows, each against an independent form (a closed geometric sum,
/// the paper's power form, exact limits).
/// </summary>
public partial class ProbabilisticTests
{
    [Fact]
    public void GammaGammaClv_ConstantRatePurchases_IsTheDiscountedGeometricSum()
    {
        // Every period of length L brings rate x L purchases, discounted by v^k with v = 1/(1+d):
        // CLV = rate L E[M] sum_{k=1..n} v^k = rate L E[M] v (1 - v^n) / (1 - v). For x = 0, E[M] = p gamma / (q - 1) (the population mean).
        const double rate = 0.5, length = 4.345, d = 0.01;
        const int n = 12;
        double v = 1 / (1 + d);
        double populationMean = 6.25 * 15.44 / (3.74 - 1);
        double expected = rate * length * populationMean * v * (1 - Math.Pow(v, n)) / (1 - v);
        double actual = CdnowSpend.Clv(new LinearPurchases(rate), 0, 0, 10, 0, n, length, d);
        Assert.Equal(expected, actual, expected * 1e-13);
    }

    [Fact]
    public void GammaGammaClv_SummaryForm_EqualsTheSingleCustomerFormPerCustomer()
    {
        var purchases = new BetaGeo(0.243, 4.414, 0.793, 2.426);
        var summary = new CustomerSummaryColumns([0, 2, 5], [0, 12, 30], [20, 25, 38]);
        double[] spend = [0, 20, 35.5];
        var destination = new double[4];
        destination[3] = -7; // past the summary: left as it was
        CdnowSpend.Clv(purchases, summary, spend, 6, 4.345, 0.01, destination);
        for (int i = 0; i < 3; i++)
        {
            double single = CdnowSpend.Clv(purchases, summary.Frequency[i], summary.Recency[i], summary.Age[i], spend[i], 6, 4.345, 0.01);
            Assert.True(single > 0);
            Assert.Equal(single, destination[i]);
        }

        Assert.Equal(-7, destination[3]);
    }

    [Fact]
    public void GammaGammaSpend_MeanDoesNotExist_IsPositiveInfinity()
    {
        // p x + q - 1 = 0.5 x 0 + 0.5 - 1 < 0: the posterior mean of the spend does not exist (q <= 1 for a new customer).
        Assert.Equal(double.PositiveInfinity, new GammaGamma(0.5, 0.5, 10).ConditionalExpectedAverageSpend(0, 0));
    }

    [Fact]
    public void GammaGammaFit_ExactlyTwoRepeatCustomers_Fits()
    {
        // The fit needs at least 2 repeat customers (x > 0); 2 is enough, the non-repeat customer is left out.
        GammaGamma model = GammaGamma.Fit([1, 0, 2], [10, 0, 30]);
        Assert.Equal(2, model.Diagnostics!.Customers);
        Assert.True(double.IsFinite(model.LogLikelihood));
    }

    [Fact]
    public void GammaGammaFit_ReportedLogLikelihood_IsHardiesEquation3AtTheFittedParameters()
    {
        // Hardie's note on the Gamma-Gamma model, equation 3, per repeat customer with x purchases averaging z:
        // ln G(px+q) - ln G(px) - ln G(q) + q ln gamma + (px-1) ln z + px ln x - (px+q) ln(gamma + x z).
        double[] x = [1, 2, 3, 1, 4, 0, 2];
        double[] z = [10, 20, 15, 30, 25, 0, 12];
        GammaGamma model = GammaGamma.Fit(x, z);
        double p = model.P, q = model.Q, g = model.Gamma, expected = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] == 0)
            {
                continue;
            }

            double px = p * x[i];
            expected += MathNet.Numerics.SpecialFunctions.GammaLn(px + q) - MathNet.Numerics.SpecialFunctions.GammaLn(px)
                - MathNet.Numerics.SpecialFunctions.GammaLn(q) + (q * Math.Log(g)) + ((px - 1) * Math.Log(z[i]))
                + (px * Math.Log(x[i])) - ((px + q) * Math.Log(g + (x[i] * z[i])));
        }

        // Agreement to 1e-8 relative (the two sums meet at about 8e-10 relative here); a wrong term moves the value by
        // whole units (the sign of the -1 in (px-1) ln z alone moves it by 2 sum ln z, about 30).
        Assert.Equal(expected, model.LogLikelihood, Math.Abs(expected) * 1e-8);
    }

    [Theory]
    [InlineData(0.55, 10.58, 0.61, 11.67, 39)]
    [InlineData(0.55, 10.58, 0.61, 11.67, 78)]
    [InlineData(2.5, 4, 3.2, 0.8, 10)]
    public void ParetoNbdExpectedPurchasesNewCustomer_EqualsThePowerForm(double r, double alpha, double s, double beta, double t)
    {
        // Schmittlein, Morrison and Colombo (1987): E[X(t)] = r beta / (alpha (s - 1)) [1 - (beta / (beta + t))^(s - 1)].
        double expected = r * beta / (alpha * (s - 1)) * (1 - Math.Pow(beta / (beta + t), s - 1));
        Assert.Equal(expected, new ParetoNbd(r, alpha, s, beta).ExpectedPurchasesNewCustomer(t), Math.Abs(expected) * 1e-12);
    }

    [Fact]
    public void ParetoNbdExpectedPurchasesNewCustomer_SEqualsOne_IsTheLogarithmicLimit()
    {
        // At s = 1 the power form is 0/0; its limit is (r beta / alpha) ln(1 + t / beta).
        double expected = 0.55 * 11.67 / 10.58 * Math.Log(1 + (39 / 11.67));
        Assert.Equal(expected, new ParetoNbd(0.55, 10.58, 1, 11.67).ExpectedPurchasesNewCustomer(39), expected * 1e-13);
    }

    [Fact]
    public void Elementary_TinyArguments_ReturnTheArgument()
    {
        // e^x - 1 = x + x^2/2 + ... and ln(1 + u) = u - u^2/2 + ...: at 1e-20 the second terms are 1e-40, far below an ulp.
        Assert.Equal(1e-20, Elementary.ExpMinusOne(1e-20));
        Assert.Equal(-1e-20, Elementary.ExpMinusOne(-1e-20));
        Assert.Equal(1e-20, Elementary.LogOnePlus(1e-20));
    }

    [Fact]
    public void Elementary_ExpMinusOne_BeyondTheExponentsRange_IsInfinityOrMinusOne()
    {
        // e^800 overflows: e^800 - 1 is +infinity; e^-800 underflows to 0: e^-800 - 1 is -1.
        Assert.Equal(double.PositiveInfinity, Elementary.ExpMinusOne(800));
        Assert.Equal(-1, Elementary.ExpMinusOne(-800));
    }
}
