using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Rfm
{
    /// <summary>
    /// Recency, frequency and monetary value from customers' activity in the RFM window (for a log read in chunks:
    /// <see cref="CustomerActivityAccumulator"/>): frequency is <see cref="CustomerActivity.WindowTransactions"/>,
    /// monetary the window spend (or spend per purchase), recency the days from <see cref="CustomerActivity.LastInWindow"/>
    /// to <paramref name="asOf"/>. Equal to <see cref="Values(TransactionColumns, DateInterval, LocalDate, RfmMonetary)"/> on
    /// the rows the activity was computed from, for the same window.
    /// </summary>
    /// <param name="activity">Every customer's activity, computed for the RFM window.</param>
    /// <param name="asOf">The date recency is measured to; not before any customer's last purchase in the window.</param>
    /// <param name="monetary">Total spend or spend per purchase.</param>
    /// <returns>One <see cref="RfmValues"/> per customer; <see cref="RfmValues.NoPurchase"/> for a customer without a purchase in the window.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monetary"/> is not defined, or <paramref name="asOf"/> is before a customer's last purchase in the window (the message names the customer).</exception>
    public static RfmValues[] Values(ReadOnlySpan<CustomerActivity> activity, LocalDate asOf, RfmMonetary monetary)
    {
        DateKey.RequireIso(asOf, nameof(asOf));
        Guard.Defined(monetary);
        int asOfDay = DateKey.DayNumber(asOf);
        bool average = monetary == RfmMonetary.AveragePerPurchase;
        var values = new RfmValues[activity.Length];
        for (int c = 0; c < activity.Length; c++)
        {
            CustomerActivity a = activity[c];
            if (a.WindowTransactions == 0)
            {
                values[c] = RfmValues.NoPurchase;
                continue;
            }

            int recency = asOfDay - DateKey.DayNumber(a.LastInWindow);
            if (recency < 0)
            {
                Guard.ThrowOutOfRange(nameof(asOf), asOf, $"must not be before customer {c}'s last purchase in the window ({a.LastInWindow:yyyy-MM-dd})");
            }

            values[c] = new RfmValues(recency, a.WindowTransactions, average ? a.WindowSpend / a.WindowTransactions : a.WindowSpend);
        }

        return values;
    }
}
