using System;
using CrmKpi.Internal;
using CrmKpi.Probabilistic;
using MathNet.Numerics;

namespace CrmKpi;

/// <summary>
/// The BG/BB ("beta-geometric / beta-Bernoulli") model of Fader, Hardie and Shang (2010) for
/// discrete-time noncontractual settings (a yearly donation, a monthly visit): while alive a customer
/// transacts at each opportunity with probability p ~ Beta(alpha, beta), and at the start of each
/// opportunity after the first transaction becomes inactive with probability theta ~ Beta(gamma, delta).
/// Fitted by maximum likelihood on a (frequency, recency, periods) summary with a weight per pattern;
/// immutable once built.
/// </summary>
/// <remarks>
/// <para>Catalog V6. Source: P. S. Fader, B. G. S. Hardie and J. Shang, "Customer-Base Analysis in a
/// Discrete-Time Noncontractual Setting", Marketing Science 29(6), 2010, and Hardie's BG/BB note and
/// worksheet. On the donations data (11,104 donors of the 1995 cohort, 6 yearly opportunities) the
/// paper reports alpha = 1.204, beta = 0.750, gamma = 0.657, delta = 2.783, LL = -33,225.6, and the
/// worksheet totals 12,884.2 expected donations in the next 5 years.</para>
/// <para>Periods are opportunities: the first transaction is period 0, the summary's n counts the
/// opportunities after it.</para>
/// </remarks>
public sealed class BetaGeoBetaBinomial
{
    private const int DirectSumLimit = 10_000;

    /// <summary>Builds a model from known parameters (for example published ones), without a fit.</summary>
    /// <param name="alpha">First shape of the beta distribution of transaction probabilities; finite, greater than zero.</param>
    /// <param name="beta">Second shape of the beta distribution of transaction probabilities; finite, greater than zero.</param>
    /// <param name="gamma">First shape of the beta distribution of dropout probabilities; finite, greater than zero.</param>
    /// <param name="delta">Second shape of the beta distribution of dropout probabilities; finite, greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and greater than zero.</exception>
    public BetaGeoBetaBinomial(double alpha, double beta, double gamma, double delta)
        : this(alpha, beta, gamma, delta, double.NaN, null)
    {
    }

    private BetaGeoBetaBinomial(double alpha, double beta, double gamma, double delta, double logLikelihood, FitDiagnostics? diagnostics)
    {
        Guard.FinitePositive(alpha);
        Guard.FinitePositive(beta);
        Guard.FinitePositive(gamma);
        Guard.FinitePositive(delta);
        (Alpha, Beta, Gamma, Delta) = (alpha, beta, gamma, delta);
        LogLikelihood = logLikelihood;
        Diagnostics = diagnostics;
    }

    /// <summary>First shape alpha of the beta distribution of transaction probabilities p.</summary>
    public double Alpha { get; }

    /// <summary>Second shape beta of the beta distribution of transaction probabilities p.</summary>
    public double Beta { get; }

    /// <summary>First shape gamma of the beta distribution of dropout probabilities theta.</summary>
    public double Gamma { get; }

    /// <summary>Second shape delta of the beta distribution of dropout probabilities theta.</summary>
    public double Delta { get; }

    /// <summary>The log-likelihood of the fitted summary at the parameters (penalty excluded); NaN for a model built from parameters.</summary>
    public double LogLikelihood { get; }

    /// <summary>How the fit ended; null for a model built from parameters. <see cref="FitDiagnostics.Customers"/> counts the distinct patterns.</summary>
    public FitDiagnostics? Diagnostics { get; }

    /// <summary>Fits (alpha, beta, gamma, delta) by maximum likelihood.</summary>
    /// <param name="summary">Frequency, recency, periods and weights (see <see cref="DiscreteSummaryColumns"/> for the rules).</param>
    /// <param name="penalizer">L2 penalty coefficient: the fit minimises <c>-LL / (sum of weights) + penalizer * (alpha^2 + beta^2 + gamma^2 + delta^2)</c>. Finite, not negative; 0 (the default) is plain maximum likelihood.</param>
    /// <param name="maxIterations">Most BFGS iterations; greater than zero.</param>
    /// <returns>The fitted model, with <see cref="LogLikelihood"/> and <see cref="Diagnostics"/>. A fit that did not converge says so in <see cref="FitDiagnostics.Converged"/>.</returns>
    /// <exception cref="ArgumentException">The summary cannot identify the model: a weight total under 2, no repeat transaction, no missed opportunity (every x = n), or no customer with 2 or more opportunities (parameter name <c>summary</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An element breaks the summary's rules (the message names the column and index), or <paramref name="penalizer"/> or <paramref name="maxIterations"/> is out of range.</exception>
    /// <remarks>
    /// <para>Log-likelihood per pattern (equation 5 of the paper):
    /// <c>ln[ B(alpha+x, beta+n-x)/B(alpha, beta) B(gamma, delta+n)/B(gamma, delta) + sum_(i=0)^(n-t_x-1) B(alpha+x, beta+t_x-x+i)/B(alpha, beta) B(gamma+1, delta+t_x+i)/B(gamma, delta) ]</c>,
    /// summed in log space.</para>
    /// <para>The shared driver of the other models: MathNet.Numerics' BFGS on the log parameters with the analytic
    /// gradient, from alpha = beta = gamma = delta = 1, over distinct patterns with summed weights. Catalog V6;
    /// reproduces the published donations fit (see the type's remarks).</para>
    /// </remarks>
    public static BetaGeoBetaBinomial Fit(DiscreteSummaryColumns summary, double penalizer = 0, int maxIterations = 500)
    {
        Guard.FiniteNonNegative(penalizer);
        Guard.Positive(maxIterations);
        DiscreteInput input = DiscreteInput.Create(summary, forFit: true);
        var likelihood = new BetaGeoBetaBinomialLikelihood(input.LargestPeriods);
        double LogLikelihoodOf(ReadOnlySpan<double> p, Span<double> g) => likelihood.Evaluate(input, p[0], p[1], p[2], p[3], g);
        (double[] theta, double ll, FitDiagnostics diagnostics) = MaximumLikelihood.Fit(LogLikelihoodOf, [1, 1, 1, 1], input.TotalWeight, input.X.Length, penalizer, maxIterations);
        return new BetaGeoBetaBinomial(theta[0], theta[1], theta[2], theta[3], ll, diagnostics);
    }

    /// <summary>The total log-likelihood of a summary under this model's parameters.</summary>
    /// <param name="summary">Frequency, recency, periods and weights.</param>
    /// <returns>The weighted sum of the patterns' log-likelihoods (0 for an empty summary).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An element breaks the summary's rules; the message names the column and index.</exception>
    /// <remarks>Equation 5 of Fader, Hardie and Shang (2010). Catalog V6.</remarks>
    public double TotalLogLikelihood(DiscreteSummaryColumns summary)
    {
        DiscreteInput input = DiscreteInput.Create(summary, forFit: false);
        return new BetaGeoBetaBinomialLikelihood(input.LargestPeriods).Evaluate(input, Alpha, Beta, Gamma, Delta, default);
    }

    /// <summary>Probability that a customer with history (x, t_x, n) is still alive in the next opportunity, period n + 1.</summary>
    /// <param name="frequency">Repeat transactions x; a whole number in <c>[0, recency]</c>.</param>
    /// <param name="recency">Period t_x of the last transaction; a whole number in <c>[frequency, periods]</c>, 0 when x is 0.</param>
    /// <param name="periods">Opportunities n observed; a whole number in [0, 100000].</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument breaks its rule.</exception>
    /// <remarks>
    /// <para>Equation 11 of Fader, Hardie and Shang (2010):
    /// <c>B(alpha+x, beta+n-x)/B(alpha, beta) B(gamma, delta+n+1)/B(gamma, delta) / L(x, t_x, n)</c>.
    /// With the published donations parameters: 0.11 for a donor without repeat donations, 0.59 for 2 repeats
    /// with the last in period 4, 0.93 for 6 of 6 (the paper's table 6).</para>
    /// <para>Catalog V6.</para>
    /// </remarks>
    public double ProbabilityAlive(double frequency, double recency, double periods)
    {
        DiscreteInput.CheckCustomer(frequency, recency, periods);
        double n = periods;
        double lnAlive = LnBetaRatio(Alpha + frequency, Beta + n - frequency, Alpha, Beta) + LnBetaRatio(Gamma, Delta + n + 1, Gamma, Delta);
        return Math.Min(1, Math.Exp(lnAlive - LnLikelihood(frequency, recency, periods)));
    }

    /// <summary>Expected repeat transactions of a new customer in the first <paramref name="periods"/> opportunities: <c>E[X(n)]</c>.</summary>
    /// <param name="periods">Opportunities n after the first transaction; in [0, 10,000,000].</param>
    /// <returns>The expected number of transactions, not negative and non-decreasing in <paramref name="periods"/>; 0 for 0 periods.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is outside [0, 10,000,000].</exception>
    /// <remarks>
    /// <para>Equation 8 of Fader, Hardie and Shang (2010):
    /// <c>alpha/(alpha+beta) delta/(gamma-1) [1 - G(gamma+delta)/G(gamma+delta+n) G(1+delta+n)/G(1+delta)]</c>,
    /// computed as <c>alpha/(alpha+beta) sum_(t=1)^n B(gamma, delta+t)/B(gamma, delta)</c> (exact, also at gamma = 1) up to 10,000 periods.</para>
    /// <para>Catalog V6.</para>
    /// </remarks>
    public double ExpectedTransactions(int periods)
    {
        Guard.InRange(periods, 0, DiscreteInput.MaxHorizon);
        return Alpha / (Alpha + Beta) * Delta * AliveSum(0, periods);
    }

    /// <summary>Expected transactions in the next <paramref name="futurePeriods"/> opportunities (periods n + 1 .. n + n*) of a customer with history (x, t_x, n).</summary>
    /// <param name="futurePeriods">Future opportunities n*; in [0, 10,000,000].</param>
    /// <param name="frequency">Repeat transactions x; a whole number in <c>[0, recency]</c>.</param>
    /// <param name="recency">Period t_x of the last transaction; a whole number in <c>[frequency, periods]</c>, 0 when x is 0.</param>
    /// <param name="periods">Opportunities n observed; a whole number in [0, 100000].</param>
    /// <returns>The expected number of transactions, not negative; 0 when <paramref name="futurePeriods"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument breaks its rule.</exception>
    /// <remarks>
    /// <para>Equation 13 of Fader, Hardie and Shang (2010):
    /// <c>1/L B(alpha+x+1, beta+n-x)/B(alpha, beta) delta/(gamma-1) G(gamma+delta)/G(1+delta) [G(1+delta+n)/G(gamma+delta+n) - G(1+delta+n+n*)/G(gamma+delta+n+n*)]</c>.</para>
    /// <para>Catalog V6.</para>
    /// </remarks>
    public double ConditionalExpectedTransactions(int futurePeriods, double frequency, double recency, double periods)
    {
        Guard.InRange(futurePeriods, 0, DiscreteInput.MaxHorizon);
        DiscreteInput.CheckCustomer(frequency, recency, periods);
        double n = periods;
        double lnPosterior = LnBetaRatio(Alpha + frequency + 1, Beta + n - frequency, Alpha, Beta) - LnLikelihood(frequency, recency, periods);

        // delta/(gamma-1) G(gamma+delta)/G(1+delta) [...] = B(gamma, delta+n)/B(gamma, delta) * delta_n/(gamma-1) [1 - G(...)/G(...)], delta_n = delta + n.
        double lnSurvive = LnBetaRatio(Gamma, Delta + n, Gamma, Delta);
        return Math.Exp(lnPosterior + lnSurvive) * (Delta + n) * AliveSum(n, futurePeriods);
    }

    /// <summary>
    /// The sum over a summary's customers (weights included) of <see cref="ConditionalExpectedTransactions(int, double, double, double)"/>:
    /// the expected transactions of the whole base in the next <paramref name="futurePeriods"/> opportunities.
    /// </summary>
    /// <param name="summary">Frequency, recency, periods and weights.</param>
    /// <param name="futurePeriods">Future opportunities n*; in [0, 10,000,000].</param>
    /// <returns>The expected total, not negative; 0 for an empty summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An element breaks the summary's rules (the message names the column and index), or <paramref name="futurePeriods"/> is outside [0, 10,000,000].</exception>
    /// <remarks>Hardie's BG/BB worksheet totals 12,884.2 for the donations data and 5 future years. Catalog V6.</remarks>
    public double ExpectedPopulationTransactions(DiscreteSummaryColumns summary, int futurePeriods)
    {
        Guard.InRange(futurePeriods, 0, DiscreteInput.MaxHorizon);
        DiscreteInput input = DiscreteInput.Create(summary, forFit: false);
        var total = new CompensatedAccumulator();
        for (int i = 0; i < input.X.Length; i++)
        {
            total.Add(input.Weight[i] * ConditionalExpectedTransactions(futurePeriods, input.X[i], input.Recency[i], input.Periods[i]));
        }

        return total.Value;
    }

    /// <summary>
    /// Discounted expected residual transactions (DERT) of a customer with history (x, t_x, n): the
    /// expected transactions from period n + 1 on, the one in period n + k discounted by <c>(1 + d)^-k</c>.
    /// </summary>
    /// <param name="discountRate">Discount rate d per period; finite, at least 0.0001 (the 2F1 series needs about 39 / d terms).</param>
    /// <param name="frequency">Repeat transactions x; a whole number in <c>[0, recency]</c>.</param>
    /// <param name="recency">Period t_x of the last transaction; a whole number in <c>[frequency, periods]</c>, 0 when x is 0.</param>
    /// <param name="periods">Opportunities n observed; a whole number in [0, 100000].</param>
    /// <returns>The discounted expected number of transactions, not negative.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument breaks its rule.</exception>
    /// <remarks>
    /// <para>Equation 14 of Fader, Hardie and Shang (2010):
    /// <c>B(alpha+x+1, beta+n-x)/B(alpha, beta) B(gamma, delta+n+1)/(B(gamma, delta)(1+d)) 2F1(1, delta+n+1; gamma+delta+n+1; 1/(1+d)) / L(x, t_x, n)</c>.
    /// Multiplied by a margin per transaction it is the customer's expected residual lifetime value.</para>
    /// <para>Catalog V6.</para>
    /// </remarks>
    public double DiscountedExpectedResidualTransactions(double discountRate, double frequency, double recency, double periods)
    {
        DiscreteInput.CheckDiscountRate(discountRate);
        DiscreteInput.CheckCustomer(frequency, recency, periods);
        double n = periods;
        double lnFront = LnBetaRatio(Alpha + frequency + 1, Beta + n - frequency, Alpha, Beta)
            + LnBetaRatio(Gamma, Delta + n + 1, Gamma, Delta)
            - Math.Log(1 + discountRate)
            - LnLikelihood(frequency, recency, periods);
        double series = Hypergeometric.Value(1, Delta + n + 1, Gamma + Delta + n + 1, 1 / (1 + discountRate));
        return Math.Exp(lnFront) * series;
    }

    /// <summary>ln L(x, t_x, n), equation 5, by log-sum-exp over its terms.</summary>
    private double LnLikelihood(double x, double tx, double n)
    {
        double lnAb = LnBetaRatio(Alpha + x, Beta + n - x, Alpha, Beta) + LnBetaRatio(Gamma, Delta + n, Gamma, Delta);
        double max = lnAb;
        int terms = (int)(n - tx);
        for (int i = 0; i < terms; i++)
        {
            max = Math.Max(max, DroppedTerm(x, tx + i));
        }

        double sum = Math.Exp(lnAb - max);
        for (int i = 0; i < terms; i++)
        {
            sum += Math.Exp(DroppedTerm(x, tx + i) - max);
        }

        return max + Math.Log(sum);
    }

    /// <summary>ln of B(alpha+x, beta+m-x)/B(alpha, beta) B(gamma+1, delta+m)/B(gamma, delta): alive through period m, gone in m + 1.</summary>
    private double DroppedTerm(double x, double m) =>
        LnBetaRatio(Alpha + x, Beta + m - x, Alpha, Beta) + LnBetaRatio(Gamma + 1, Delta + m, Gamma, Delta);

    /// <summary>
    /// <c>sum_(t=1)^k prod_(j=0)^(t-1) (delta+s+j)/(gamma+delta+s+j) / (delta+s)</c>, which equals
    /// <c>[1 - G(gamma+delta+s)/G(gamma+delta+s+k) G(1+delta+s+k)/G(1+delta+s)] / (gamma - 1)</c>: the expected
    /// alive periods among the next k of a customer alive in period s, over delta + s.
    /// </summary>
    /// <remarks>
    /// Summed term by term up to <see cref="DirectSumLimit"/> periods (exact, and free of the 0/0 of the closed
    /// form at gamma = 1); past that the closed form, whose cancellation costs about 1e-14 / |gamma - 1| relative,
    /// unless gamma is within 1e-3 of 1, where the sum is kept.
    /// </remarks>
    private double AliveSum(double s, int k)
    {
        double q = Gamma - 1;
        if (k <= DirectSumLimit || Math.Abs(q) < 1e-3)
        {
            var sum = new CompensatedAccumulator();
            double survive = 1;
            for (int j = 0; j < k; j++)
            {
                survive *= (Delta + s + j) / (Gamma + Delta + s + j);
                sum.Add(survive);
            }

            return sum.Value / (Delta + s);
        }

        double gd = Gamma + Delta + s, d1 = 1 + Delta + s;
        double lnRatio = SpecialFunctions.GammaLn(gd) - SpecialFunctions.GammaLn(gd + k) + SpecialFunctions.GammaLn(d1 + k) - SpecialFunctions.GammaLn(d1);
        return -Elementary.ExpMinusOne(lnRatio) / q;
    }

    private static double LnBetaRatio(double a, double b, double a0, double b0) =>
        SpecialFunctions.BetaLn(a, b) - SpecialFunctions.BetaLn(a0, b0);
}
