using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Acquisition
{
    /// <summary>CAC payback period: the months of gross profit from one customer that repay the cost of acquiring them.</summary>
    /// <param name="cac">Customer acquisition cost, in currency units. Finite, not negative.</param>
    /// <param name="monthlyRevenuePerCustomer">Monthly revenue per customer, in currency units. Finite, not negative.</param>
    /// <param name="grossMargin">Gross margin as a fraction in [0, 1] (0.7 for 70 %).</param>
    /// <returns>
    /// Months: <paramref name="cac"/> / (<paramref name="monthlyRevenuePerCustomer"/> x <paramref name="grossMargin"/>).
    /// Positive infinity when the monthly gross profit is zero and CAC positive (never repaid); NaN when both are zero.
    /// </returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="cac"/> or <paramref name="monthlyRevenuePerCustomer"/>
    /// is negative, NaN or infinite, or <paramref name="grossMargin"/> is outside [0, 1] or NaN.</exception>
    /// <remarks>
    /// <para>Formula: <c>payback = CAC / (monthly revenue per customer x gross margin)</c>, the standard SaaS definition.</para>
    /// <para>Catalog A2. Example: CAC 1,200, revenue 100 a month at 60 % margin: 1,200 / 60 = 20 months.</para>
    /// </remarks>
    public static double CacPaybackMonths(double cac, double monthlyRevenuePerCustomer, double grossMargin)
    {
        Guard.FiniteNonNegative(cac);
        Guard.FiniteNonNegative(monthlyRevenuePerCustomer);
        Guard.InRange(grossMargin, 0.0, 1.0);
        return cac / (monthlyRevenuePerCustomer * grossMargin);
    }
}
