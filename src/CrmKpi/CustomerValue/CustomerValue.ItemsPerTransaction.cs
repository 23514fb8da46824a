using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class CustomerValue
{
    /// <summary>Items per transaction (IPT/AUP, 客单件) from totals.</summary>
    /// <param name="items">Items sold. Not negative.</param>
    /// <param name="transactions">Number of transactions. Not negative.</param>
    /// <returns><paramref name="items"/> / <paramref name="transactions"/>; NaN for 0 / 0, positive infinity for x / 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <remarks>
    /// <para>Formula: <c>IPT = total items / number of transactions</c>.</para>
    /// <para>Catalog A6, source 004. Example: 750 items in 300 transactions: 2.5.</para>
    /// </remarks>
    public static double ItemsPerTransaction(long items, long transactions)
    {
        Guard.NotNegative(items);
        Guard.NotNegative(transactions);
        return (double)items / transactions;
    }

    /// <summary>Items per transaction over a column of per-transaction item counts.</summary>
    /// <param name="itemCounts">The number of items of each transaction; not negative.</param>
    /// <returns>The exact sum of <paramref name="itemCounts"/> / their count; NaN for an empty span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An item count is negative (the message names its index).</exception>
    /// <remarks>Equals <see cref="ItemsPerTransaction(long, long)"/> on the totals it derives. One vectorised pass, exact 64-bit sum, no allocation.</remarks>
    public static double ItemsPerTransaction(ReadOnlySpan<int> itemCounts)
    {
        long sum = AccurateSum.Sum(itemCounts, out int signs);
        if (signs < 0)
        {
            RowChecks.ThrowFirstNegative(itemCounts, nameof(itemCounts));
        }

        return (double)sum / itemCounts.Length;
    }
}
