using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>Repurchase rate (客户复购率): the share of a window's active customers who bought two or more times in it.</summary>
    /// <param name="repeatCustomers">Customers with two or more purchases in the window. Not negative, at most <paramref name="activeCustomers"/>.</param>
    /// <param name="activeCustomers">Customers with at least one purchase in the window. Not negative.</param>
    /// <returns><paramref name="repeatCustomers"/> / <paramref name="activeCustomers"/>, in [0, 1]; NaN when both are 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="repeatCustomers"/> exceeds <paramref name="activeCustomers"/>.</exception>
    /// <remarks>
    /// <para>Formula: <c>repurchase rate = customers with ≥ 2 purchases / active customers</c>.</para>
    /// <para>Catalog R5, source 004 (no worked example): 300 repeat buyers among 1,200 active = 0.25.</para>
    /// </remarks>
    public static double RepurchaseRate(long repeatCustomers, long activeCustomers)
    {
        Guard.NotNegative(repeatCustomers);
        Guard.NotNegative(activeCustomers);
        Guard.NotGreaterThan(repeatCustomers, activeCustomers, nameof(activeCustomers));
        return (double)repeatCustomers / activeCustomers;
    }

    /// <summary>Repurchase rate from classified counts: <c>Repeat / Active</c>.</summary>
    /// <param name="counts">The window's counts.</param>
    /// <returns>The repurchase rate; NaN when nobody was active.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The counts are inconsistent (Repeat &gt; Active or negative).</exception>
    /// <remarks>Catalog R5.</remarks>
    public static double RepurchaseRate(RetentionCounts counts) => RepurchaseRate(counts.Repeat, counts.Active);

    /// <summary>Repurchase rate of a window computed from a purchase log; every row is one purchase.</summary>
    /// <param name="transactions">The purchase log (rows outside the window are ignored).</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <returns>The repurchase rate of the counts <see cref="Classify(TransactionColumns, DateInterval)"/> derives; NaN when nobody bought in the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range.</exception>
    /// <remarks>Catalog R5. Two rows on the same day count as two purchases; merge same-day rows first for the "distinct days" reading.
    /// Only the window's rows count, so unlike churn and CRR the rate does not depend on who is a customer at the start (<see cref="CustomersAtStartBasis"/>).</remarks>
    public static double RepurchaseRate(TransactionColumns transactions, DateInterval window) => RepurchaseRate(Classify(transactions, window));
}
