using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>Churn rate (客户流失率): the share of the customers at the start of a window who were lost during it.</summary>
    /// <param name="lost">Customers lost in the window. Not negative, at most <paramref name="customersAtStart"/>.</param>
    /// <param name="customersAtStart">Customers at the start of the window (S). Not negative.</param>
    /// <returns><paramref name="lost"/> / <paramref name="customersAtStart"/>, in [0, 1]; NaN when both are 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="lost"/> exceeds <paramref name="customersAtStart"/>.</exception>
    /// <remarks>
    /// <para>Formula: <c>churn = lost / S</c>.</para>
    /// <para>Catalog R1. Source 002: 50 / 1,000 = 0.05. For the "total customers" denominator of source 003 use
    /// <see cref="ChurnRate(long, long, long, ChurnDenominator)"/>. With no new customers, churn = 1 - <see cref="Crr(long, long, long)"/>.</para>
    /// </remarks>
    public static double ChurnRate(long lost, long customersAtStart)
    {
        Guard.NotNegative(lost);
        Guard.NotNegative(customersAtStart);
        Guard.NotGreaterThan(lost, customersAtStart, nameof(customersAtStart));
        return (double)lost / customersAtStart;
    }

    /// <summary>Churn rate with an explicit denominator: customers at start (002) or all customers (003).</summary>
    /// <param name="lost">Customers lost in the window. Not negative, at most <paramref name="customersAtStart"/>.</param>
    /// <param name="customersAtStart">Customers at the start of the window (S). Not negative, at most <paramref name="totalCustomers"/>.</param>
    /// <param name="totalCustomers">All customers known by the end of the window (at start plus new). Not negative.</param>
    /// <param name="denominator">Which count to divide by.</param>
    /// <returns><paramref name="lost"/> divided by the chosen count, in [0, 1]; NaN when both are 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, <paramref name="lost"/> exceeds <paramref name="customersAtStart"/>,
    /// <paramref name="customersAtStart"/> exceeds <paramref name="totalCustomers"/>, or <paramref name="denominator"/> is not defined.</exception>
    /// <remarks>
    /// <para>Formula: <c>lost / S</c> (<see cref="ChurnDenominator.CustomersAtStart"/>) or <c>lost / total</c> (<see cref="ChurnDenominator.TotalCustomers"/>).</para>
    /// <para>Catalog R1. Source 002: 50 / 1,000 = 0.05; source 003 divides by total customers: 50 lost of 1,000 at start with 200 new gives 50 / 1,200.</para>
    /// </remarks>
    public static double ChurnRate(long lost, long customersAtStart, long totalCustomers, ChurnDenominator denominator)
    {
        Guard.Defined(denominator);
        return Ratios.NestedShare(
            lost, customersAtStart, totalCustomers, denominator == ChurnDenominator.TotalCustomers, nameof(lost), nameof(customersAtStart), nameof(totalCustomers));
    }

    /// <summary>Churn rate from classified counts.</summary>
    /// <param name="counts">The window's counts (<see cref="Classify(TransactionColumns, DateInterval)"/>).</param>
    /// <param name="denominator">Which count to divide by.</param>
    /// <returns><c>counts.Lost</c> over <c>counts.AtStart</c> or <c>counts.Total</c>; NaN when that count is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The counts are inconsistent (as in <see cref="ChurnRate(long, long, long, ChurnDenominator)"/>) or <paramref name="denominator"/> is not defined.</exception>
    /// <remarks>Catalog R1.</remarks>
    public static double ChurnRate(RetentionCounts counts, ChurnDenominator denominator) =>
        ChurnRate(counts.Lost, counts.AtStart, counts.Total, denominator);

    /// <summary>Churn rate of a window computed from a purchase log: customers whose first purchase is before the window and who did not buy in it, over the chosen denominator.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="denominator">Which count to divide by.</param>
    /// <returns>The churn rate of the counts <see cref="Classify(TransactionColumns, DateInterval)"/> derives; NaN when the denominator count is 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range, or <paramref name="denominator"/> is not defined.</exception>
    /// <remarks>Catalog R1. For a lookback definition of "at start", call <see cref="Classify(TransactionColumns, DateInterval, DateInterval)"/> and <see cref="ChurnRate(RetentionCounts, ChurnDenominator)"/>.</remarks>
    public static double ChurnRate(TransactionColumns transactions, DateInterval window, ChurnDenominator denominator)
    {
        ArgumentNullException.ThrowIfNull(window);
        Guard.Defined(denominator);

        return ChurnRate(Classify(transactions, window), denominator);
    }
}
