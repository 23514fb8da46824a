using System;
using System.Buffers;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Acquisition
{
    /// <summary>New customers (新增客户数量): customers whose first-ever purchase falls inside the window.</summary>
    /// <param name="transactions">The whole purchase history (a customer is new only if no earlier row of theirs exists, so rows before the window matter).</param>
    /// <param name="window">The inclusive window; ISO calendar, like every date of the log.</param>
    /// <returns>The number of customers whose earliest row is dated inside the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">A date or the window is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is outside <c>[0, CustomerCount)</c>.</exception>
    /// <remarks>
    /// <para>Catalog A9, source 004. Equals <see cref="NewCustomers(ReadOnlySpan{LocalDate}, DateInterval)"/> on the first-purchase dates it derives.
    /// Amounts are not read. One pass over the rows; the per-customer first dates live in a pooled buffer, so repeated calls allocate nothing.</para>
    /// <para>For many windows over the same log, compute <see cref="CustomerActivity.Compute(TransactionColumns, DateInterval, Span{CustomerActivity})"/>
    /// once and count the first purchases from it.</para>
    /// </remarks>
    public static long NewCustomers(TransactionColumns transactions, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        DateKey.RequireIso(window.Start, nameof(window));
        int customerCount = transactions.CustomerCount;
        int[] rented = ArrayPool<int>.Shared.Rent(Math.Max(customerCount, 1));
        try
        {
            // Each customer's earliest date key; int.MaxValue for a customer with no row.
            Span<int> first = rented.AsSpan(0, customerCount);
            first.Fill(int.MaxValue);
            ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
            ReadOnlySpan<LocalDate> dates = transactions.Dates;
            int keys = 0;
            for (int i = 0; i < indexes.Length; i++)
            {
                int c = indexes[i];
                if ((uint)c >= (uint)customerCount)
                {
                    Guard.ThrowElement("customerIndexes", i, c, RowChecks.CustomerIndexRule(customerCount));
                }

                int key = DateKey.Sortable(dates[i]);
                keys |= key;
                first[c] = Math.Min(first[c], key);
            }

            if ((keys & DateKey.CalendarMask) != 0)
            {
                DateKey.ThrowFirstNonIso(dates, "dates");
            }

            int start = DateKey.Sortable(window.Start);
            uint span = (uint)(DateKey.Sortable(window.End) - start);
            long count = 0;
            foreach (int key in first)
            {
                count += (uint)(key - start) <= span ? 1 : 0;
            }

            return count;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>New customers from each customer's first-purchase date: those dated inside the window.</summary>
    /// <param name="firstPurchaseDates">Each customer's first-ever purchase date.</param>
    /// <param name="window">The inclusive window; ISO calendar, like every date.</param>
    /// <returns>The number of dates inside the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> or a date is not in the ISO calendar.</exception>
    /// <remarks>Catalog A9 in its scalar form.</remarks>
    public static long NewCustomers(ReadOnlySpan<LocalDate> firstPurchaseDates, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        DateKey.RequireIso(window.Start, nameof(window));
        DateKey.RequireIsoColumn(firstPurchaseDates, nameof(firstPurchaseDates));
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
