using System;
using System.Runtime.CompilerServices;
using MathNet.Numerics;

namespace CrmKpi.Probabilistic;

/// <summary>
/// The BG/NBD log-likelihood kernel (Fader, Hardie and Lee 2005, equation 6) with its analytic gradient,
/// and its MBG/NBD variant (Batislam, Denizel and Filiztekin 2007), where a customer may also drop out at
/// time zero: the dropout opportunities are x + 1 instead of x, which shifts b by one in the beta terms
/// and makes the "dropped out after the last purchase" term apply for x = 0 too.
/// Terms that depend only on x (gamma functions and their digammas) come from a table built by
/// recurrence for x below <see cref="TableSize"/>, so a customer costs two logarithms and one exponential.
/// </summary>
internal static class BetaGeoLikelihood
{
    /// <summary>Frequencies below this use the per-x table; larger ones call the special functions.</summary>
    public const int TableSize = 256;

    // Per-x terms, laid out as 5 doubles per x: constant, ln(a / (b + x - 1)), dr, da, db.
    private const int Stride = 5;

    /// <summary>
    /// LL = sum_i w_i * [ lnG(r+x) - lnG(r) + r ln(alpha) + lnB(a, b+x) - lnB(a, b) - (r+x) ln(alpha+T)
    ///                    + ln(1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)) ].
    /// Weights empty means 1. Gradient (length 4: r, alpha, a, b) is filled when not empty. Rows are
    /// checked when <paramref name="check"/> is true (public evaluation) and trusted otherwise (fit).
    /// With <paramref name="modified"/> the MBG/NBD likelihood: lnB(a, b+x+1) in place of lnB(a, b+x) and
    /// <c>ln(1 + a/(b+x) ((alpha+T)/(alpha+t_x))^(r+x))</c> for every x.
    /// </summary>
    public static double Evaluate(
        ReadOnlySpan<double> x, ReadOnlySpan<double> tx, ReadOnlySpan<double> age, ReadOnlySpan<double> weights,
        double r, double alpha, double a, double b, Span<double> gradient, int tableSize, bool check, bool modified = false)
    {
        tableSize = Math.Clamp(tableSize, 1, TableSize);
        Span<double> table = stackalloc double[Stride * tableSize];
        int shift = modified ? 1 : 0;
        FillTable(table, tableSize, r, a, b, shift);
        bool wantGradient = !gradient.IsEmpty;
        double lnAlpha = Math.Log(alpha);
        double sumW = 0, ll = 0, gR = 0, gAlpha = 0, gA = 0, gB = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double xi = x[i], ti = age[i], ri = tx[i];
            if (check)
            {
                ModelInput.CheckRow(xi, ri, ti, i);
            }

            double w = weights.IsEmpty ? 1.0 : weights[i];
            double c, lnRatioAb, dR, dA, dB;
            if (xi < tableSize)
            {
                int k = Stride * (int)xi;
                c = table[k];
                lnRatioAb = table[k + 1];
                dR = table[k + 2];
                dA = table[k + 3];
                dB = table[k + 4];
            }
            else
            {
                Terms(xi, r, a, b, shift, out c, out lnRatioAb, out dR, out dA, out dB);
            }

            double rx = r + xi;
            double lnAT = Math.Log(alpha + ti);
            double li = c - (rx * lnAT);
            double weightAlive = 0, lnRatioT = 0;
            bool canHaveDropped = xi > 0 || modified;
            if (canHaveDropped)
            {
                lnRatioT = lnAT - Math.Log(alpha + ri);
                double logD = lnRatioAb + (rx * lnRatioT);
                // ln(1 + e^logD) and the share D / (1 + D), both without overflow.
                if (logD > 0)
                {
                    double e = Math.Exp(-logD);
                    li += logD + Math.Log(1 + e);
                    weightAlive = 1 / (1 + e);
                }
                else
                {
                    double e = Math.Exp(logD);
                    li += Math.Log(1 + e);
                    weightAlive = e / (1 + e);
                }
            }

            sumW += w;
            ll += w * li;
            if (wantGradient)
            {
                gR += w * (dR - lnAT + (weightAlive * lnRatioT));
                double invAT = 1 / (alpha + ti);
                double dAlpha = -rx * invAT;
                if (canHaveDropped)
                {
                    dAlpha += weightAlive * rx * (invAT - (1 / (alpha + ri)));
                }

                gAlpha += w * dAlpha;
                gA += w * (dA + (canHaveDropped ? weightAlive / a : 0));
                gB += w * (dB - (canHaveDropped ? weightAlive / (b + xi - 1 + shift) : 0));
            }
        }

        ll += sumW * r * lnAlpha;
        if (wantGradient)
        {
            gradient[0] = gR + (sumW * lnAlpha);
            gradient[1] = gAlpha + (sumW * r / alpha);
            gradient[2] = gA;
            gradient[3] = gB;
        }

        return ll;
    }

    /// <summary>
    /// Fits (r, alpha, a, b) of the BG/NBD, or with <paramref name="modified"/> of the MBG/NBD, by the shared
    /// driver: distinct (x, t_x, T) rows with weights, start r = 1, alpha = 1 / (mean purchases per unit of T), a = b = 1.
    /// </summary>
    public static (double[] Theta, double LogLikelihood, FitDiagnostics Diagnostics) Fit(CustomerSummaryColumns summary, double penalizer, int maxIterations, bool modified)
    {
        ModelInput input = ModelInput.Create(summary);
        int tableSize = Math.Min(input.MaxFrequency + 1, TableSize);
        double LogLikelihoodOf(ReadOnlySpan<double> p, Span<double> g) =>
            Evaluate(input.X, input.Recency, input.Age, input.Weight, p[0], p[1], p[2], p[3], g, tableSize, check: false, modified);
        double[] start = [1, 1 / input.MeanRate(), 1, 1];
        return MaximumLikelihood.Fit(LogLikelihoodOf, start, input.Customers, input.Customers, penalizer, maxIterations);
    }

    /// <summary>
    /// The per-x terms by recurrence: lnG(z + x + 1) = lnG(z + x) + ln(z + x), psi(z + x + 1) = psi(z + x) + 1 / (z + x).
    /// The b and a + b differences run <paramref name="shift"/> steps ahead of x (1 for the MBG/NBD's lnB(a, b+x+1)).
    /// </summary>
    private static void FillTable(Span<double> table, int size, double r, double a, double b, int shift)
    {
        double lnGr = 0, lnGb = 0, lnGab = 0;        // lnG(r+x)-lnG(r), lnG(b+x+s)-lnG(b), lnG(a+b+x+s)-lnG(a+b)
        double psiR = 0, psiB = 0, psiAb = 0;        // same differences for the digamma
        if (shift == 1)
        {
            (lnGb, lnGab, psiB, psiAb) = (Math.Log(b), Math.Log(a + b), 1 / b, 1 / (a + b));
        }

        for (int x = 0; x < size; x++)
        {
            int k = Stride * x;
            table[k] = lnGr + lnGb - lnGab;
            table[k + 1] = x + shift > 0 ? Math.Log(a / (b + x - 1 + shift)) : 0;
            table[k + 2] = psiR;
            table[k + 3] = -psiAb;
            table[k + 4] = psiB - psiAb;
            lnGr += Math.Log(r + x);
            lnGb += Math.Log(b + x + shift);
            lnGab += Math.Log(a + b + x + shift);
            psiR += 1 / (r + x);
            psiB += 1 / (b + x + shift);
            psiAb += 1 / (a + b + x + shift);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Terms(double x, double r, double a, double b, int shift, out double c, out double lnRatioAb, out double dR, out double dA, out double dB)
    {
        double xs = x + shift;
        c = SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r)
            + SpecialFunctions.GammaLn(b + xs) - SpecialFunctions.GammaLn(b)
            - SpecialFunctions.GammaLn(a + b + xs) + SpecialFunctions.GammaLn(a + b);
        lnRatioAb = xs > 0 ? Math.Log(a / (b + xs - 1)) : 0;
        dR = SpecialFunctions.DiGamma(r + x) - SpecialFunctions.DiGamma(r);
        dA = SpecialFunctions.DiGamma(a + b) - SpecialFunctions.DiGamma(a + b + xs);
        dB = dA + SpecialFunctions.DiGamma(b + xs) - SpecialFunctions.DiGamma(b);
    }
}
