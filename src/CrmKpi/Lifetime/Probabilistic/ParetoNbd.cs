using System;
using CrmKpi.Internal;
using CrmKpi.Probabilistic;

namespace CrmKpi;

/// <summary>
/// The Pareto/NBD repeat-purchase model of Schmittlein, Morrison and Colombo (1987): while active a
/// customer buys at a Poisson rate lambda ~ Gamma(r, alpha) and has an exponential lifetime with
/// rate mu ~ Gamma(s, beta). Fitted by maximum likelihood on a frequency / recency / T summary;
/// immutable once built.
/// </summary>
/// <remarks>
/// <para>Catalog V6. Sources: D. C. Schmittlein, D. G. Morrison and R. Colombo, "Counting Your
/// Customers: Who Are They and What Will They Do Next?", Management Science 33(1), 1987; P. S. Fader and
/// B. G. S. Hardie, "A Note on Deriving the Pareto/NBD Model and Related Expressions" (2005) and
/// "Implementing the Pareto/NBD Model" notes, whose CDNOW fit (2,357 customers, weeks) is
/// r = 0.553, alpha = 10.578, s = 0.606, beta = 11.669, LL = -9595.0.</para>
/// <para>Times are in the unit of the summary (see <see cref="SummaryTimeUnit"/>).</para>
/// </remarks>
public sealed class ParetoNbd : IPurchaseModel
{
    /// <summary>Builds a model from known parameters (for example published ones), without a fit.</summary>
    /// <param name="r">Shape of the gamma distribution of purchase rates; finite, greater than zero.</param>
    /// <param name="alpha">Scale of the gamma distribution of purchase rates, in time units; finite, greater than zero.</param>
    /// <param name="s">Shape of the gamma distribution of dropout rates; finite, greater than zero.</param>
    /// <param name="beta">Scale of the gamma distribution of dropout rates, in time units; finite, greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and greater than zero.</exception>
    public ParetoNbd(double r, double alpha, double s, double beta)
        : this(r, alpha, s, beta, double.NaN, null)
    {
    }

    private ParetoNbd(double r, double alpha, double s, double beta, double logLikelihood, FitDiagnostics? diagnostics)
    {
        Guard.FinitePositive(r);
        Guard.FinitePositive(alpha);
        Guard.FinitePositive(s);
        Guard.FinitePositive(beta);
        (R, Alpha, S, Beta) = (r, alpha, s, beta);
        LogLikelihood = logLikelihood;
        Diagnostics = diagnostics;
    }

    /// <summary>Shape r of the gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>Scale alpha of the gamma distribution of purchase rates.</summary>
    public double Alpha { get; }

    /// <summary>Shape s of the gamma distribution of dropout rates.</summary>
    public double S { get; }

    /// <summary>Scale beta of the gamma distribution of dropout rates.</summary>
    public double Beta { get; }

    /// <summary>The log-likelihood of the fitted summary at the parameters (penalty excluded); NaN for a model built from parameters.</summary>
    public double LogLikelihood { get; }

    /// <summary>How the fit ended; null for a model built from parameters.</summary>
    public FitDiagnostics? Diagnostics { get; }

    /// <summary>Fits (r, alpha, s, beta) by maximum likelihood.</summary>
    /// <param name="summary">Frequency, recency and T per customer (see <see cref="CustomerSummaryColumns"/> for the rules).</param>
    /// <param name="penalizer">L2 penalty coefficient: the fit minimises <c>-LL / n + penalizer * (r^2 + alpha^2 + s^2 + beta^2)</c>. Finite, not negative; 0 (the default) is plain maximum likelihood.</param>
    /// <param name="maxIterations">Most BFGS iterations; greater than zero.</param>
    /// <returns>The fitted model, with <see cref="LogLikelihood"/> and <see cref="Diagnostics"/>. A fit that did not converge says so in <see cref="FitDiagnostics.Converged"/>.</returns>
    /// <exception cref="ArgumentException">The summary cannot identify the model: fewer than 2 customers, no repeat purchase, or every T is 0 (parameter name <c>summary</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An element breaks the summary's rules (the message names the column and index), or <paramref name="penalizer"/> or <paramref name="maxIterations"/> is out of range.</exception>
    /// <remarks>
    /// <para>Log-likelihood per customer (Fader and Hardie's note, equation 22, with the max(alpha, beta) form):
    /// <c>ln G(r+x) - ln G(r) + r ln alpha + s ln beta + ln[(alpha+T)^-(r+x) (beta+T)^-s + s/(r+s+x) A0]</c>;
    /// the Gauss hypergeometric function in A0 is summed after Euler's transformation with a rigorous tail
    /// bound, which stays accurate when its argument approaches 1 (one of alpha, beta much larger than the other).</para>
    /// <para>MathNet.Numerics' BFGS on the log parameters with the analytic gradient, from r = s = 1 and
    /// alpha = beta = 1 / (mean purchases per unit of T). Catalog V6; reproduces the published CDNOW fit.</para>
    /// </remarks>
    public static ParetoNbd Fit(CustomerSummaryColumns summary, double penalizer = 0, int maxIterations = 500)
    {
        Guard.FiniteNonNegative(penalizer);
        Guard.Positive(maxIterations);
        ModelInput input = ModelInput.Create(summary);
        int tableSize = Math.Min(input.MaxFrequency + 1, ParetoNbdLikelihood.TableSize);
        double LogLikelihoodOf(ReadOnlySpan<double> p, Span<double> g) =>
            ParetoNbdLikelihood.Evaluate(input.X, input.Recency, input.Age, input.Weight, p[0], p[1], p[2], p[3], g, tableSize, check: false);
        double scale = 1 / input.MeanRate();
        double[] start = [1, scale, 1, scale];
        (double[] theta, double ll, FitDiagnostics diagnostics) = MaximumLikelihood.Fit(LogLikelihoodOf, start, input.Customers, input.Customers, penalizer, maxIterations);
        return new ParetoNbd(theta[0], theta[1], theta[2], theta[3], ll, diagnostics);
    }

    /// <summary>The total log-likelihood of a summary under this model's parameters.</summary>
    /// <param name="summary">Frequency, recency and T per customer.</param>
    /// <returns>The sum of the customers' log-likelihoods (0 for an empty summary).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An element breaks the summary's rules; the message names the column and index.</exception>
    /// <remarks>One pass, no allocation. Catalog V6.</remarks>
    public double TotalLogLikelihood(CustomerSummaryColumns summary) =>
        ParetoNbdLikelihood.Evaluate(summary.Frequency, summary.Recency, summary.Age, default, R, Alpha, S, Beta, default, ParetoNbdLikelihood.TableSize, check: true);

    /// <inheritdoc/>
    /// <remarks>
    /// <para>Schmittlein, Morrison and Colombo (1987), as in Fader and Hardie's note:
    /// <c>E[Y(t)] = (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)] P(alive)</c>, with the limit
    /// <c>(r+x)(beta+T)/(alpha+T) ln((beta+T+t)/(beta+T)) P(alive)</c> at s = 1.</para>
    /// <para>Catalog V6.</para>
    /// </remarks>
    public double ConditionalExpectedPurchases(double time, double frequency, double recency, double age)
    {
        Guard.FiniteNonNegative(time);
        double alive = ProbabilityAlive(frequency, recency, age);
        return (R + frequency) / (Alpha + age) * (Beta + age) * Horizon(time / (Beta + age)) * alive;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// <para><c>P(alive) = (alpha+T)^-(r+x) (beta+T)^-s / [(alpha+T)^-(r+x) (beta+T)^-s + s/(r+s+x) A0]</c>
    /// (Fader and Hardie's note, equation 23), computed in logarithms.</para>
    /// <para>Catalog V6.</para>
    /// </remarks>
    public double ProbabilityAlive(double frequency, double recency, double age)
    {
        ModelInput.CheckCustomer(frequency, recency, age);
        Span<double> g = stackalloc double[4];
        ParetoNbdLikelihood.Customer(frequency, recency, age, R, Alpha, S, Beta, g, out double alive);
        return alive;
    }

    /// <inheritdoc/>
    /// <remarks>The sum of <see cref="ExpectedPurchasesNewCustomer"/> at each customer's age plus <paramref name="time"/>. Catalog V6.</remarks>
    public double ExpectedPopulationRepeatPurchases(ReadOnlySpan<double> ages, double time) =>
        ModelInput.PopulationRepeatPurchases(this, ages, time);

    /// <inheritdoc/>
    /// <remarks>
    /// <para><c>E[X(t)] = r beta / (alpha (s-1)) [1 - (beta/(beta+t))^(s-1)]</c>, with the limit
    /// <c>r beta / alpha ln(1 + t/beta)</c> at s = 1 (Schmittlein, Morrison and Colombo 1987).</para>
    /// <para>Catalog V6.</para>
    /// </remarks>
    public double ExpectedPurchasesNewCustomer(double time)
    {
        Guard.FiniteNonNegative(time);
        return R / Alpha * Beta * Horizon(time / Beta);
    }

    /// <summary>[1 - (1 + u)^-(s-1)] / (s - 1), and ln(1 + u) at s = 1, without cancellation.</summary>
    private double Horizon(double u)
    {
        double l = Elementary.LogOnePlus(u);
        double sm1 = S - 1;
        return sm1 == 0 ? l : -Elementary.ExpMinusOne(-sm1 * l) / sm1;
    }
}
