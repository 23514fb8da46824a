using System;

namespace CrmKpi.Probabilistic;

/// <summary>
/// The BG/NBD expectation of purchases while active (Fader, Hardie and Lee 2005, equations 9 and 10),
/// shared by <see cref="BetaGeo"/> and <see cref="ModifiedBetaGeo"/> (which passes b + 1: its customer
/// has survived x + 1 dropout opportunities instead of x).
/// </summary>
internal static class BetaGeoExpectation
{
    /// <summary>
    /// <c>(a+b+x-1)/(a-1) [1 - (1-z)^(r+x) 2F1(r+x, b+x; a+b+x-1; z)]</c> with <c>z = t/(alpha+T+t)</c>: the
    /// expected purchases in the next <paramref name="time"/> units of a customer known to be active at age T.
    /// </summary>
    /// <remarks>
    /// Euler's transformation turns the bracket into <c>1 - (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z)</c>: the
    /// large parameters r + x and b + x (whose series terms first grow like ((x+n) z / n)^n and whose value
    /// overflows for frequent buyers) become the fixed a + b - 1 - r and a - 1, and the series now converges
    /// faster as x grows. With q = a - 1 and L = ln(1 - z), the bracket over q is
    /// <c>-expm1(q L) / q - e^(q L) (2F1 - 1) / q</c>: nothing overflows, no 1 - (something near 1) is formed,
    /// and the value stays finite at a = 1. Against equation 10 summed directly the difference is below 1e-13
    /// relative on the CDNOW master regimes (see the precision tests).
    /// </remarks>
    public static double WhileActive(double r, double alpha, double a, double b, double time, double x, double age)
    {
        double q = a - 1;
        double c = a + b + x - 1;
        double logKeep = -Elementary.LogOnePlus(time / (alpha + age));     // ln(1 - z)
        double z = time / (alpha + age + time);
        double growth = q == 0 ? -logKeep : -Elementary.ExpMinusOne(q * logKeep) / q;
        double p = a + b - 1 - r;
        if (c == 0)
        {
            // a + b = 1 and x = 0: c * 2F1(p, q; c; z) has the removable 0 * infinity at c = 0. Every series term
            // after the 1 carries 1/c, and c * (2F1 - 1) / q tends to p z 2F1(p+1, q+1; 2; z) = p z (1 + a ExcessPerB(p+1, a, 2, z)).
            return -Math.Exp(q * logKeep) * p * z * (1 + (a * Hypergeometric.ExcessPerB(p + 1, a, 2, z)));
        }

        double excess = Hypergeometric.ExcessPerB(p, q, c, z);
        return c * (growth - (Math.Exp(q * logKeep) * excess));
    }
}
