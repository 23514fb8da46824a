using System;
using System.Runtime.CompilerServices;
using MathNet.Numerics;

namespace CrmKpi.Probabilistic;

/// <summary>
/// The Pareto/NBD log-likelihood kernel with its analytic gradient, in the form of Fader and Hardie's
/// note "A Note on Deriving the Pareto/NBD Model and Related Expressions" (2005), with the
/// max(alpha, beta) choice that keeps the hypergeometric argument in [0, 1).
/// </summary>
/// <remarks>
/// <para>Per customer: <c>L = G(r+x) alpha^r beta^s / G(r) [ (alpha+T)^-(r+x) (beta+T)^-s + s/(r+s+x) A0 ]</c>
/// with <c>A0 = F(t_x) - F(T)</c>, <c>F(y) = 2F1(r+s+x, b; r+s+x+1; |alpha-beta| / (M+y)) / (M+y)^(r+s+x)</c>,
/// M = max(alpha, beta), b = s + 1 when alpha &gt;= beta and r + x otherwise.</para>
/// <para>Everything is carried in logarithms and combined with a log-sum-exp, so large frequencies
/// do not underflow; the hypergeometric function comes from <see cref="Hypergeometric.LogShiftedC"/>,
/// which stays accurate as its argument approaches 1.</para>
/// </remarks>
internal static class ParetoNbdLikelihood
{
    public const int TableSize = 256;

    /// <summary>Total weighted log-likelihood; gradient (r, alpha, s, beta) filled when not empty.</summary>
    public static double Evaluate(
        ReadOnlySpan<double> x, ReadOnlySpan<double> tx, ReadOnlySpan<double> age, ReadOnlySpan<double> weights,
        double r, double alpha, double s, double beta, Span<double> gradient, int tableSize, bool check)
    {
        tableSize = Math.Clamp(tableSize, 1, TableSize);
        Span<double> lnGammaRatio = stackalloc double[tableSize];
        Span<double> psiRatio = stackalloc double[tableSize];
        double lg = 0, ps = 0;
        for (int k = 0; k < tableSize; k++)
        {
            lnGammaRatio[k] = lg;
            psiRatio[k] = ps;
            lg += Math.Log(r + k);
            ps += 1 / (r + k);
        }

        bool wantGradient = !gradient.IsEmpty;
        Span<double> g = stackalloc double[4];
        Span<double> total = stackalloc double[4];
        total.Clear();
        double lnAlpha = Math.Log(alpha), lnBeta = Math.Log(beta);
        double ll = 0, sumW = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double xi = x[i], ri = tx[i], ti = age[i];
            if (check)
            {
                ModelInput.CheckRow(xi, ri, ti, i);
            }

            double w = weights.IsEmpty ? 1.0 : weights[i];
            double lnGr, psiR;
            if (xi < tableSize)
            {
                lnGr = lnGammaRatio[(int)xi];
                psiR = psiRatio[(int)xi];
            }
            else
            {
                (lnGr, psiR) = GammaTerms(r, xi);
            }

            double li = Customer(xi, ri, ti, r, alpha, s, beta, g, out _);
            sumW += w;
            ll += w * (lnGr + li);
            if (wantGradient)
            {
                total[0] += w * (psiR + g[0]);
                total[1] += w * g[1];
                total[2] += w * g[2];
                total[3] += w * g[3];
            }
        }

        ll += sumW * ((r * lnAlpha) + (s * lnBeta));
        if (wantGradient)
        {
            gradient[0] = total[0] + (sumW * lnAlpha);
            gradient[1] = total[1] + (sumW * r / alpha);
            gradient[2] = total[2] + (sumW * lnBeta);
            gradient[3] = total[3] + (sumW * s / beta);
        }

        return ll;
    }

    /// <summary>
    /// ln[ (alpha+T)^-(r+x) (beta+T)^-s + s/(r+s+x) A0 ] for one customer and its gradient (r, alpha,
    /// s, beta) into <paramref name="g"/>; <paramref name="probabilityAlive"/> is the first term's share.
    /// </summary>
    public static double Customer(double x, double tx, double t, double r, double alpha, double s, double beta, Span<double> g, out double probabilityAlive)
    {
        double rx = r + x;
        double a = rx + s;
        double lnAT = Math.Log(alpha + t), lnBT = Math.Log(beta + t);
        double lnE = (-rx * lnAT) - (s * lnBT);
        if (tx == t)
        {
            // A0 = F(T) - F(T) = 0: only the "alive" term remains.
            g[0] = -lnAT;
            g[1] = -rx / (alpha + t);
            g[2] = -lnBT;
            g[3] = -s / (beta + t);
            probabilityAlive = 1;
            return lnE;
        }

        Span<double> d1 = stackalloc double[4];
        Span<double> d2 = stackalloc double[4];
        double phi1 = Phi(tx, rx, a, alpha, s, beta, d1);
        double phi2 = Phi(t, rx, a, alpha, s, beta, d2);
        double max = Math.Max(lnE, phi1);
        double eE = Math.Exp(lnE - max), e1 = Math.Exp(phi1 - max), e2 = Math.Exp(phi2 - max);
        double sa = s / a;
        double diff = e1 - e2;
        double sum = eE + (sa * diff);
        double inv = 1 / sum;
        double a2 = a * a;
        g[0] = ((eE * -lnAT) + (sa * ((e1 * d1[0]) - (e2 * d2[0]))) - (s / a2 * diff)) * inv;
        g[1] = ((eE * (-rx / (alpha + t))) + (sa * ((e1 * d1[1]) - (e2 * d2[1])))) * inv;
        g[2] = ((eE * -lnBT) + (sa * ((e1 * d1[2]) - (e2 * d2[2]))) + (rx / a2 * diff)) * inv;
        g[3] = ((eE * (-s / (beta + t))) + (sa * ((e1 * d1[3]) - (e2 * d2[3])))) * inv;
        probabilityAlive = Math.Clamp(eE * inv, 0, 1);
        return max + Math.Log(sum);
    }

    /// <summary>ln F(y) and its partial derivatives (r, alpha, s, beta).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Phi(double y, double rx, double a, double alpha, double s, double beta, Span<double> d)
    {
        if (alpha >= beta)
        {
            double m = alpha + y;
            double z = (alpha - beta) / m;
            double lnG = Hypergeometric.LogShiftedC(a, s + 1, z, out double gA, out double gB, out double gZ);
            double lnM = Math.Log(m);
            d[0] = gA - lnM;
            d[1] = (gZ * (beta + y) / (m * m)) - (a / m);
            d[2] = gA + gB - lnM;
            d[3] = -gZ / m;
            return lnG - (a * lnM);
        }
        else
        {
            double m = beta + y;
            double z = (beta - alpha) / m;
            double lnG = Hypergeometric.LogShiftedC(a, rx, z, out double gA, out double gB, out double gZ);
            double lnM = Math.Log(m);
            d[0] = gA + gB - lnM;
            d[1] = -gZ / m;
            d[2] = gA - lnM;
            d[3] = (gZ * (alpha + y) / (m * m)) - (a / m);
            return lnG - (a * lnM);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (double LnGammaRatio, double PsiRatio) GammaTerms(double r, double x) =>
        (SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r), SpecialFunctions.DiGamma(r + x) - SpecialFunctions.DiGamma(r));
}
