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

    /// <summary>Churn rate of a window computed from a purchase log: of the customers who bought in the previous window of the same length, the share who did not buy in this one.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="denominator">Which count to divide by.</param>
    /// <returns>The churn rate of the counts <see cref="Classify(TransactionColumns, DateInterval, CustomersAtStartBasis)"/> derives with
    /// <see cref="CustomersAtStartBasis.PreviousWindow"/>; NaN when the denominator count is 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range, <paramref name="denominator"/> is not defined, or the
    /// previous window would start before the ISO calendar does.</exception>
    /// <remarks>
    /// <para>Catalog R1. Customers at start are those who bought in <see cref="Periods.Previous(DateInterval)"/> (the month before a month,
    /// the quarter before a quarter, else the same number of days), so a lapsed customer is lost once, in the first window without a purchase.
    /// The cumulative reading of earlier versions (everyone who ever bought before the window) is
    /// <see cref="ChurnRate(TransactionColumns, DateInterval, ChurnDenominator, CustomersAtStartBasis)"/> with
    /// <see cref="CustomersAtStartBasis.EverBoughtBefore"/>; a look-back window is the overload with a length.</para>
    /// <para>Example: A buys in January and February, B in January, C in January to March: March churn is 1/2 (A of A, C), where the
    /// cumulative reading gives 2/3 (A and B of A, B, C).</para>
    /// </remarks>
    public static double ChurnRate(TransactionColumns transactions, DateInterval window, ChurnDenominator denominator) =>
        ChurnRate(transactions, window, denominator, CustomersAtStartBasis.PreviousWindow);

    /// <summary>Churn rate of a window computed from a purchase log, with "customers at start" read as <paramref name="basis"/> says.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="denominator">Which count to divide by.</param>
    /// <param name="basis"><see cref="CustomersAtStartBasis.PreviousWindow"/> or <see cref="CustomersAtStartBasis.EverBoughtBefore"/> (for a look-back, the overload with its length).</param>
    /// <returns>The churn rate of the counts <see cref="Classify(TransactionColumns, DateInterval, CustomersAtStartBasis)"/> derives; NaN when the denominator count is 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range, <paramref name="denominator"/> or <paramref name="basis"/> is not defined,
    /// <paramref name="basis"/> is <see cref="CustomersAtStartBasis.LookBack"/>, or the previous window would start before the ISO calendar does.</exception>
    /// <remarks>Catalog R1.</remarks>
    public static double ChurnRate(TransactionColumns transactions, DateInterval window, ChurnDenominator denominator, CustomersAtStartBasis basis)
    {
        ArgumentNullException.ThrowIfNull(window);
        Guard.Defined(denominator);
        return ChurnRate(Classify(transactions, window, basis), denominator);
    }

    /// <summary>Churn rate of a window computed from a purchase log, with customers at start those who bought in the look-back window before it.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="denominator">Which count to divide by.</param>
    /// <param name="basis">Must be <see cref="CustomersAtStartBasis.LookBack"/>.</param>
    /// <param name="lookBack">The look-back length, a positive period of date units, ending the day before the window.</param>
    /// <returns>The churn rate of the counts <see cref="Classify(TransactionColumns, DateInterval, CustomersAtStartBasis, Period)"/> derives; NaN when the denominator count is 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> or <paramref name="lookBack"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range, <paramref name="denominator"/> is not defined, <paramref name="basis"/> is not
    /// <see cref="CustomersAtStartBasis.LookBack"/>, or <paramref name="lookBack"/> is not a positive date period or reaches past the calendar's start.</exception>
    /// <remarks>Catalog R1. Example: with <c>Period.FromDays(365)</c>, at start = customers active in the year before the window.</remarks>
    public static double ChurnRate(TransactionColumns transactions, DateInterval window, ChurnDenominator denominator, CustomersAtStartBasis basis, Period lookBack)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(lookBack);
        Guard.Defined(denominator);
        return ChurnRate(Classify(transactions, window, basis, lookBack), denominator);
    }
}
