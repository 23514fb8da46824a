using System;
using System.Collections.Generic;
using NodaTime;

namespace CrmKpi.Data.Internal;

/// <summary><see cref="RefundPolicy.NetPerCustomerDay"/>: the rows of each customer-day that has a negative amount become one row of the net.</summary>
internal static class RefundNetting
{
    public static (TransactionLog Log, long Netted) Apply(TransactionLog log)
    {
        ReadOnlySpan<int> customers = log.CustomerIndexes;
        ReadOnlySpan<LocalDate> dates = log.Dates;
        ReadOnlySpan<double> amounts = log.Amounts;
        ReadOnlySpan<int> items = log.ItemCounts;
        var refundDays = new HashSet<(int, LocalDate)>();
        for (int i = 0; i < amounts.Length; i++)
        {
            if (amounts[i] < 0)
            {
                refundDays.Add((customers[i], dates[i]));
            }
        }

        if (refundDays.Count == 0)
        {
            return (log, 0);
        }

        // The first row of each refund day carries the day's net; the others are dropped. Order is kept.
        var firstRow = new Dictionary<(int, LocalDate), int>();
        var keep = new bool[amounts.Length];
        var net = new double[amounts.Length];
        var netItems = new int[amounts.Length];
        for (int i = 0; i < amounts.Length; i++)
        {
            var day = (customers[i], dates[i]);
            if (!refundDays.Contains(day))
            {
                keep[i] = true;
                net[i] = amounts[i];
                netItems[i] = items.IsEmpty ? 0 : items[i];
            }
            else if (firstRow.TryGetValue(day, out int first))
            {
                net[first] += amounts[i];
                netItems[first] = checked(netItems[first] + (items.IsEmpty ? 0 : items[i]));
            }
            else
            {
                firstRow[day] = i;
                keep[i] = true;
                net[i] = amounts[i];
                netItems[i] = items.IsEmpty ? 0 : items[i];
            }
        }

        int length = 0;
        foreach (bool k in keep)
        {
            length += k ? 1 : 0;
        }

        var outCustomers = new int[length];
        var outDates = new LocalDate[length];
        var outAmounts = new double[length];
        int[]? outItems = log.HasItemCounts ? new int[length] : null;
        int row = 0;
        for (int i = 0; i < keep.Length; i++)
        {
            if (keep[i])
            {
                outCustomers[row] = customers[i];
                outDates[row] = dates[i];
                outAmounts[row] = net[i];
                if (outItems is not null)
                {
                    outItems[row] = netItems[i];
                }

                row++;
            }
        }

        return (new TransactionLog(outCustomers, outDates, outAmounts, outItems, length, log.Customers), amounts.Length - length);
    }
}
