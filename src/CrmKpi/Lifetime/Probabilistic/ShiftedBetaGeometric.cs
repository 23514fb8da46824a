using System;
using System.Globalization;
using CrmKpi.Internal;
using CrmKpi.Probabilistic;

namespace CrmKpi;

/// <summary>
/// The sBG ("shifted beta-geometric") model of contract renewal of Fader and Hardie (2007): at the end of
/// each period an active customer cancels with probability theta, constant for the customer and
/// distributed Beta(alpha, beta) across customers. Fitted by maximum likelihood on the number of a
/// cohort's customers still active at the end of each period; immutable once built.
/// </summary>
/// <remarks>
/// <para>Catalog R3 (renewal) and V4/V5 (lifetime). Sources: P. S. Fader and B. G. S. Hardie, "How to
/// Project Customer Retention", Journal of Interactive Marketing 21(1), 2007, whose survivors per 1,000
/// over years 0-7 (regular segment 1000, 631, 468, 382, 326, 289, 262, 241; high end 1000, 869, 743, 653,
/// 593, 551, 517, 491) give alpha = 0.704, beta = 1.182 (regular) and alpha = 0.668, beta = 3.806 (high
/// end); and "Customer-Base Valuation in a Contractual Setting: The Perils of Ignoring Heterogeneity",
/// Marketing Science 29(1), 2010, for DEL and DERL.</para>
/// <para>Unlike a constant retention rate, the cohort's retention rate rises with tenure: the customers
/// with a high theta leave first. <see cref="RetentionRate"/> shows it; the constant-rate formulas of
/// catalog V4 and V5 cannot.</para>
/// </remarks>
public sealed class ShiftedBetaGeometric
{
    /// <summary>Builds a model from known parameters (for example published ones), without a fit.</summary>
    /// <param name="alpha">First shape of the beta distribution of cancellation probabilities; finite, greater than zero.</param>
    /// <param name="beta">Second shape of the beta distribution of cancellation probabilities; finite, greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and greater than zero.</exception>
    public ShiftedBetaGeometric(double alpha, double beta)
        : this(alpha, beta, double.NaN, null)
    {
    }

    private ShiftedBetaGeometric(double alpha, double beta, double logLikelihood, FitDiagnostics? diagnostics)
    {
        Guard.FinitePositive(alpha);
        Guard.FinitePositive(beta);
        (Alpha, Beta) = (alpha, beta);
        LogLikelihood = logLikelihood;
        Diagnostics = diagnostics;
    }

    /// <summary>First shape alpha of the beta distribution of cancellation probabilities theta.</summary>
    public double Alpha { get; }

    /// <summary>Second shape beta of the beta distribution of cancellation probabilities theta.</summary>
    public double Beta { get; }

    /// <summary>The log-likelihood of the fitted counts at the parameters (penalty excluded); NaN for a model built from parameters.</summary>
    public double LogLikelihood { get; }

    /// <summary>How the fit ended; null for a model built from parameters. <see cref="FitDiagnostics.Customers"/> is the cohort size.</summary>
    public FitDiagnostics? Diagnostics { get; }

    /// <summary>Fits (alpha, beta) by maximum likelihood on a cohort's active customers at the end of each period.</summary>
    /// <param name="activeCustomers">Customers still active at the end of period 0, 1, ..., T: element 0 is the cohort size, and no element exceeds the one before it. At least 3 elements (2 observed periods).</param>
    /// <param name="penalizer">L2 penalty coefficient: the fit minimises <c>-LL / (cohort size) + penalizer * (alpha^2 + beta^2)</c>. Finite, not negative; 0 (the default) is plain maximum likelihood.</param>
    /// <param name="maxIterations">Most BFGS iterations; greater than zero.</param>
    /// <returns>The fitted model, with <see cref="LogLikelihood"/> and <see cref="Diagnostics"/>. A fit that did not converge says so in <see cref="FitDiagnostics.Converged"/>.</returns>
    /// <exception cref="ArgumentException">The counts cannot identify the model: fewer than 3 elements, nobody lost over the periods, or the whole cohort lost in period 1 (parameter name <c>activeCustomers</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An element is negative or exceeds the one before it (the message names the index), the cohort size is 0, or <paramref name="penalizer"/> or <paramref name="maxIterations"/> is out of range.</exception>
    /// <remarks>
    /// <para>Log-likelihood (Fader and Hardie 2007, equation 7):
    /// <c>sum_(t=1)^T (n_(t-1) - n_t) ln P(T = t) + n_T ln S(T)</c> with <c>P(T = 1) = alpha/(alpha+beta)</c>,
    /// <c>P(T = t) = (beta+t-2)/(alpha+beta+t-1) P(T = t-1)</c> and <c>S(t) = 1 - sum_(k&lt;=t) P(T = k)</c>.</para>
    /// <para>The shared driver of the other models: MathNet.Numerics' BFGS on ln alpha, ln beta with the
    /// analytic gradient, from alpha = beta = 1. Reproduces the published fits (see the type's remarks).</para>
    /// </remarks>
    public static ShiftedBetaGeometric Fit(ReadOnlySpan<long> activeCustomers, double penalizer = 0, int maxIterations = 500)
    {
        Guard.FiniteNonNegative(penalizer);
        Guard.Positive(maxIterations);
        CheckCounts(activeCustomers);
        if (activeCustomers.Length < 3)
        {
            Guard.ThrowArgument(nameof(activeCustomers), string.Create(CultureInfo.InvariantCulture, $"activeCustomers has {activeCustomers.Length} elements; the sBG model needs the cohort size and at least 2 periods."));
        }

        long cohort = activeCustomers[0], last = activeCustomers[^1];
        if (last == cohort)
        {
            Guard.ThrowArgument(nameof(activeCustomers), "nobody was lost over the periods; the sBG model cannot be identified without cancellations.");
        }

        if (activeCustomers[1] == 0)
        {
            Guard.ThrowArgument(nameof(activeCustomers), "the whole cohort was lost in period 1; the sBG model cannot be identified without survivors.");
        }

        double[] counts = new double[activeCustomers.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] = activeCustomers[i];
        }

        double LogLikelihoodOf(ReadOnlySpan<double> p, Span<double> g) => Evaluate(counts, p[0], p[1], g);
        (double[] theta, double ll, FitDiagnostics diagnostics) = MaximumLikelihood.Fit(LogLikelihoodOf, [1, 1], cohort, (int)Math.Min(cohort, int.MaxValue), penalizer, maxIterations);
        return new ShiftedBetaGeometric(theta[0], theta[1], ll, diagnostics);
    }

    /// <summary>The log-likelihood of a cohort's active-customer counts under this model's parameters.</summary>
    /// <param name="activeCustomers">Customers still active at the end of period 0, 1, ..., T, as for <see cref="Fit"/>; at least 1 element.</param>
    /// <returns>The log-likelihood (0 for a single element: nothing observed yet).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An element is negative or exceeds the one before it (the message names the index), or the cohort size is 0.</exception>
    /// <exception cref="ArgumentException"><paramref name="activeCustomers"/> is empty.</exception>
    /// <remarks>Fader and Hardie (2007), equation 7. Catalog R3.</remarks>
    public double TotalLogLikelihood(ReadOnlySpan<long> activeCustomers)
    {
        if (activeCustomers.IsEmpty)
        {
            Guard.ThrowArgument(nameof(activeCustomers), "activeCustomers is empty; it needs at least the cohort size.");
        }

        CheckCounts(activeCustomers);
        double ll = 0, p = Alpha / (Alpha + Beta), survive = 1;
        for (int t = 1; t < activeCustomers.Length; t++)
        {
            if (t > 1)
            {
                p *= (Beta + t - 2) / (Alpha + Beta + t - 1);
            }

            survive *= (Beta + t - 1) / (Alpha + Beta + t - 1);
            long lost = activeCustomers[t - 1] - activeCustomers[t];
            ll += lost == 0 ? 0 : lost * Math.Log(p);
        }

        long remaining = activeCustomers[^1];
        return ll + (remaining == 0 ? 0 : remaining * Math.Log(survive));
    }

    /// <summary>Probability that a new customer is still active at the end of period <paramref name="period"/>: <c>S(t)</c>.</summary>
    /// <param name="period">The period t; not negative (S(0) = 1).</param>
    /// <returns>A probability in (0, 1], falling with <paramref name="period"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is negative.</exception>
    /// <remarks><c>S(t) = B(alpha, beta+t)/B(alpha, beta) = prod_(i=1)^t (beta+i-1)/(alpha+beta+i-1)</c> (Fader and Hardie 2007, equation 6):
    /// the product up to 10,000 periods, the log-beta ratio beyond. Catalog R3.</remarks>
    public double Survival(int period)
    {
        Guard.NotNegative(period);
        return Math.Exp(LnSurvival(period));
    }

    /// <summary>The share of the customers active at the end of period t - 1 who are still active at the end of period t: <c>r_t = S(t) / S(t-1)</c>.</summary>
    /// <param name="period">The period t; at least 1.</param>
    /// <returns>A rate in (0, 1), rising with <paramref name="period"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    /// <remarks><c>r_t = (beta+t-1)/(alpha+beta+t-1)</c> (Fader and Hardie 2007, equation 8). Catalog R3.</remarks>
    public double RetentionRate(int period)
    {
        Guard.InRange(period, 1, int.MaxValue);
        return (Beta + period - 1) / (Alpha + Beta + period - 1);
    }

    /// <summary>Projects the survival curve <c>S(0), S(1), ...</c> into <paramref name="destination"/>, one element per period.</summary>
    /// <param name="destination">Receives S(t) at index t; any length.</param>
    /// <remarks>By the product of <see cref="RetentionRate"/>s; no allocation. Catalog R3.</remarks>
    public void ProjectSurvival(Span<double> destination)
    {
        double survive = 1;
        for (int t = 0; t < destination.Length; t++)
        {
            if (t > 0)
            {
                survive *= (Beta + t - 1) / (Alpha + Beta + t - 1);
            }

            destination[t] = survive;
        }
    }

    /// <summary>Projects the expected active customers of a cohort at the end of each period: <c>cohortSize * S(t)</c> at index t.</summary>
    /// <param name="cohortSize">Customers at the start (period 0); not negative.</param>
    /// <param name="periods">Periods to project after period 0; in [0, 10,000,000]. The result has <c>periods + 1</c> elements.</param>
    /// <returns>The expected survivors at the end of period 0..<paramref name="periods"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cohortSize"/> is negative, NaN or infinite, or <paramref name="periods"/> is outside [0, 10,000,000].</exception>
    /// <remarks>Fader and Hardie (2007), figure 3: the projection of the 1,000-customer cohorts. Catalog R3.</remarks>
    public double[] ProjectSurvivors(double cohortSize, int periods)
    {
        Guard.FiniteNonNegative(cohortSize);
        Guard.InRange(periods, 0, DiscreteInput.MaxHorizon);
        double[] result = new double[periods + 1];
        ProjectSurvival(result);
        for (int t = 0; t < result.Length; t++)
        {
            result[t] *= cohortSize;
        }

        return result;
    }

    /// <summary>
    /// Discounted expected lifetime (DEL) of a new customer: <c>sum_(t=0)^inf S(t) / (1+d)^t</c>, the number of
    /// payments (the first, at t = 0, included) discounted to the start. Times a margin per period it is the expected CLV.
    /// </summary>
    /// <param name="discountRate">Discount rate d per period; finite, at least 0.0001 (the 2F1 series needs about 39 / d terms).</param>
    /// <returns>The discounted expected lifetime, at least 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discountRate"/> is not finite or below 0.0001.</exception>
    /// <remarks>
    /// <para><c>DEL = 2F1(1, beta; alpha+beta; 1/(1+d))</c> (Fader and Hardie 2010, equation 4).</para>
    /// <para>Catalog V4/V5: the heterogeneous counterpart of the constant-retention <c>(1+d)/(1+d-r)</c>.</para>
    /// </remarks>
    public double DiscountedExpectedLifetime(double discountRate)
    {
        DiscreteInput.CheckDiscountRate(discountRate);
        return Hypergeometric.Value(1, Beta, Alpha + Beta, 1 / (1 + discountRate));
    }

    /// <summary>
    /// Discounted expected residual lifetime (DERL) of a customer who has made <paramref name="renewals"/>
    /// renewals and is about to face the next one: the expected further payments, the one due now
    /// undiscounted (paid only if the customer renews), each later one discounted by a further <c>1/(1+d)</c>.
    /// </summary>
    /// <param name="discountRate">Discount rate d per period; finite, at least 0.0001 (the 2F1 series needs about 39 / d terms).</param>
    /// <param name="renewals">Renewals made so far (n - 1 in the paper's notation); not negative.</param>
    /// <returns>The discounted expected residual lifetime, not negative and rising with <paramref name="renewals"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="discountRate"/> is not finite or below 0.0001, or <paramref name="renewals"/> is negative.</exception>
    /// <remarks>
    /// <para><c>DERL(d | n-1 renewals) = (beta+n-1)/(alpha+beta+n-1) 2F1(1, beta+n; alpha+beta+n; 1/(1+d))</c>
    /// (Fader and Hardie 2010, equation 6). For a new customer <c>DEL = 1 + DERL(d | 0 renewals) / (1+d)</c>.</para>
    /// <para>Catalog V4/V5.</para>
    /// </remarks>
    public double DiscountedExpectedResidualLifetime(double discountRate, int renewals)
    {
        DiscreteInput.CheckDiscountRate(discountRate);
        Guard.NotNegative(renewals);
        double n = renewals + 1.0;
        return (Beta + n - 1) / (Alpha + Beta + n - 1) * Hypergeometric.Value(1, Beta + n, Alpha + Beta + n, 1 / (1 + discountRate));
    }

    /// <summary>
    /// The sBG log-likelihood and its gradient over (alpha, beta). With
    /// <c>P_t = P(T = t)</c>: <c>d ln P_1 / d alpha = 1/alpha - 1/(alpha+beta)</c>, <c>d ln P_1 / d beta = -1/(alpha+beta)</c>,
    /// and each step of the recurrence adds <c>-1/(alpha+beta+t-1)</c> to both and <c>1/(beta+t-2)</c> to the beta one;
    /// S(T)'s derivatives come from its product form.
    /// </summary>
    private static double Evaluate(double[] counts, double alpha, double beta, Span<double> gradient)
    {
        double ll = 0, gA = 0, gB = 0;
        double lnP = Math.Log(alpha / (alpha + beta)), dPa = (1 / alpha) - (1 / (alpha + beta)), dPb = -1 / (alpha + beta);
        double lnS = 0, dSa = 0, dSb = 0;
        for (int t = 1; t < counts.Length; t++)
        {
            if (t > 1)
            {
                double ab = alpha + beta + t - 1;
                lnP += Math.Log((beta + t - 2) / ab);
                dPa -= 1 / ab;
                dPb += (1 / (beta + t - 2)) - (1 / ab);
            }

            double abS = alpha + beta + t - 1;
            lnS += Math.Log((beta + t - 1) / abS);
            dSa -= 1 / abS;
            dSb += (1 / (beta + t - 1)) - (1 / abS);
            double lost = counts[t - 1] - counts[t];
            if (lost > 0)
            {
                ll += lost * lnP;
                gA += lost * dPa;
                gB += lost * dPb;
            }
        }

        double remaining = counts[^1];
        if (remaining > 0)
        {
            ll += remaining * lnS;
            gA += remaining * dSa;
            gB += remaining * dSb;
        }

        if (!gradient.IsEmpty)
        {
            gradient[0] = gA;
            gradient[1] = gB;
        }

        return ll;
    }

    private static void CheckCounts(ReadOnlySpan<long> activeCustomers)
    {
        for (int i = 0; i < activeCustomers.Length; i++)
        {
            long n = activeCustomers[i];
            if (n < 0 || (i > 0 && n > activeCustomers[i - 1]))
            {
                Guard.ThrowElement(nameof(activeCustomers), i, n, "must not be negative nor exceed the count of the period before");
            }

            if (i == 0 && n == 0)
            {
                Guard.ThrowElement(nameof(activeCustomers), i, n, "the cohort size must be greater than zero");
            }
        }
    }

    /// <summary>ln S(t): the sum of the log retention rates up to 10,000 periods, the log-beta ratio beyond.</summary>
    private double LnSurvival(int period)
    {
        if (period > 10_000)
        {
            return MathNet.Numerics.SpecialFunctions.BetaLn(Alpha, Beta + period) - MathNet.Numerics.SpecialFunctions.BetaLn(Alpha, Beta);
        }

        double lnS = 0;
        for (int t = 1; t <= period; t++)
        {
            lnS += Math.Log((Beta + t - 1) / (Alpha + Beta + t - 1));
        }

        return lnS;
    }
}
