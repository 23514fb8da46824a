using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>Customer retention cost (客户保留成本): retention spend in a window per customer retained.</summary>
    /// <param name="retentionSpend">Spend on keeping existing customers in the window, in currency units. Finite, not negative.</param>
    /// <param name="retainedCustomers">Customers at start still customers at the end of the window. Not negative.</param>
    /// <returns><paramref name="retentionSpend"/> / <paramref name="retainedCustomers"/>: positive infinity when nobody was retained and spend is positive, NaN when both are 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retentionSpend"/> is negative, NaN or infinite, or <paramref name="retainedCustomers"/> is negative.</exception>
    /// <remarks>
    /// <para>Formula: <c>retention cost = retention spend / customers retained</c>.</para>
    /// <para>Catalog R6. Source 003 prints the CRR formula under this name by mistake; the library implements the cost
    /// definition the name states. Example: 45,000 spent to retain 900 customers = 50 per customer.</para>
    /// </remarks>
    public static double RetentionCost(double retentionSpend, long retainedCustomers)
    {
        Guard.FiniteNonNegative(retentionSpend);
        Guard.NotNegative(retainedCustomers);
        return retentionSpend / retainedCustomers;
    }

    /// <summary>Customer retention cost from classified counts: spend per <c>counts.Retained</c>.</summary>
    /// <param name="retentionSpend">Retention spend in the window, in currency units. Finite, not negative.</param>
    /// <param name="counts">The window's counts.</param>
    /// <returns>The cost per retained customer, with the IEEE cases of <see cref="RetentionCost(double, long)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retentionSpend"/> is negative, NaN or infinite, or the retained count is negative.</exception>
    /// <remarks>Catalog R6.</remarks>
    public static double RetentionCost(double retentionSpend, RetentionCounts counts) => RetentionCost(retentionSpend, counts.Retained);

    /// <summary>Customer retention cost of a window, with the retained customers derived from a purchase log.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="retentionSpend">Retention spend in the window, in currency units. Finite, not negative.</param>
    /// <returns>The spend per retained customer (first purchase before the window, and a purchase in it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retentionSpend"/> is negative, NaN or infinite, or a customer index is out of range.</exception>
    /// <remarks>Catalog R6.</remarks>
    public static double RetentionCost(TransactionColumns transactions, DateInterval window, double retentionSpend)
    {
        Guard.FiniteNonNegative(retentionSpend);
        return RetentionCost(retentionSpend, Classify(transactions, window));
    }
}
