using System;

namespace CrmKpi.Probabilistic;

/// <summary>
/// e^x - 1 and ln(1 + u) to a few units in the last place near 0, by Kahan's corrections of the rounded
/// e^x and 1 + u. MathNet.Numerics' <c>SpecialFunctions.Expm1</c> is not used: below |x| = 0.1 it sums a
/// series that stops early and is off by up to about 5e-8 relative (0.05127109375 for x = 0.05, against
/// 0.0512710963760241).
/// </summary>
internal static class Elementary
{
    /// <summary>e^x - 1 without cancellation near x = 0.</summary>
    public static double ExpMinusOne(double x)
    {
        if (Math.Abs(x) > 0.5)
        {
            return Math.Exp(x) - 1;
        }

        double u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        double um1 = u - 1;
        return um1 == -1 ? -1 : um1 * x / Math.Log(u);
    }

    /// <summary>ln(1 + u) without cancellation near u = 0; u &gt; -1.</summary>
    public static double LogOnePlus(double u)
    {
        double w = 1 + u;
        return w == 1 ? u : Math.Log(w) * u / (w - 1);
    }
}
