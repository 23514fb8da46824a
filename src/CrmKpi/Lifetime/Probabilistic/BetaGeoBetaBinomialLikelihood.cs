using System;

namespace CrmKpi.Probabilistic;

/// <summary>
/// The BG/BB log-likelihood (Fader, Hardie and Shang 2010, equation 5) with its analytic gradient. Every
/// beta function has integer offsets, so the log-gamma and digamma differences come from tables built by
/// recurrence once per evaluation: <c>lnG(z + k) - lnG(z)</c> and <c>psi(z + k) - psi(z)</c> for
/// z = alpha, beta, alpha + beta, delta, gamma + delta and k = 0..N + 1.
/// </summary>
internal sealed class BetaGeoBetaBinomialLikelihood
{
    private const int Tables = 10;
    private readonly double[] _table;
    private readonly int _length;

    /// <summary>Allocates the tables for opportunities up to <paramref name="maxPeriods"/>.</summary>
    public BetaGeoBetaBinomialLikelihood(int maxPeriods)
    {
        _length = maxPeriods + 2;
        _table = new double[Tables * _length];
    }

    /// <summary>
    /// LL = sum_i w_i ln L_i with
    /// L = B(alpha+x, beta+n-x)/B(alpha, beta) B(gamma, delta+n)/B(gamma, delta)
    ///   + sum_(j=0)^(n-t_x-1) B(alpha+x, beta+t_x-x+j)/B(alpha, beta) B(gamma+1, delta+t_x+j)/B(gamma, delta);
    /// the gradient (alpha, beta, gamma, delta) is filled when not empty.
    /// </summary>
    public double Evaluate(DiscreteInput input, double alpha, double beta, double gamma, double delta, Span<double> gradient)
    {
        int len = _length;
        Span<double> all = _table;
        Span<double> lnA = all.Slice(0, len), lnB = all.Slice(len, len), lnAb = all.Slice(2 * len, len),
            lnD = all.Slice(3 * len, len), lnGd = all.Slice(4 * len, len),
            psA = all.Slice(5 * len, len), psB = all.Slice(6 * len, len), psAb = all.Slice(7 * len, len),
            psD = all.Slice(8 * len, len), psGd = all.Slice(9 * len, len);
        Fill(lnA, psA, alpha);
        Fill(lnB, psB, beta);
        Fill(lnAb, psAb, alpha + beta);
        Fill(lnD, psD, delta);
        Fill(lnGd, psGd, gamma + delta);
        double lnGamma = Math.Log(gamma), invGamma = 1 / gamma;
        bool wantGradient = !gradient.IsEmpty;
        double ll = 0, gA = 0, gB = 0, gG = 0, gD = 0;
        int[] xs = input.X, rs = input.Recency, ns = input.Periods;
        double[] ws = input.Weight;
        for (int i = 0; i < xs.Length; i++)
        {
            int x = xs[i], tx = rs[i], n = ns[i];
            double w = ws[i];

            // Term 0: alive through period n. Terms j: dropped out right after period t_x + j.
            double l0 = lnA[x] + lnB[n - x] - lnAb[n] + lnD[n] - lnGd[n];
            double max = l0;
            for (int j = 0; j < n - tx; j++)
            {
                int m = tx + j;
                max = Math.Max(max, lnA[x] + lnB[m - x] - lnAb[m] + lnGamma + lnD[m] - lnGd[m + 1]);
            }

            double e0 = Math.Exp(l0 - max);
            double sum = e0;
            double sA = e0 * (psA[x] - psAb[n]), sB = e0 * (psB[n - x] - psAb[n]), sG = e0 * -psGd[n], sD = e0 * (psD[n] - psGd[n]);
            for (int j = 0; j < n - tx; j++)
            {
                int m = tx + j;
                double e = Math.Exp(lnA[x] + lnB[m - x] - lnAb[m] + lnGamma + lnD[m] - lnGd[m + 1] - max);
                sum += e;
                if (wantGradient)
                {
                    sA += e * (psA[x] - psAb[m]);
                    sB += e * (psB[m - x] - psAb[m]);
                    sG += e * (invGamma - psGd[m + 1]);
                    sD += e * (psD[m] - psGd[m + 1]);
                }
            }

            ll += w * (max + Math.Log(sum));
            if (wantGradient)
            {
                double share = w / sum;
                gA += share * sA;
                gB += share * sB;
                gG += share * sG;
                gD += share * sD;
            }
        }

        if (wantGradient)
        {
            gradient[0] = gA;
            gradient[1] = gB;
            gradient[2] = gG;
            gradient[3] = gD;
        }

        return ll;
    }

    /// <summary>lnG(z + k) - lnG(z) and psi(z + k) - psi(z) for k = 0..length - 1.</summary>
    private static void Fill(Span<double> lnG, Span<double> psi, double z)
    {
        double l = 0, p = 0;
        for (int k = 0; k < lnG.Length; k++)
        {
            lnG[k] = l;
            psi[k] = p;
            l += Math.Log(z + k);
            p += 1 / (z + k);
        }
    }
}
