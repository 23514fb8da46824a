using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Acquisition
{
    /// <summary>Average revenue per customer (ARPU, 每个客户的平均收入) from totals.</summary>
    /// <param name="revenue">Revenue in the window, in currency units. Finite; negative only if refunds exceed sales.</param>
    /// <param name="customers">Distinct customers in the window. Not negative.</param>
    /// <returns><paramref name="revenue"/> / <paramref name="customers"/>; with no customers the IEEE result (infinity of the revenue's sign, NaN for zero revenue).</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="revenue"/> is NaN or infinite, or <paramref name="customers"/> is negative.</exception>
    /// <remarks>
    /// <para>Formula: <c>ARPU = revenue in window / distinct customers in window</c>.</para>
    /// <para>Catalog A4, source 000. Example: revenue 50,000 from 400 customers: 125.</para>
    /// </remarks>
    public static double Arpu(double revenue, long customers)
    {
        Guard.Finite(revenue);
        Guard.NotNegative(customers);
        return revenue / customers;
    }

    /// <summary>Average revenue per customer (ARPU) from a transaction log: revenue of the rows in the window per distinct customer with a row in it.</summary>
    /// <param name="transactions">The log.</param>
    /// <param name="window">The inclusive window; ISO calendar, as the dates.</param>
    /// <returns>The window's revenue (compensated sum) / its distinct customers; NaN when no row falls in the window.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="window"/> or a date is not in the ISO calendar.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">A customer index is outside <c>[0, CustomerCount)</c> or an amount is NaN or infinite (named by column and row).</exception>
    /// <remarks>
    /// <para>Equals <see cref="Arpu(double, long)"/> on the revenue and distinct-customer count it derives.</para>
    /// <para>One pass over the rows; distinct customers are marked in a pooled bit set of CustomerCount bits, so repeated calls allocate nothing.
    /// A log with more than 64 customers per row counts them by sorting the window's customer indexes (4 bytes a row, pooled) instead, so a huge
    /// CustomerCount costs no memory per customer. A revenue beyond the double range gives an infinite ARPU, never NaN.</para>
    /// </remarks>
    public static double Arpu(TransactionColumns transactions, DateInterval window)
    {
        WindowTotals totals = WindowTotals.Compute(transactions, window);
        return totals.Amount / totals.DistinctCustomers;
    }
}
