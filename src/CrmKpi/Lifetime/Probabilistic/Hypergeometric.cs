using System;

namespace CrmKpi.Probabilistic;

/// <summary>
/// The Gauss hypergeometric function 2F1 on <c>0 &lt;= z &lt; 1</c>, summed until convergence with a
/// rigorous tail bound, after Euler's transformation where that makes every term positive and the
/// term ratio at most z.
/// </summary>
/// <remarks>
/// The plain series of 2F1(a, b; a + 1; z) used by the Pareto/NBD likelihood has terms that first grow
/// (by a factor near b z when b is large, as b = r + x is for frequent buyers) and then decay only like
/// z^n n^(-s); near z = 1 it needs an unbounded number of terms and loses digits. Euler's transformation
/// 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z) with c = a + 1 gives
/// (1 - z)^(1 - b) 2F1(1, a + 1 - b; a + 1; z), whose terms are positive and fall by at least a factor
/// z each (for b &gt;= 0), so the remainder after a term t is below t z / (1 - z): the loop stops when
/// that bound is under 1e-17 of the sum. For z close to 1 the term count grows like
/// ln(1e17) / (1 - z); past <see cref="MaxTerms"/> terms the geometric tail bound is added and the
/// result is accurate to about that bound's relative size (only reached far from any sensible fit,
/// when one of alpha and beta is thousands of times the other).
/// </remarks>
internal static class Hypergeometric
{
    /// <summary>The most terms a series sums.</summary>
    public const int MaxTerms = 1_000_000;

    private const double Epsilon = 1e-17;

    /// <summary>
    /// ln 2F1(a, b; a + 1; z) and its partial derivatives with respect to a, b and z, for a &gt; 0,
    /// 0 &lt;= b &lt;= a + 1, 0 &lt;= z &lt; 1 (the Pareto/NBD uses b = s + 1 or b = r + x with a = r + s + x).
    /// </summary>
    public static double LogShiftedC(double a, double b, double z, out double dA, out double dB, out double dZ)
    {
        // S = sum_n t_n, t_0 = 1, t_(n+1) = t_n (q + n) / (c + n) z, with q = a + 1 - b, c = a + 1.
        // d ln t_n / dq = sum_(k<n) 1/(q+k); d ln t_n / dc = -sum_(k<n) 1/(c+k); d t_n / dz = n t_n / z.
        double q = a + 1 - b, c = a + 1;
        double s = 1, sq = 0, sc = 0, sz = 0;
        double t = 1, lq = 0, lc = 0;
        double tailFactor = z / (1 - z);
        for (int n = 0; n < MaxTerms; n++)
        {
            double ratio = (q + n) / (c + n);
            double tz = t * ratio * (n + 1);        // d t_(n+1) / dz
            t *= ratio * z;
            lq += 1 / (q + n);
            lc -= 1 / (c + n);
            s += t;
            sq += t * lq;
            sc += t * lc;
            sz += tz;
            if (t * tailFactor < Epsilon * s)
            {
                break;
            }

            if (n == MaxTerms - 1)
            {
                s += t * tailFactor;
            }
        }

        double log1mz = Math.Log(1 - z);   // absolute error about 1e-16: enough inside a log-likelihood
        dA = (sq + sc) / s;
        dB = -log1mz - (sq / s);
        dZ = ((b - 1) / (1 - z)) + (sz / s);
        return ((1 - b) * log1mz) + Math.Log(s);
    }

    /// <summary>2F1(a, b; c; z) for 0 &lt;= z &lt; 1 and c &gt; 0, by the series of whichever side of Euler's transformation has the smaller terms.</summary>
    public static double Value(double a, double b, double c, double z)
    {
        // Euler's form when it keeps terms positive and small (c - a and c - b not negative).
        double factor = 1;
        if (c - a >= 0 && c - b >= 0 && (c - a) * (c - b) < a * b)
        {
            factor = Math.Pow(1 - z, c - a - b);
            (a, b) = (c - a, c - b);
        }

        return factor * (1 + (b * ExcessPerB(a, b, c, z)));
    }

    /// <summary>
    /// (2F1(a, b; c; z) - 1) / b, the series without its leading 1 and with the factor b taken out of every
    /// term (so it stays finite and accurate as b tends to 0), for 0 &lt;= z &lt; 1 and c &gt; -1, c not 0.
    /// </summary>
    /// <remarks>
    /// <para>Terms: <c>u_1 = a z / c</c>, <c>u_(n+1) = u_n (a+n)(b+n) / ((c+n)(n+1)) z</c>. Once a + n, b + n and
    /// c + n are positive, the term ratio at every later index is at most
    /// <c>rho = z max(1, (a+n)/(n+1)) max(1, (b+n)/(c+n))</c> (each factor is a monotone function of n
    /// tending to 1), so the remainder after u_n is below <c>|u_n| rho / (1 - rho)</c>: the loop stops when
    /// that bound is under 1e-17 of the partial sum. The term count is about ln(1e17) / -ln(z) once
    /// the terms decay (fewer when c is large: the terms then fall like (n z / c)^n first), so z = 0.5
    /// takes about 60 terms and z = 0.99 about 4,000; past <see cref="MaxTerms"/> the bound is added.</para>
    /// <para>An earlier version stopped only when the term ratio without the factor z fell to 1, which never
    /// happens when a + b &gt; c + 1 (the BG/NBD's 2F1(r+x, b+x; a+b+x-1; z) for x &gt;= 1): every such
    /// call summed a million terms.</para>
    /// </remarks>
    public static double ExcessPerB(double a, double b, double c, double z)
    {
        double t = a * z / c;
        double s = t;
        for (int n = 1; n < MaxTerms; n++)
        {
            double an = a + n, bn = b + n, cn = c + n;
            if (an > 0 && bn > 0 && cn > 0)
            {
                double rho = z * Math.Max(1, an / (n + 1)) * Math.Max(1, bn / cn);
                if (rho < 1)
                {
                    double tail = t * rho / (1 - rho);
                    if (Math.Abs(tail) <= Epsilon * Math.Abs(s))
                    {
                        return s;
                    }

                    if (n == MaxTerms - 1)
                    {
                        return s + tail;
                    }
                }
            }

            t *= an * bn / (cn * (n + 1)) * z;
            s += t;
        }

        return s;
    }
}
