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

    /// <summary>Customer retention rate of a window computed from a purchase log.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <returns>The CRR of the counts <see cref="Classify(TransactionColumns, DateInterval)"/> derives; NaN when nobody is at start.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range.</exception>
    /// <remarks>Catalog R2. Customers at start are those whose first purchase is before the window; E counts everyone who bought in the window, N those whose first purchase is in it.</remarks>
    public static double Crr(TransactionColumns transactions, DateInterval window) => Crr(Classify(transactions, window));
}
