using System;
using System.Collections.Generic;
using CrmKpi.Internal;
using CrmKpi.Probabilistic;
using MathNet.Numerics;

namespace CrmKpi;

/// <summary>
/// The Gamma-Gamma model of average transaction value (Fader, Hardie and Lee 2005, "RFM and CLV"):
/// a customer's transaction amounts are Gamma(p, nu) with nu ~ Gamma(q, gamma) across customers,
/// independent of the purchase process. Fitted by maximum likelihood on the customers with repeat
/// purchases; combined with a purchase model it gives the discounted customer lifetime value.
/// </summary>
/// <remarks>
/// <para>Catalog V6. Sources: P. S. Fader, B. G. S. Hardie and K. L. Lee, "RFM and CLV: Using Iso-Value
/// Curves for Customer Base Analysis", Journal of Marketing Research 42(4), 2005; B. G. S. Hardie,
/// "The Gamma-Gamma Model of Monetary Value" (note, 2013), whose CDNOW fit on the 946 repeat customers
/// is p = 6.25, q = 3.74, gamma = 15.44 (there called nu's scale v).</para>
/// </remarks>
public sealed class GammaGamma
{
    /// <summary>Builds a model from known parameters, without a fit.</summary>
    /// <param name="p">Shape of the per-transaction amount distribution; finite, greater than zero.</param>
    /// <param name="q">Shape of the gamma distribution of nu across customers; finite, greater than zero.</param>
    /// <param name="gamma">Scale of the gamma distribution of nu across customers, in currency units; finite, greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and greater than zero.</exception>
    public GammaGamma(double p, double q, double gamma)
        : this(p, q, gamma, double.NaN, null)
    {
    }

    private GammaGamma(double p, double q, double gamma, double logLikelihood, FitDiagnostics? diagnostics)
    {
        Guard.FinitePositive(p);
        Guard.FinitePositive(q);
        Guard.FinitePositive(gamma);
        (P, Q, Gamma) = (p, q, gamma);
        LogLikelihood = logLikelihood;
        Diagnostics = diagnostics;
    }

    /// <summary>Shape p of the per-transaction amount distribution.</summary>
    public double P { get; }

    /// <summary>Shape q of the distribution of nu across customers.</summary>
    public double Q { get; }

    /// <summary>Scale gamma of the distribution of nu across customers (v in Hardie's note).</summary>
    public double Gamma { get; }

    /// <summary>The log-likelihood of the fitted repeat customers' average spends (penalty excluded); NaN for a model built from parameters.</summary>
    public double LogLikelihood { get; }

    /// <summary>How the fit ended; null for a model built from parameters.</summary>
    public FitDiagnostics? Diagnostics { get; }

    /// <summary>Fits (p, q, gamma) by maximum likelihood on the customers with at least one repeat purchase.</summary>
    /// <param name="frequency">Repeat purchases x per customer; whole numbers, not negative. Customers with x = 0 are skipped.</param>
    /// <param name="monetaryValue">Average amount of each customer's repeat purchases (z-bar), in currency units; finite and greater than zero where x &gt; 0 (ignored where x = 0).</param>
    /// <param name="penalizer">L2 penalty coefficient: the fit minimises <c>-LL / n + penalizer * (p^2 + q^2 + gamma^2)</c>. Finite, not negative; 0 is plain maximum likelihood.</param>
    /// <param name="maxIterations">Most BFGS iterations; greater than zero.</param>
    /// <returns>The fitted model, with <see cref="LogLikelihood"/> and <see cref="Diagnostics"/> (whose customer count is the repeat customers used).</returns>
    /// <exception cref="ArgumentException"><paramref name="monetaryValue"/> differs in length from <paramref name="frequency"/>, or fewer than 2 customers have repeat purchases (parameter name <c>frequency</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A frequency is not a whole number or negative, or a repeat customer's monetary value is not finite and positive (the message names the column and index), or <paramref name="penalizer"/> or <paramref name="maxIterations"/> is out of range.</exception>
    /// <remarks>
    /// <para>Log-likelihood per repeat customer (Hardie's note, equation 3):
    /// <c>ln G(px+q) - ln G(px) - ln G(q) + q ln gamma + (px-1) ln z + px ln x - (px+q) ln(gamma + x z)</c>.</para>
    /// <para>MathNet.Numerics' BFGS on ln p, ln q, ln gamma with the analytic gradient, from p = q = 1 and
    /// gamma = the mean of z. The model assumes spend is independent of frequency; check their
    /// correlation before relying on it. Catalog V6; reproduces the published CDNOW fit.</para>
    /// </remarks>
    public static GammaGamma Fit(ReadOnlySpan<double> frequency, ReadOnlySpan<double> monetaryValue, double penalizer = 0, int maxIterations = 500)
    {
        Guard.SameLength(frequency.Length, monetaryValue.Length, nameof(monetaryValue));
        Guard.FiniteNonNegative(penalizer);
        Guard.Positive(maxIterations);
        SpendInput input = SpendInput.Create(frequency, monetaryValue);
        double LogLikelihoodOf(ReadOnlySpan<double> t, Span<double> g) => input.LogLikelihood(t[0], t[1], t[2], g);
        double[] start = [1, 1, input.MeanSpend];
        (double[] theta, double ll, FitDiagnostics diagnostics) = MaximumLikelihood.Fit(LogLikelihoodOf, start, input.Customers, input.Customers, penalizer, maxIterations);
        return new GammaGamma(theta[0], theta[1], theta[2], ll, diagnostics);
    }

    /// <summary>Expected average transaction value of a customer with <paramref name="frequency"/> repeat purchases averaging <paramref name="monetaryValue"/>.</summary>
    /// <param name="frequency">Repeat purchases x; a whole number, not negative.</param>
    /// <param name="monetaryValue">Average repeat spend z-bar in currency units; finite, not negative (ignored when x = 0).</param>
    /// <returns>
    /// <c>(gamma + x z) p / (p x + q - 1)</c>, a weighted mean of the population mean <c>p gamma / (q - 1)</c> and
    /// the customer's own average. When <c>p x + q &lt;= 1</c> the mean does not exist and positive infinity is returned.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is not a whole number or negative, or <paramref name="monetaryValue"/> is negative, NaN or infinite.</exception>
    /// <remarks>Fader, Hardie and Lee (2005, RFM and CLV), equation 5. Catalog V6.</remarks>
    public double ConditionalExpectedAverageSpend(double frequency, double monetaryValue)
    {
        CheckFrequency(frequency);
        Guard.FiniteNonNegative(monetaryValue);
        double x = frequency;
        double denominator = (P * x) + Q - 1;
        return denominator <= 0 ? double.PositiveInfinity : (Gamma + (x * monetaryValue)) * P / denominator;
    }

    /// <summary>
    /// Discounted customer lifetime value: expected purchases in each of <paramref name="periods"/> future
    /// periods (from a purchase model) times the expected average spend, discounted per period.
    /// </summary>
    /// <param name="purchases">A fitted purchase model (<see cref="BetaGeo"/> or <see cref="ParetoNbd"/>) in the summary's time unit.</param>
    /// <param name="frequency">Repeat purchases x; a whole number, not negative.</param>
    /// <param name="recency">Recency t_x, in <c>[0, age]</c>; 0 when x is 0.</param>
    /// <param name="age">Age T; finite, not negative.</param>
    /// <param name="monetaryValue">Average repeat spend z-bar in currency units; finite, not negative.</param>
    /// <param name="periods">Number of future periods; not negative (0 gives 0).</param>
    /// <param name="periodLength">Length of one period in the model's time unit (for example 4.345 weeks for a month); finite, greater than zero.</param>
    /// <param name="discountRate">Discount rate per period (0.01 = 1 % per period); finite, greater than -1.</param>
    /// <returns>
    /// <c>sum_(k=1..periods) (E[Y(k L)] - E[Y((k-1) L)]) E[M] / (1 + d)^k</c> in currency units; positive infinity when
    /// the expected spend does not exist (see <see cref="ConditionalExpectedAverageSpend"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument breaks its rule.</exception>
    /// <remarks>
    /// Fader, Hardie and Lee (2005, RFM and CLV) combine the purchase and spend models this way; the
    /// discounting per period (purchases of period k discounted by k full periods) is lifetimes'
    /// <c>customer_lifetime_value</c> convention. Catalog V6.
    /// </remarks>
    public double Clv(IPurchaseModel purchases, double frequency, double recency, double age, double monetaryValue, int periods, double periodLength, double discountRate)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        Guard.NotNegative(periods);
        Guard.FinitePositive(periodLength);
        if (!(discountRate > -1) || !double.IsFinite(discountRate))
        {
            Guard.ThrowOutOfRange(nameof(discountRate), discountRate, "must be finite and greater than -1");
        }

        double spend = ConditionalExpectedAverageSpend(frequency, monetaryValue);
        ModelInput.CheckCustomer(frequency, recency, age);
        double total = 0, previous = 0, discount = 1;
        for (int k = 1; k <= periods; k++)
        {
            double cumulative = purchases.ConditionalExpectedPurchases(k * periodLength, frequency, recency, age);
            discount /= 1 + discountRate;
            total += (cumulative - previous) * discount;
            previous = cumulative;
        }

        return total * spend;
    }

    /// <summary>The discounted CLV of every customer of a summary; see <see cref="Clv(IPurchaseModel, double, double, double, double, int, double, double)"/>.</summary>
    /// <param name="purchases">A fitted purchase model in the summary's time unit.</param>
    /// <param name="summary">Frequency, recency and T per customer.</param>
    /// <param name="monetaryValue">Average repeat spend per customer, in currency units; finite, not negative.</param>
    /// <param name="periods">Number of future periods; not negative.</param>
    /// <param name="periodLength">Length of one period in the model's time unit; finite, greater than zero.</param>
    /// <param name="discountRate">Discount rate per period; finite, greater than -1.</param>
    /// <param name="destination">Receives one CLV per customer; at least as long as the summary, not overlapping <paramref name="monetaryValue"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="monetaryValue"/> differs in length from the summary, or <paramref name="destination"/> is too short or overlaps it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument or element breaks its rule (for elements, the message gives the value; the exception's parameter names the column).</exception>
    /// <remarks>Catalog V6.</remarks>
    public void Clv(IPurchaseModel purchases, CustomerSummaryColumns summary, ReadOnlySpan<double> monetaryValue, int periods, double periodLength, double discountRate, Span<double> destination)
    {
        Guard.SameLength(summary.Length, monetaryValue.Length, nameof(monetaryValue));
        Guard.DestinationLength(summary.Length, destination.Length);
        Guard.NotOverlapping(monetaryValue, destination);
        Guard.NotOverlapping(summary.Frequency, destination);
        Guard.NotOverlapping(summary.Recency, destination);
        Guard.NotOverlapping(summary.Age, destination);
        for (int i = 0; i < summary.Length; i++)
        {
            destination[i] = Clv(purchases, summary.Frequency[i], summary.Recency[i], summary.Age[i], monetaryValue[i], periods, periodLength, discountRate);
        }
    }

    private static void CheckFrequency(double frequency)
    {
        if (!ModelInput.IsCount(frequency))
        {
            Guard.ThrowOutOfRange(nameof(frequency), frequency, "must be a whole number, not negative");
        }
    }

    /// <summary>The repeat customers grouped by frequency, with ln z and ln x precomputed.</summary>
    private sealed class SpendInput
    {
        private readonly double[] _x;        // distinct frequencies
        private readonly int[] _start;       // rows of each distinct frequency: [_start[k], _start[k + 1])
        private readonly double[] _z;        // average spend, grouped by frequency
        private readonly double[] _lnZ;
        private readonly double[] _sumLnZ;   // per distinct frequency
        private readonly double[] _count;

        private SpendInput(double[] x, int[] start, double[] z, double[] lnZ, double[] sumLnZ, double[] count, double meanSpend)
        {
            (_x, _start, _z, _lnZ, _sumLnZ, _count, MeanSpend) = (x, start, z, lnZ, sumLnZ, count, meanSpend);
        }

        public int Customers => _z.Length;

        public double MeanSpend { get; }

        public static SpendInput Create(ReadOnlySpan<double> frequency, ReadOnlySpan<double> monetaryValue)
        {
            var rows = new List<(double X, double Z)>();
            for (int i = 0; i < frequency.Length; i++)
            {
                double x = frequency[i];
                if (!ModelInput.IsCount(x))
                {
                    Guard.ThrowElement(nameof(frequency), i, x, "must be a whole number, not negative");
                }

                if (x == 0)
                {
                    continue;
                }

                double z = monetaryValue[i];
                if (!(z > 0) || double.IsPositiveInfinity(z))
                {
                    Guard.ThrowElement(nameof(monetaryValue), i, z, "must be finite and greater than zero for a customer with repeat purchases");
                }

                rows.Add((x, z));
            }

            if (rows.Count < 2)
            {
                Guard.ThrowArgument(nameof(frequency), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rows.Count} customers have repeat purchases; the Gamma-Gamma fit needs at least 2."));
            }

            rows.Sort((u, v) => u.X.CompareTo(v.X));
            var xs = new List<double>();
            var starts = new List<int>();
            double[] z2 = new double[rows.Count], lnZ = new double[rows.Count];
            double spend = 0;
            for (int i = 0; i < rows.Count; i++)
            {
                if (i == 0 || rows[i].X != rows[i - 1].X)
                {
                    xs.Add(rows[i].X);
                    starts.Add(i);
                }

                z2[i] = rows[i].Z;
                lnZ[i] = Math.Log(rows[i].Z);
                spend += rows[i].Z;
            }

            starts.Add(rows.Count);
            double[] sumLnZ = new double[xs.Count], count = new double[xs.Count];
            for (int k = 0; k < xs.Count; k++)
            {
                for (int i = starts[k]; i < starts[k + 1]; i++)
                {
                    sumLnZ[k] += lnZ[i];
                }

                count[k] = starts[k + 1] - starts[k];
            }

            return new SpendInput([.. xs], [.. starts], z2, lnZ, sumLnZ, count, spend / rows.Count);
        }

        /// <summary>Total log-likelihood and its gradient (p, q, gamma).</summary>
        public double LogLikelihood(double p, double q, double gamma, Span<double> g)
        {
            double lnGamma = Math.Log(gamma);
            double lnGq = SpecialFunctions.GammaLn(q), psiQ = SpecialFunctions.DiGamma(q);
            double ll = 0, gp = 0, gq = 0, gg = 0;
            for (int k = 0; k < _x.Length; k++)
            {
                double x = _x[k], px = p * x, pxq = px + q, n = _count[k];
                double lnX = Math.Log(x);
                double psiPxq = SpecialFunctions.DiGamma(pxq), psiPx = SpecialFunctions.DiGamma(px);
                double sumLnDen = 0, sumInvDen = 0;
                for (int i = _start[k]; i < _start[k + 1]; i++)
                {
                    double den = gamma + (x * _z[i]);
                    sumLnDen += Math.Log(den);
                    sumInvDen += 1 / den;
                }

                ll += (n * (SpecialFunctions.GammaLn(pxq) - SpecialFunctions.GammaLn(px) - lnGq + (q * lnGamma) + (px * lnX)))
                    + ((px - 1) * _sumLnZ[k]) - (pxq * sumLnDen);
                gp += x * ((n * (psiPxq - psiPx + lnX)) + _sumLnZ[k] - sumLnDen);
                gq += (n * (psiPxq - psiQ + lnGamma)) - sumLnDen;
                gg += (n * q / gamma) - (pxq * sumInvDen);
            }

            if (!g.IsEmpty)
            {
                (g[0], g[1], g[2]) = (gp, gq, gg);
            }

            return ll;
        }
    }
}
