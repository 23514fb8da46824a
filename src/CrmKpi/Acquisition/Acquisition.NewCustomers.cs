using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Acquisition
{
    /// <summary>New customers (新增客户数量): customers whose first-ever purchase falls inside the window.</summary>
    /// <param name="transactions">The whole purchase history (a customer is new only if no earlier row of theirs exists, so rows before the window matter).</param>
    /// <param name="window">The inclusive window; its calendar must be the dates'.</param>
    /// <returns>The number of customers whose earliest row is dated inside the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is outside <c>[0, CustomerCount)</c> or an amount is NaN or infinite.</exception>
    /// <remarks>
    /// <para>Catalog A9, source 004. Equals <see cref="NewCustomers(ReadOnlySpan{LocalDate}, DateInterval)"/> on the first-purchase dates it derives.</para>
    /// <para>Allocates one <see cref="CustomerActivity"/> per customer; for repeated windows over the same log compute
    /// <see cref="CustomerActivity.Compute(TransactionColumns, DateInterval, Span{CustomerActivity})"/> once and count from it.</para>
    /// </remarks>
    public static long NewCustomers(TransactionColumns transactions, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        CustomerActivity[] activity = CustomerActivity.Compute(transactions, window);
        long count = 0;
        foreach (CustomerActivity a in activity)
        {
            if (a.HasPurchased && window.Contains(a.FirstPurchase))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>New customers from each customer's first-purchase date: those dated inside the window.</summary>
    /// <param name="firstPurchaseDates">Each customer's first-ever purchase date.</param>
    /// <param name="window">The inclusive window; its calendar must be the dates'.</param>
    /// <returns>The number of dates inside the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <remarks>Catalog A9 in its scalar form.</remarks>
    public static long NewCustomers(ReadOnlySpan<LocalDate> firstPurchaseDates, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        LocalDate start = window.Start;
        LocalDate end = window.End;
        long count = 0;
        foreach (LocalDate d in firstPurchaseDates)
        {
            if (d >= start && d <= end)
            {
                count++;
            }
        }

        return count;
    }
}
