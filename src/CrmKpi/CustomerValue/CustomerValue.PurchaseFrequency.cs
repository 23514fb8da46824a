using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class CustomerValue
{
    /// <summary>Purchase frequency (购买频次): transactions per customer.</summary>
    /// <param name="transactions">Number of transactions in the window. Not negative.</param>
    /// <param name="customers">Distinct customers who made them. Not negative.</param>
    /// <returns><paramref name="transactions"/> / <paramref name="customers"/>; NaN for 0 / 0, positive infinity for x / 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <remarks>
    /// <para>Formula: <c>frequency = number of transactions / number of customers</c>.</para>
    /// <para>Catalog A7, source 004. Example: 300 transactions by 120 customers: 2.5.</para>
    /// </remarks>
    public static double PurchaseFrequency(long transactions, long customers)
    {
        Guard.NotNegative(transactions);
        Guard.NotNegative(customers);
        return (double)transactions / customers;
    }

    /// <summary>Purchase frequency from a transaction log: rows in the window per distinct customer with a row in it.</summary>
    /// <param name="transactions">The log.</param>
    /// <param name="window">The inclusive window; ISO calendar, as the dates.</param>
    /// <returns>Rows in the window / distinct customers in it; NaN when no row falls in the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is outside <c>[0, CustomerCount)</c> or an amount is NaN or infinite.</exception>
    /// <remarks>Equals <see cref="PurchaseFrequency(long, long)"/> on the counts it derives. One pass; a pooled bit set marks customers, so repeated calls allocate nothing.</remarks>
    public static double PurchaseFrequency(TransactionColumns transactions, DateInterval window)
    {
        WindowTotals totals = WindowTotals.Compute(transactions, window);
        return (double)totals.Rows / totals.DistinctCustomers;
    }
}
