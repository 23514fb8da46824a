using System;
using CrmKpi.Internal;
using CrmKpi.Probabilistic;

namespace CrmKpi;

/// <summary>
/// The MBG/NBD ("modified beta-geometric / negative binomial") repeat-purchase model of Batislam,
/// Denizel and Filiztekin (2007): the BG/NBD of <see cref="BetaGeo"/>, except that a customer may also
/// drop out at time zero, right after the first purchase. While active a customer buys at a Poisson rate
/// lambda ~ Gamma(r, alpha); at time zero and after each repeat purchase the customer drops out with
/// probability p ~ Beta(a, b). Fitted by maximum likelihood on a frequency / recency / T summary;
/// immutable once built.
/// </summary>
/// <remarks>
/// <para>Catalog V6. Sources: E. P. Batislam, M. Denizel and A. Filiztekin, "Empirical validation and
/// comparison of models for customer base analysis", International Journal of Research in Marketing
/// 24(3), 2007; the MBG/NBD of the R package BTYDplus (Platzer), whose fit on the CDNOW sample (2,357
/// customers, weeks) is r = 0.525, alpha = 6.183, a = 0.891, b = 1.614.</para>
/// <para>Unlike the BG/NBD, a customer without repeat purchases is not certainly alive: the model lets
/// the many one-time buyers of a data set like CDNOW be "dead on arrival".</para>
/// <para>Times are in the unit of the summary (see <see cref="SummaryTimeUnit"/>).</para>
/// </remarks>
public sealed class ModifiedBetaGeo : IPurchaseModel
{
    /// <summary>Builds a model from known parameters (for example published ones), without a fit.</summary>
    /// <param name="r">Shape of the gamma distribution of purchase rates; finite, greater than zero.</param>
    /// <param name="alpha">Scale (rate) of the gamma distribution of purchase rates, in time units; finite, greater than zero.</param>
    /// <param name="a">First shape of the beta distribution of dropout probabilities; finite, greater than zero.</param>
    /// <param name="b">Second shape of the beta distribution of dropout probabilities; finite, greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and greater than zero.</exception>
    public ModifiedBetaGeo(double r, double alpha, double a, double b)
        : this(r, alpha, a, b, double.NaN, null)
    {
    }

    private ModifiedBetaGeo(double r, double alpha, double a, double b, double logLikelihood, FitDiagnostics? diagnostics)
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
    /// <para>Log-likelihood per customer (Batislam, Denizel and Filiztekin 2007):
    /// <c>ln G(r+x) - ln G(r) + r ln alpha + ln B(a, b+x+1) - ln B(a, b) - (r+x) ln(alpha+T) + ln(1 + a/(b+x) ((alpha+T)/(alpha+t_x))^(r+x))</c>.</para>
    /// <para>The same shared driver as <see cref="BetaGeo.Fit"/>: MathNet.Numerics' BFGS on the log parameters with the
    /// analytic gradient, from r = 1, alpha = 1 / (mean purchases per unit of T), a = b = 1, over distinct (x, t_x, T)
    /// rows with weights. Catalog V6; reproduces BTYDplus' CDNOW fit (see the type's remarks).</para>
    /// </remarks>
    public static ModifiedBetaGeo Fit(CustomerSummaryColumns summary, double penalizer = 0, int maxIterations = 500)
    {
        Guard.FiniteNonNegative(penalizer);
        Guard.Positive(maxIterations);
        (double[] theta, double ll, FitDiagnostics diagnostics) = BetaGeoLikelihood.Fit(summary, penalizer, maxIterations, modified: true);
        return new ModifiedBetaGeo(theta[0], theta[1], theta[2], theta[3], ll, diagnostics);
    }

    /// <summary>The total log-likelihood of a summary under this model's parameters.</summary>
    /// <param name="summary">Frequency, recency and T per customer.</param>
    /// <returns>The sum of the customers' log-likelihoods (0 for an empty summary).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An element breaks the summary's rules; the message names the column and index.</exception>
    /// <remarks>One pass, no allocation. Catalog V6.</remarks>
    public double TotalLogLikelihood(CustomerSummaryColumns summary) =>
        BetaGeoLikelihood.Evaluate(summary.Frequency, summary.Recency, summary.Age, default, R, Alpha, A, B, default, BetaGeoLikelihood.TableSize, check: true, modified: true);

    /// <inheritdoc/>
    /// <remarks>
    /// <para><c>E[Y(t)] = (a+b+x)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x; t/(alpha+T+t))] * P(alive)</c>:
    /// given survival, the dropout probability's posterior is Beta(a, b+x+1), so the BG/NBD's equation 10 applies with b + 1 for b.</para>
    /// <para>Catalog V6.</para>
    /// </remarks>
    public double ConditionalExpectedPurchases(double time, double frequency, double recency, double age)
    {
        Guard.FiniteNonNegative(time);
        ModelInput.CheckCustomer(frequency, recency, age);
        if (time == 0)
        {
            return 0;
        }

        return Math.Max(0, BetaGeoExpectation.WhileActive(R, Alpha, A, B + 1, time, frequency, age) * ProbabilityAlive(frequency, recency, age));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// <para><c>P(alive) = 1 / (1 + a/(b+x) ((alpha+T)/(alpha+t_x))^(r+x))</c> for every x, zero included
    /// (Batislam, Denizel and Filiztekin 2007): a customer without repeat purchases may have dropped out at time zero.</para>
    /// <para>Catalog V6.</para>
    /// </remarks>
    public double ProbabilityAlive(double frequency, double recency, double age)
    {
        ModelInput.CheckCustomer(frequency, recency, age);
        double logD = Math.Log(A / (B + frequency)) + ((R + frequency) * Math.Log((Alpha + age) / (Alpha + recency)));
        return 1 / (1 + Math.Exp(logD));
    }

    /// <inheritdoc/>
    /// <remarks>The sum of <see cref="ExpectedPurchasesNewCustomer"/> at each customer's age plus <paramref name="time"/>. Catalog V6.</remarks>
    public double ExpectedPopulationRepeatPurchases(ReadOnlySpan<double> ages, double time) =>
        ModelInput.PopulationRepeatPurchases(this, ages, time);

    /// <inheritdoc/>
    /// <remarks>
    /// <para><c>E[X(t)] = b/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b+1; a+b; t/(alpha+t))]</c>: the customer
    /// survives time zero with probability b/(a+b), after which the dropout probability is Beta(a, b+1) and
    /// the BG/NBD's equation 9 applies with b + 1 for b.</para>
    /// <para>Catalog V6.</para>
    /// </remarks>
    public double ExpectedPurchasesNewCustomer(double time)
    {
        Guard.FiniteNonNegative(time);
        if (time == 0)
        {
            return 0;
        }

        return Math.Max(0, B / (A + B) * BetaGeoExpectation.WhileActive(R, Alpha, A, B + 1, time, 0, 0));
    }
}
