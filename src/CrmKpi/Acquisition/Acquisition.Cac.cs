using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Acquisition
{
    /// <summary>Customer acquisition cost (CAC, 客户获取成本): spend per customer acquired in a window.</summary>
    /// <param name="spend">Marketing plus sales spend in the window, in currency units. Finite, not negative.</param>
    /// <param name="newCustomers">Customers acquired in the window. Not negative.</param>
    /// <returns>
    /// <paramref name="spend"/> / <paramref name="newCustomers"/>. With no new customers the IEEE result is
    /// returned: positive infinity when spend is positive, NaN when spend is zero.
    /// </returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="spend"/> is negative, NaN or infinite,
    /// or <paramref name="newCustomers"/> is negative.</exception>
    /// <remarks>
    /// <para>Formula: <c>CAC = spend / newCustomers</c>.</para>
    /// <para>Catalog A1. Sources: 000 (1,000,000 / 100 = 10,000); 002 (100,000 / 200 = 500).</para>
    /// <para>See also <see cref="Cac(double, double, long)"/> for spend given in its two parts, and <see cref="ClvToCac"/> (A3).</para>
    /// </remarks>
    public static double Cac(double spend, long newCustomers)
    {
        Guard.FiniteNonNegative(spend);
        Guard.NotNegative(newCustomers);
        return spend / newCustomers;
    }

    /// <summary>Customer acquisition cost from marketing and sales spend given separately.</summary>
    /// <param name="marketingSpend">Marketing spend in the window, in currency units. Finite, not negative.</param>
    /// <param name="salesSpend">Sales spend in the window, in currency units. Finite, not negative.</param>
    /// <param name="newCustomers">Customers acquired in the window. Not negative.</param>
    /// <returns>(<paramref name="marketingSpend"/> + <paramref name="salesSpend"/>) / <paramref name="newCustomers"/>, with the IEEE cases of <see cref="Cac(double, long)"/>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A spend is negative, NaN or infinite, or <paramref name="newCustomers"/> is negative.</exception>
    /// <remarks>Catalog A1: <c>CAC = (marketing spend + sales spend) / new customers</c>.</remarks>
    public static double Cac(double marketingSpend, double salesSpend, long newCustomers)
    {
        Guard.FiniteNonNegative(marketingSpend);
        Guard.FiniteNonNegative(salesSpend);
        Guard.NotNegative(newCustomers);
        return (marketingSpend + salesSpend) / newCustomers;
    }
}
