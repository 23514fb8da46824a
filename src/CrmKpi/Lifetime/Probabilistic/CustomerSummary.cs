using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

/// <summary>
/// The frequency / recency / T summary of a transaction log at a calibration end date, with the
/// average repeat spend and, optionally, the purchases of a holdout window: the input of
/// <see cref="BetaGeo"/>, <see cref="ParetoNbd"/> and <see cref="GammaGamma"/>.
/// </summary>
/// <remarks>
/// <para>
/// Definitions (Fader, Hardie and Lee 2005; lifetimes' <c>summary_data_from_transaction_data</c>):
/// purchases of one customer on the same day are merged into one transaction whose amount is the sum
/// of the day's amounts, because the models count purchase occasions, not order lines. Only purchases
/// on or before the calibration end count. <c>frequency</c> = the number of distinct purchase days
/// minus one (the first purchase is not a repeat); <c>recency</c> = days from the first to the last
/// purchase day; <c>T</c> = days from the first purchase day to the calibration end; both divided by
/// the unit's length (1 or 7). <c>monetary value</c> = the mean of the repeat days' amounts (the
/// first day excluded), 0 when there is no repeat purchase. Customers whose first purchase falls after
/// the calibration end are left out (<see cref="CustomerIndexes"/> lists the ones kept).
/// </para>
/// <para>
/// Catalog V6. Check on CDNOW: the summary of <c>CDNOW_sample.txt</c> at 1997-09-30 in weeks equals
/// <c>cdnow_customers_summary.csv</c> (frequency exactly; recency and T within its 2-decimal
/// rounding); a customer who first bought on 1997-01-01 has T = 272 / 7 = 38.857 weeks.
/// </para>
/// </remarks>
public sealed class CustomerSummary
{
    private CustomerSummary(int[] customerIndexes, double[] frequency, double[] recency, double[] age, double[] monetaryValue, double[]? holdoutFrequency, double holdoutDuration)
    {
        CustomerIndexes = customerIndexes;
        Frequency = frequency;
        Recency = recency;
        Age = age;
        MonetaryValue = monetaryValue;
        HoldoutFrequency = holdoutFrequency;
        HoldoutDuration = holdoutDuration;
    }

    /// <summary>The dense index of each summarised customer (those with a purchase on or before the calibration end), ascending.</summary>
    public int[] CustomerIndexes { get; }

    /// <summary>Repeat purchase days in the calibration window (<c>x</c>).</summary>
    public double[] Frequency { get; }

    /// <summary>Time from the first to the last purchase day in the calibration window (<c>t_x</c>), in the unit.</summary>
    public double[] Recency { get; }

    /// <summary>Time from the first purchase day to the calibration end (<c>T</c>), in the unit.</summary>
    public double[] Age { get; }

    /// <summary>Mean amount of the repeat purchase days in the calibration window; 0 for a customer without repeat purchases.</summary>
    public double[] MonetaryValue { get; }

    /// <summary>Purchase days in the holdout window (after the calibration end, up to the holdout end inclusive); null without a holdout window.</summary>
    public double[]? HoldoutFrequency { get; }

    /// <summary>The holdout window's length in the unit (holdout end minus calibration end); 0 without a holdout window.</summary>
    public double HoldoutDuration { get; }

    /// <summary>The number of summarised customers.</summary>
    public int Count => CustomerIndexes.Length;

    /// <summary>The frequency, recency and T columns as the models take them.</summary>
    public CustomerSummaryColumns Columns => new(Frequency, Recency, Age);

    /// <summary>Summarises a transaction log at a calibration end date.</summary>
    /// <param name="transactions">The log; rows in any order. Amounts must be finite.</param>
    /// <param name="calibrationEnd">The last day of the calibration window, inclusive.</param>
    /// <param name="unit">The time unit of recency and T.</param>
    /// <returns>One row per customer with a purchase on or before <paramref name="calibrationEnd"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="calibrationEnd"/> or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is outside <c>[0, customerCount)</c> or an amount is NaN or infinite (the message names the column and row), or <paramref name="unit"/> is not defined.</exception>
    /// <remarks>See the type's remarks for the definitions. Catalog V6.</remarks>
    public static CustomerSummary FromTransactions(TransactionColumns transactions, LocalDate calibrationEnd, SummaryTimeUnit unit) =>
        Build(transactions, calibrationEnd, null, unit);

    /// <summary>Summarises a transaction log at a calibration end date and counts each customer's purchase days in a holdout window after it.</summary>
    /// <param name="transactions">The log; rows in any order. Amounts must be finite.</param>
    /// <param name="calibrationEnd">The last day of the calibration window, inclusive.</param>
    /// <param name="holdoutEnd">The last day of the holdout window, inclusive; on or after <paramref name="calibrationEnd"/>. Purchases after it are ignored.</param>
    /// <param name="unit">The time unit of recency, T and the holdout duration.</param>
    /// <returns>One row per customer with a purchase on or before <paramref name="calibrationEnd"/>, with <see cref="HoldoutFrequency"/> and <see cref="HoldoutDuration"/> filled.</returns>
    /// <exception cref="ArgumentException"><paramref name="calibrationEnd"/>, <paramref name="holdoutEnd"/> or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is outside <c>[0, customerCount)</c> or an amount is NaN or infinite (the message names the column and row), <paramref name="holdoutEnd"/> is before <paramref name="calibrationEnd"/>, or <paramref name="unit"/> is not defined.</exception>
    /// <remarks>Same-day purchases in the holdout count once, as in the calibration window. Catalog V6.</remarks>
    public static CustomerSummary FromTransactions(TransactionColumns transactions, LocalDate calibrationEnd, LocalDate holdoutEnd, SummaryTimeUnit unit)
    {
        DateKey.RequireIso(calibrationEnd, nameof(calibrationEnd));
        DateKey.RequireIso(holdoutEnd, nameof(holdoutEnd));
        if (holdoutEnd < calibrationEnd)
        {
            Guard.ThrowOutOfRange(nameof(holdoutEnd), holdoutEnd, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must not be before calibrationEnd ({calibrationEnd:uuuu-MM-dd})"));
        }

        return Build(transactions, calibrationEnd, holdoutEnd, unit);
    }

    private static CustomerSummary Build(TransactionColumns transactions, LocalDate calibrationEnd, LocalDate? holdoutEnd, SummaryTimeUnit unit)
    {
        Guard.Defined(unit);

        DateKey.RequireIso(calibrationEnd, nameof(calibrationEnd));
        DateKey.RequireIsoColumn(transactions.Dates, "dates");
        double unitDays = (double)unit;
        int customerCount = transactions.CustomerCount;
        ReadOnlySpan<int> customers = transactions.CustomerIndexes;
        ReadOnlySpan<LocalDate> dates = transactions.Dates;
        ReadOnlySpan<double> amounts = transactions.Amounts;
        LocalDate lastDay = holdoutEnd ?? calibrationEnd;

        // Sort keys (customer, day number) so that one pass merges same-day purchases.
        int n = transactions.Length;
        long[] keys = new long[n];
        double[] sortedAmounts = new double[n];
        int kept = 0;
        for (int i = 0; i < n; i++)
        {
            int c = customers[i];
            if ((uint)c >= (uint)customerCount)
            {
                Guard.ThrowElement("customerIndexes", i, c, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must be in [0, {customerCount})"));
            }

            double amount = amounts[i];
            if (!double.IsFinite(amount))
            {
                Guard.ThrowElement("amounts", i, amount, "must be finite");
            }

            LocalDate date = dates[i];
            if (date > lastDay)
            {
                continue;
            }

            // Days since the calibration end (negative before it), offset so the key stays positive.
            long day = Period.DaysBetween(calibrationEnd, date) + (1L << 31);
            keys[kept] = ((long)c << 32) | day;
            sortedAmounts[kept] = amount;
            kept++;
        }

        Array.Sort(keys, sortedAmounts, 0, kept);

        // First pass: count customers with a calibration purchase.
        int summarised = 0;
        int previousCustomer = -1;
        for (int i = 0; i < kept; i++)
        {
            int c = (int)(keys[i] >> 32);
            if (c != previousCustomer)
            {
                previousCustomer = c;
                if (DayOf(keys[i]) <= 0)
                {
                    summarised++;
                }
            }
        }

        int[] indexes = new int[summarised];
        double[] frequency = new double[summarised];
        double[] recency = new double[summarised];
        double[] age = new double[summarised];
        double[] monetary = new double[summarised];
        double[]? holdout = holdoutEnd is null ? null : new double[summarised];

        int row = -1;
        int i2 = 0;
        while (i2 < kept)
        {
            int c = (int)(keys[i2] >> 32);
            long firstDay = DayOf(keys[i2]);
            if (firstDay > 0)
            {
                // First purchase after the calibration end: skip the customer.
                while (i2 < kept && (int)(keys[i2] >> 32) == c)
                {
                    i2++;
                }

                continue;
            }

            row++;
            indexes[row] = c;
            long lastCalibrationDay = firstDay;
            long repeatDays = 0;
            long holdoutDays = 0;
            var repeatSpend = new CompensatedAccumulator();
            long currentDay = firstDay;
            double dayAmount = 0;
            while (i2 < kept && (int)(keys[i2] >> 32) == c)
            {
                long day = DayOf(keys[i2]);
                if (day != currentDay)
                {
                    CloseDay(currentDay, dayAmount, firstDay, ref repeatSpend);
                    currentDay = day;
                    dayAmount = 0;
                    if (day <= 0)
                    {
                        repeatDays++;
                        lastCalibrationDay = day;
                    }
                    else
                    {
                        holdoutDays++;
                    }
                }

                dayAmount += sortedAmounts[i2];
                i2++;
            }

            CloseDay(currentDay, dayAmount, firstDay, ref repeatSpend);
            frequency[row] = repeatDays;
            recency[row] = (lastCalibrationDay - firstDay) / unitDays;
            age[row] = -firstDay / unitDays;
            monetary[row] = repeatDays == 0 ? 0 : repeatSpend.Value / repeatDays;
            if (holdout is not null)
            {
                holdout[row] = holdoutDays;
            }
        }

        double holdoutDuration = holdoutEnd is { } end ? Period.DaysBetween(calibrationEnd, end) / unitDays : 0;
        return new CustomerSummary(indexes, frequency, recency, age, monetary, holdout, holdoutDuration);
    }

    private static long DayOf(long key) => (key & 0xFFFF_FFFFL) - (1L << 31);

    private static void CloseDay(long day, double amount, long firstDay, ref CompensatedAccumulator repeatSpend)
    {
        if (day != firstDay && day <= 0)
        {
            repeatSpend.Add(amount);
        }
    }
}
