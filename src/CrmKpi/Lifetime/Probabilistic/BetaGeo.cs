using System;
using CrmKpi.Internal;
using CrmKpi.Probabilistic;

namespace CrmKpi;

/// <summary>
/// The BG/NBD ("beta-geometric / negative binomial") repeat-purchase model of Fader, Hardie and Lee
/// (2005): while active a customer buys at a Poisson rate lambda ~ Gamma(r, alpha); after each
/// purchase the customer drops out with probability p ~ Beta(a, b). Fitted by maximum likelihood on a
/// frequency / recency / T summary; immutable once built.
/// </summary>
/// <remarks>
/// <para>Catalog V6. Source: P. S. Fader, B. G. S. Hardie and K. L. Lee, "'Counting Your Customers' the
/// Easy Way: An Alternative to the Pareto/NBD Model", Marketing Science 24(2), 2005. On the CDNOW
/// sample (2,357 customers, weeks) the paper reports r = 0.243, alpha = 4.414, a = 0.793, b = 2.426,
/// LL = -9582.4, and 1.226 expected purchases in the next 39 weeks for x = 2, t_x = 30.43, T = 38.86.</para>
/// <para>Times are in the unit of the summary (see <see cref="SummaryTimeUnit"/>).</para>
/// </remarks>
public sealed class BetaGeo : IPurchaseModel
{
    /// <summary>Builds a model from known parameters (for example published ones), without a fit.</summary>
    /// <param name="r">Shape of the gamma distribution of purchase rates; finite, greater than zero.</param>
    /// <param name="alpha">Scale (rate) of the gamma distribution of purchase rates, in time units; finite, greater than zero.</param>
    /// <param name="a">First shape of the beta distribution of dropout probabilities; finite, greater than zero.</param>
    /// <param name="b">Second shape of the beta distribution of dropout probabilities; finite, greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and greater than zero.</exception>
    public BetaGeo(double r, double alpha, double a, double b)
        : this(r, alpha, a, b, double.NaN, null)
    {
    }

    private BetaGeo(double r, double alpha, double a, double b, double logLikelihood, FitDiagnostics? diagnostics)
    {
        Guard.FinitePositive(r);
        Guard.FinitePositive(alpha);
        Guard.FinitePositive(a);
        Guard.FinitePositive(b);
        (R, Alpha, A, B) = (r, alpha, a, b);
        LogLikelihood = logLikelihood;
        Diagnostics = diagnostics;
    }

    /// <summary>Shape r of the gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>Scale alpha of the gamma distribution of purchase rates.</summary>
    public double Alpha { get; }

    /// <summary>Shape a of the beta distribution of dropout probabilities.</summary>
    public double A { get; }

    /// <summary>Shape b of the beta distribution of dropout probabilities.</summary>
    public double B { get; }

    /// <summary>The log-likelihood of the fitted summary at the parameters (penalty excluded); NaN for a model built from parameters.</summary>
    public double LogLikelihood { get; }

    /// <summary>How the fit ended; null for a model built from parameters.</summary>
    public FitDiagnostics? Diagnostics { get; }

    /// <summary>Fits (r, alpha, a, b) by maximum likelihood.</summary>
    /// <param name="summary">Frequency, recency and T per customer (see <see cref="CustomerSummaryColumns"/> for the rules).</param>
    /// <param name="penalizer">L2 penalty coefficient: the fit minimises <c>-LL / n + penalizer * (r^2 + alpha^2 + a^2 + b^2)</c>. Finite, not negative; 0 (the default) is plain maximum likelihood.</param>
    /// <param name="maxIterations">Most BFGS iterations; greater than zero.</param>
    /// <returns>The fitted model, with <see cref="LogLikelihood"/> and <see cref="Diagnostics"/>. A fit that did not converge says so in <see cref="FitDiagnostics.Converged"/>.</returns>
    /// <exception cref="ArgumentException">The summary cannot identify the model: fewer than 2 customers, no repeat purchase, or every T is 0 (parameter name <c>summary</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An element breaks the summary's rules (the message names the column and index), or <paramref name="penalizer"/> or <paramref name="maxIterations"/> is out of range.</exception>
    /// <remarks>
    /// <para>Log-likelihood per customer (equation 6 of the paper):
    /// <c>ln G(r+x) - ln G(r) + r ln alpha + ln B(a, b+x) - ln B(a, b) - (r+x) ln(alpha+T) + ln(1 + [x &gt; 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x))</c>.</para>
    /// <para>MathNet.Numerics' BFGS on ln r, ln alpha, ln a, ln b with the analytic gradient, from
    /// r = 1, alpha = 1 / (mean purchases per unit of T), a = b = 1. Customers with identical (x, t_x, T)
    /// are evaluated once with a weight. Catalog V6; reproduces the published CDNOW fit (see the type's remarks).</para>
    /// </remarks>
    public static BetaGeo Fit(CustomerSummaryColumns summary, double penalizer = 0, int maxIterations = 500)
    {
        Guard.FiniteNonNegative(penalizer);
        Guard.Positive(maxIterations);
        (double[] theta, double ll, FitDiagnostics diagnostics) = BetaGeoLikelihood.Fit(summary, penalizer, maxIterations, modified: false);
        return new BetaGeo(theta[0], theta[1], theta[2], theta[3], ll, diagnostics);
    }

    /// <summary>The total log-likelihood of a summary under this model's parameters.</summary>
    /// <param name="summary">Frequency, recency and T per customer.</param>
    /// <returns>The sum of the customers' log-likelihoods (0 for an empty summary).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An element breaks the summary's rules; the message names the column and index.</exception>
    /// <remarks>One pass, no allocation: gamma-function terms come from a per-frequency table built by recurrence. Catalog V6.</remarks>
    public double TotalLogLikelihood(CustomerSummaryColumns summary) =>
        BetaGeoLikelihood.Evaluate(summary.Frequency, summary.Recency, summary.Age, default, R, Alpha, A, B, default, BetaGeoLikelihood.TableSize, check: true);

    /// <inheritdoc/>
    /// <remarks>
    /// <para>Equation 10 of Fader, Hardie and Lee (2005):
    /// <c>E[Y(t)] = (a+b+x-1)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; t/(alpha+T+t))] / (1 + [x &gt; 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x))</c>.</para>
    /// <para>Catalog V6. Published example: 1.226 for t = 39, x = 2, t_x = 30.43, T = 38.86 with the CDNOW parameters.</para>
    /// </remarks>
    public double ConditionalExpectedPurchases(double time, double frequency, double recency, double age)
    {
        Guard.FiniteNonNegative(time);
        ModelInput.CheckCustomer(frequency, recency, age);
        if (time == 0)
        {
            return 0;
        }

        return Math.Max(0, BetaGeoExpectation.WhileActive(R, Alpha, A, B, time, frequency, age) * ProbabilityAlive(frequency, recency, age));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// <para><c>P(alive) = 1 / (1 + [x &gt; 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x))</c> (Fader, Hardie and Lee 2005, equation 11; their note on computing it).
    /// A customer without repeat purchases is alive with probability 1: in BG/NBD dropout can happen only right after a purchase.</para>
    /// <para>Catalog V6.</para>
    /// </remarks>
    public double ProbabilityAlive(double frequency, double recency, double age)
    {
        ModelInput.CheckCustomer(frequency, recency, age);
        if (frequency == 0)
        {
            return 1;
        }

        double logD = Math.Log(A / (B + frequency - 1)) + ((R + frequency) * Math.Log((Alpha + age) / (Alpha + recency)));
        return 1 / (1 + Math.Exp(logD));
    }

    /// <inheritdoc/>
    /// <remarks>The sum of <see cref="ExpectedPurchasesNewCustomer"/> at each customer's age plus <paramref name="time"/>. Catalog V6.</remarks>
    public double ExpectedPopulationRepeatPurchases(ReadOnlySpan<double> ages, double time) =>
        ModelInput.PopulationRepeatPurchases(this, ages, time);

    /// <inheritdoc/>
    /// <remarks>
    /// <para>Equation 9 of Fader, Hardie and Lee (2005):
    /// <c>E[X(t)] = (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; t/(alpha+t))]</c>.</para>
    /// <para>Catalog V6.</para>
    /// </remarks>
    public double ExpectedPurchasesNewCustomer(double time)
    {
        Guard.FiniteNonNegative(time);
        if (time == 0)
        {
            return 0;
        }

        return Math.Max(0, BetaGeoExpectation.WhileActive(R, Alpha, A, B, time, 0, 0));
    }
}
