using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Sales
{
    /// <summary>Total sales (销售总量) in a window, split by new and existing customers (P9).</summary>
    /// <param name="transactions">The log, holding each customer's whole history (so first purchases are known).</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <returns>The sums and row counts in the window; a customer is new when its first purchase in the log falls in the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">A date or the window is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range or an amount is NaN or infinite.</exception>
    /// <remarks>
    /// <para>Formula: rows in the window of customers whose first purchase is in the window count as new, the rest as existing. Catalog P9, source 004.</para>
    /// <para>Example (the tests' nine-row log, February 2024): new customers 2 and 3 bring 40 + 60 + 25 + 15 = 140 in 4 rows; existing customer 0 brings 30 in 1 row.</para>
    /// <para>Two passes; allocates one <see cref="CustomerActivity"/> per customer.</para>
    /// </remarks>
    public static SalesTotals Totals(TransactionColumns transactions, DateInterval window)
    {
        CustomerActivity[] activity = CustomerActivity.Compute(transactions, window);
        ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
        ReadOnlySpan<LocalDate> dates = transactions.Dates;
        ReadOnlySpan<double> amounts = transactions.Amounts;
        int start = DateKey.Sortable(window.Start);
        uint span = (uint)(DateKey.Sortable(window.End) - start);
        CompensatedAccumulator fresh = default, existing = default;
        long freshCount = 0, existingCount = 0;
        for (int i = 0; i < indexes.Length; i++)
        {
            if ((uint)(DateKey.Sortable(dates[i]) - start) > span)
            {
                continue;
            }

            if ((uint)(DateKey.Sortable(activity[indexes[i]].FirstPurchase) - start) <= span)
            {
                fresh.Add(amounts[i]);
                freshCount++;
            }
            else
            {
                existing.Add(amounts[i]);
                existingCount++;
            }
        }

        return new SalesTotals(fresh.Value, freshCount, existing.Value, existingCount);
    }

    /// <summary>Sums and counts of any per-row quantity (sales, calls, call seconds) split by a new-customer flag (P9).</summary>
    /// <param name="amounts">The quantity of each row (1 per call to count calls); finite.</param>
    /// <param name="isNewCustomer">Whether each row belongs to a new customer; same length.</param>
    /// <returns>The sums and row counts of each side.</returns>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is NaN or infinite (the message names the row).</exception>
    /// <remarks>Catalog P9 (电话数量: call counts). Example: calls of 60, 120, 30 seconds, the second with a new customer: new 120 s in 1 call, existing 90 s in 2.</remarks>
    public static SalesTotals Totals(ReadOnlySpan<double> amounts, ReadOnlySpan<bool> isNewCustomer)
    {
        Guard.SameLength(amounts.Length, isNewCustomer.Length, nameof(isNewCustomer));
        CompensatedAccumulator fresh = default, existing = default;
        long freshCount = 0;
        bool finite = true;
        for (int i = 0; i < amounts.Length; i++)
        {
            finite &= double.IsFinite(amounts[i]);
            if (isNewCustomer[i])
            {
                fresh.Add(amounts[i]);
                freshCount++;
            }
            else
            {
                existing.Add(amounts[i]);
            }
        }

        if (!finite)
        {
            RowChecks.ThrowFirstNonFinite(amounts, nameof(amounts));
        }

        return new SalesTotals(fresh.Value, freshCount, existing.Value, amounts.Length - freshCount);
    }
}
