using System;
using System.Buffers;
using System.Numerics;
using NodaTime;

namespace CrmKpi.Internal;

/// <summary>
/// Totals of the rows of a transaction log that fall inside a window: rows, distinct customers,
/// amount (compensated sum) and items. One pass over the columns; the distinct customers are marked
/// in a bit set of CustomerCount bits rented from the shared array pool, so repeated calls allocate
/// nothing.
/// </summary>
internal readonly record struct WindowTotals(long Rows, long DistinctCustomers, double Amount, long Items)
{
    /// <summary>Computes the totals; validates every row's customer index, amount, item count and calendar (ISO).</summary>
    public static WindowTotals Compute(TransactionColumns transactions, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        int customerCount = transactions.CustomerCount;
        int words = (customerCount + 63) >> 6;
        ulong[] rented = ArrayPool<ulong>.Shared.Rent(Math.Max(words, 1));
        try
        {
            Span<ulong> seen = rented.AsSpan(0, words);
            seen.Clear();
            ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
            ReadOnlySpan<LocalDate> dates = transactions.Dates;
            ReadOnlySpan<double> amounts = transactions.Amounts;
            DateKey.RequireIso(window.Start, nameof(window));
            int start = DateKey.Sortable(window.Start);
            uint span = (uint)(DateKey.Sortable(window.End) - start);
            CompensatedAccumulator amount = default;
            long rows = 0;
            bool allFinite = true;
            int calendars = 0;
            for (int i = 0; i < indexes.Length; i++)
            {
                int c = indexes[i];
                if ((uint)c >= (uint)customerCount)
                {
                    Guard.ThrowElement("customerIndexes", i, c, RowChecks.CustomerIndexRule(customerCount));
                }

                double a = amounts[i];
                allFinite &= double.IsFinite(a);
                LocalDate d = dates[i];
                calendars |= DateKey.CalendarBits(d);
                if ((uint)(DateKey.Sortable(d) - start) <= span)
                {
                    rows++;
                    amount.Add(a);
                    seen[c >> 6] |= 1UL << c;
                }
            }

            if (calendars != 0)
            {
                DateKey.ThrowFirstNonIso(dates, "dates");
            }

            if (!allFinite)
            {
                RowChecks.ThrowFirstNonFinite(amounts, "amounts");
            }

            long items = transactions.HasItemCounts ? SumItemsInWindow(transactions.ItemCounts, dates, start, span) : 0;
            long distinct = 0;
            foreach (ulong word in seen)
            {
                distinct += BitOperations.PopCount(word);
            }

            return new WindowTotals(rows, distinct, amount.Value, items);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    private static long SumItemsInWindow(ReadOnlySpan<int> items, ReadOnlySpan<LocalDate> dates, int start, uint span)
    {
        long sum = 0;
        int negative = 0;
        for (int i = 0; i < items.Length; i++)
        {
            negative |= items[i];
            if ((uint)(DateKey.Sortable(dates[i]) - start) <= span)
            {
                sum += items[i];
            }
        }

        if (negative < 0)
        {
            RowChecks.ThrowFirstNegative(items, "itemCounts");
        }

        return sum;
    }
}
