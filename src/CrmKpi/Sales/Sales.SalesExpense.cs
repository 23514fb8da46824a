using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Sales
{
    private const int ExpenseCategoryCount = 5;

    /// <summary>Sales expense (销售费用) in a window, totalled by category (P11).</summary>
    /// <param name="dates">The date of each expense row; ISO calendar.</param>
    /// <param name="categories">The category of each row; same length as <paramref name="dates"/>.</param>
    /// <param name="amounts">The amount of each row, in currency units; finite (a negative amount is a correction or refund); same length.</param>
    /// <param name="window">The inclusive window; rows outside it are ignored.</param>
    /// <returns>The compensated sum of each category's rows in the window; <see cref="SalesExpenseTotals.Total"/> is the sales expense.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The columns differ in length, or the window or a date is not in the ISO calendar (the message names the row).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A category is not defined or an amount is NaN or infinite (the message names the column and the row).</exception>
    /// <remarks>
    /// <para>Formula: per category, the sum of the amounts dated inside the window. Catalog P11; the categories are source 004's list.</para>
    /// <para>Example: travel 500 and 700, communication 100 (all in March) and entertainment 900 in February give, for March, travel 1,200,
    /// communication 100 and a total of 1,300.</para>
    /// <para>One pass, no allocation.</para>
    /// </remarks>
    public static SalesExpenseTotals SalesExpenses(ReadOnlySpan<LocalDate> dates, ReadOnlySpan<SalesExpenseCategory> categories, ReadOnlySpan<double> amounts, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        Guard.SameLength(dates.Length, categories.Length, nameof(categories));
        Guard.SameLength(dates.Length, amounts.Length, nameof(amounts));
        Span<CompensatedAccumulator> sums = stackalloc CompensatedAccumulator[ExpenseCategoryCount];
        SumExpensesInWindow(dates, categories, amounts, window, sums, nameof(dates), nameof(amounts));
        return new SalesExpenseTotals(sums[0].Value, sums[1].Value, sums[2].Value, sums[3].Value, sums[4].Value);
    }

    /// <summary>Sales expense ratio (P11): sales expense over sales revenue of the same window.</summary>
    /// <param name="salesExpense">Sales expense in the window, in currency units. Finite, not negative.</param>
    /// <param name="salesRevenue">Sales revenue in the same window, in currency units. Finite, not negative.</param>
    /// <returns><paramref name="salesExpense"/> / <paramref name="salesRevenue"/>; positive infinity when there was expense and no revenue, NaN for 0 / 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, NaN or infinite.</exception>
    /// <remarks>
    /// <para>Formula: <c>sales expense ratio = sales expense / sales revenue</c>; the parameters come in the formula's order.</para>
    /// <para>Catalog P11: 120,000 / 1,500,000 = 0.08.</para>
    /// </remarks>
    public static double SalesExpenseRatio(double salesExpense, double salesRevenue) =>
        Ratios.OfAmounts(salesExpense, salesRevenue, nameof(salesExpense), nameof(salesRevenue));

    /// <summary>Sales expense ratio of a window from an expense log and a transaction log (P11): the expense dated in the window over the revenue dated in it.</summary>
    /// <param name="expenseDates">The date of each expense row; ISO calendar.</param>
    /// <param name="expenseAmounts">The amount of each expense row, in currency units; finite; same length as <paramref name="expenseDates"/>.</param>
    /// <param name="transactions">The sales log; its amounts in the window are the revenue.</param>
    /// <param name="window">The inclusive window both sums are taken over; ISO calendar.</param>
    /// <returns>The ratio of the two window sums, as <see cref="SalesExpenseRatio(double, double)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The expense columns differ in length, or the window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is NaN or infinite, a customer index is out of range (the message names the row),
    /// or a window sum is negative.</exception>
    /// <remarks>
    /// <para>Example: expenses of 12 and 5 on 2024-02-05 and 2024-03-02 against the tests' nine-row log, February 2024 (revenue 170): 12 / 170.</para>
    /// <para>One pass over each log, compensated sums.</para>
    /// </remarks>
    public static double SalesExpenseRatio(ReadOnlySpan<LocalDate> expenseDates, ReadOnlySpan<double> expenseAmounts, TransactionColumns transactions, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        Guard.SameLength(expenseDates.Length, expenseAmounts.Length, nameof(expenseAmounts));
        Span<CompensatedAccumulator> sum = stackalloc CompensatedAccumulator[1];
        SumExpensesInWindow(expenseDates, default, expenseAmounts, window, sum, nameof(expenseDates), nameof(expenseAmounts));
        double expense = sum[0].Value;
        double revenue = WindowTotals.Compute(transactions, window).Amount;
        Guard.FiniteNonNegative(expense, nameof(expenseAmounts));
        Guard.FiniteNonNegative(revenue, nameof(transactions));
        return expense / revenue;
    }

    /// <summary>
    /// The one pass both expense forms share: checks every row (category when <paramref name="categories"/> is not empty, amount, calendar)
    /// and adds the amounts dated in the window to <paramref name="sums"/>, by category, or all to <c>sums[0]</c> without categories.
    /// </summary>
    private static void SumExpensesInWindow(
        ReadOnlySpan<LocalDate> dates, ReadOnlySpan<SalesExpenseCategory> categories, ReadOnlySpan<double> amounts, DateInterval window,
        Span<CompensatedAccumulator> sums, string datesName, string amountsName)
    {
        DateKey.RequireIso(window.Start, nameof(window));
        int start = DateKey.Sortable(window.Start);
        uint span = (uint)(DateKey.Sortable(window.End) - start);
        bool byCategory = !categories.IsEmpty;
        sums.Clear();
        int calendars = 0;
        for (int i = 0; i < dates.Length; i++)
        {
            int slot = 0;
            if (byCategory)
            {
                SalesExpenseCategory category = categories[i];
                if ((uint)category >= ExpenseCategoryCount)
                {
                    Guard.ThrowElement(nameof(categories), i, category, "must be a defined SalesExpenseCategory");
                }

                slot = (int)category;
            }

            double amount = amounts[i];
            if (!double.IsFinite(amount))
            {
                Guard.ThrowElement(amountsName, i, amount, "must be finite");
            }

            LocalDate date = dates[i];
            calendars |= DateKey.CalendarBits(date);
            if ((uint)(DateKey.Sortable(date) - start) <= span)
            {
                sums[slot].Add(amount);
            }
        }

        if (calendars != 0)
        {
            DateKey.ThrowFirstNonIso(dates, datesName);
        }
    }
}
