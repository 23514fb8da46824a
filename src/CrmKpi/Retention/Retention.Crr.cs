using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>Customer retention rate (CRR, 客户保留率): the share of the customers at the start of a window still customers at its end, not counting those acquired during it.</summary>
    /// <param name="customersAtEnd">Customers at the end of the window (E). Not negative.</param>
    /// <param name="newCustomers">Customers acquired during the window (N). Not negative, at most <paramref name="customersAtEnd"/>.</param>
    /// <param name="customersAtStart">Customers at the start of the window (S). Not negative, at least E - N.</param>
    /// <returns>(E - N) / S, in [0, 1]; NaN when S and E - N are 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, <paramref name="newCustomers"/> exceeds <paramref name="customersAtEnd"/>,
    /// or E - N exceeds S (more customers kept than there were).</exception>
    /// <remarks>
    /// <para>Formula: <c>CRR = (E - N) / S</c>.</para>
    /// <para>Catalog R2. Sources 002 and 003: (1,100 - 200) / 1,000 = 0.9. With N = 0 it is 1 - <see cref="ChurnRate(long, long)"/> with lost = S - E.</para>
    /// </remarks>
    public static double Crr(long customersAtEnd, long newCustomers, long customersAtStart)
    {
        Guard.NotNegative(customersAtEnd);
        Guard.NotNegative(newCustomers);
        Guard.NotNegative(customersAtStart);
        Guard.NotGreaterThan(newCustomers, customersAtEnd, nameof(customersAtEnd));
        long kept = customersAtEnd - newCustomers;
        if (kept > customersAtStart)
        {
            Guard.ThrowOutOfRange(nameof(customersAtEnd), customersAtEnd, $"minus newCustomers ({newCustomers}) must not exceed customersAtStart ({customersAtStart})");
        }

        return (double)kept / customersAtStart;
    }

    /// <summary>Customer retention rate from classified counts: <c>(AtEnd - Acquired) / AtStart</c>.</summary>
    /// <param name="counts">The window's counts; reactivated customers count as acquired.</param>
    /// <returns>The CRR, equal to <c>Retained / AtStart</c> for counts from <see cref="Classify(TransactionColumns, DateInterval)"/>; NaN when AtStart is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The counts are inconsistent (as in <see cref="Crr(long, long, long)"/>).</exception>
    /// <remarks>Catalog R2.</remarks>
    public static double Crr(RetentionCounts counts) => Crr(counts.AtEnd, counts.Acquired, counts.AtStart);

    /// <summary>Customer retention rate of a window computed from a purchase log, with customers at start those who bought in the previous window of the same length.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <returns>The CRR of the counts <see cref="Classify(TransactionColumns, DateInterval, CustomersAtStartBasis)"/> derives with
    /// <see cref="CustomersAtStartBasis.PreviousWindow"/>: <c>Retained / AtStart</c>; NaN when nobody is at start.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range, or the previous window would start before the ISO calendar does.</exception>
    /// <remarks>
    /// <para>Catalog R2. E counts everyone who bought in the window and N those acquired in it (new, and reactivated: bought before the
    /// previous window but not in it), so <c>(E - N) / S</c> is the share of the previous window's buyers who bought again, = 1 - churn.
    /// The cumulative reading of earlier versions is <see cref="Crr(TransactionColumns, DateInterval, CustomersAtStartBasis)"/> with
    /// <see cref="CustomersAtStartBasis.EverBoughtBefore"/>.</para>
    /// <para>Example: A buys in January and February, B in January, C in January to March: March CRR is 1/2 (C of A, C); cumulative 1/3.</para>
    /// </remarks>
    public static double Crr(TransactionColumns transactions, DateInterval window) =>
        Crr(transactions, window, CustomersAtStartBasis.PreviousWindow);

    /// <summary>Customer retention rate of a window computed from a purchase log, with "customers at start" read as <paramref name="basis"/> says.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="basis"><see cref="CustomersAtStartBasis.PreviousWindow"/> or <see cref="CustomersAtStartBasis.EverBoughtBefore"/> (for a look-back, the overload with its length).</param>
    /// <returns>The CRR of the counts <see cref="Classify(TransactionColumns, DateInterval, CustomersAtStartBasis)"/> derives; NaN when nobody is at start.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range, <paramref name="basis"/> is not defined or is
    /// <see cref="CustomersAtStartBasis.LookBack"/>, or the previous window would start before the ISO calendar does.</exception>
    /// <remarks>Catalog R2.</remarks>
    public static double Crr(TransactionColumns transactions, DateInterval window, CustomersAtStartBasis basis) =>
        Crr(Classify(transactions, window, basis));

    /// <summary>Customer retention rate of a window computed from a purchase log, with customers at start those who bought in the look-back window before it.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="basis">Must be <see cref="CustomersAtStartBasis.LookBack"/>.</param>
    /// <param name="lookBack">The look-back length, a positive period of date units, ending the day before the window.</param>
    /// <returns>The CRR of the counts <see cref="Classify(TransactionColumns, DateInterval, CustomersAtStartBasis, NodaTime.Period)"/> derives; NaN when nobody is at start.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> or <paramref name="lookBack"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range, <paramref name="basis"/> is not <see cref="CustomersAtStartBasis.LookBack"/>,
    /// or <paramref name="lookBack"/> is not a positive date period or reaches past the calendar's start.</exception>
    /// <remarks>Catalog R2.</remarks>
    public static double Crr(TransactionColumns transactions, DateInterval window, CustomersAtStartBasis basis, NodaTime.Period lookBack) =>
        Crr(Classify(transactions, window, basis, lookBack));
}
