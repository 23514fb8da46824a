using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Lifetime
{
    /// <summary>
    /// Retention-discount CLV (Gupta and Lehmann): the present value of a margin earned at the end of every
    /// period the customer is retained, over an infinite horizon.
    /// </summary>
    /// <param name="marginPerPeriod">Margin per period, in currency units. Finite; may be negative.</param>
    /// <param name="retentionRate">Retention rate per period, a fraction in [0, 1].</param>
    /// <param name="discountRate">Discount rate per period, a fraction; finite, not negative.</param>
    /// <returns>
    /// <c>m r / (1 + d - r)</c>. With r = 1 and d = 0 the customer is retained forever at no discount: infinity of the
    /// margin's sign (NaN for a zero margin).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The margin is NaN or infinite, the retention rate is outside [0, 1], or the discount rate is negative, NaN or infinite.</exception>
    /// <remarks>
    /// <para>Formula: <c>CLV = m r / (1 + d - r)</c>, the limit of <see cref="RetentionDiscountClv(double, double, double, int)"/>
    /// as the horizon grows: <c>sum over t = 1.. of m r^t / (1 + d)^t</c>. The first margin arrives at the end of the
    /// first period and only if the customer is retained into it (Gupta and Lehmann, "Customers as Assets", 2003).</para>
    /// <para>Catalog V4. Example: m = 100, r = 0.8, d = 0.1: 80 / 0.3 = 266.67.</para>
    /// </remarks>
    public static double RetentionDiscountClv(double marginPerPeriod, double retentionRate, double discountRate)
    {
        Guard.Finite(marginPerPeriod);
        Guard.InRange(retentionRate, 0.0, 1.0);
        Guard.FiniteNonNegative(discountRate);
        return marginPerPeriod * retentionRate / (1 + discountRate - retentionRate);
    }

    /// <summary>Retention-discount CLV over a finite horizon: the sum of <c>m r^t / (1 + d)^t</c> for t = 1 to <paramref name="periods"/>.</summary>
    /// <param name="marginPerPeriod">Margin per period, in currency units. Finite; may be negative.</param>
    /// <param name="retentionRate">Retention rate per period, a fraction in [0, 1].</param>
    /// <param name="discountRate">Discount rate per period, a fraction; finite, not negative.</param>
    /// <param name="periods">The horizon in periods. Not negative (0 gives 0).</param>
    /// <returns>The present value of the margins of the first <paramref name="periods"/> periods.</returns>
    /// <exception cref="ArgumentOutOfRangeException">As for the infinite-horizon form, or <paramref name="periods"/> is negative.</exception>
    /// <remarks>
    /// <para>Computed as the geometric sum <c>m q (1 - q^T) / (1 - q)</c> with <c>q = r / (1 + d)</c> (and <c>m T</c> when q = 1),
    /// which converges to <see cref="RetentionDiscountClv(double, double, double)"/> as T grows.</para>
    /// <para>Catalog V4. Example: m = 100, r = 0.8, d = 0.1, T = 2: 72.73 + 52.89 = 125.62.</para>
    /// </remarks>
    public static double RetentionDiscountClv(double marginPerPeriod, double retentionRate, double discountRate, int periods)
    {
        Guard.Finite(marginPerPeriod);
        Guard.InRange(retentionRate, 0.0, 1.0);
        Guard.FiniteNonNegative(discountRate);
        Guard.NotNegative(periods);
        double q = retentionRate / (1 + discountRate);
        if (q == 1)
        {
            return marginPerPeriod * periods;
        }

        return marginPerPeriod * q * (1 - Math.Pow(q, periods)) / (1 - q);
    }
}
