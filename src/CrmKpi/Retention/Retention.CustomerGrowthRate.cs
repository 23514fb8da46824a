using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>Customer growth rate (客户增长率): the change in the number of customers over a window, relative to the start.</summary>
    /// <param name="customersAtEnd">Customers at the end of the window. Not negative.</param>
    /// <param name="customersAtStart">Customers at the start of the window. Not negative.</param>
    /// <returns><c>(end - start) / start</c>, at least -1; positive infinity when there were no customers at start and some at the end, NaN when both are 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <remarks>
    /// <para>Formula: <c>growth = (customers at end - customers at start) / customers at start</c>; the parameters come in the formula's order.</para>
    /// <para>Catalog R10 (source 000 lists it among the common operating KPIs): 1,100 at the end against 1,000 at the start = 0.1.
    /// Either count may be the customer base or the active customers (<see cref="CustomerGrowthBase"/>); for counts taken from a log use
    /// <see cref="CustomerGrowthRate(TransactionColumns, DateInterval, CustomerGrowthBase)"/>.</para>
    /// </remarks>
    public static double CustomerGrowthRate(long customersAtEnd, long customersAtStart)
    {
        Guard.NotNegative(customersAtEnd);
        Guard.NotNegative(customersAtStart);
        return (double)(customersAtEnd - customersAtStart) / customersAtStart;
    }

    /// <summary>Customer growth rate of a window computed from a purchase log, for the customer base or for active customers (R10).</summary>
    /// <param name="transactions">The whole purchase history: rows before the window decide who was a customer at its start; rows after it are ignored.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="basis">Which customers to count: <see cref="CustomerGrowthBase.CustomerBase"/> (acquired to date) or
    /// <see cref="CustomerGrowthBase.ActiveCustomers"/> (bought in the window against the previous window of equal length).</param>
    /// <returns>The growth rate of the two counts, as <see cref="CustomerGrowthRate(long, long)"/>; NaN when both counts are 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar (the message names the row).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range (the message names the row), <paramref name="basis"/> is not defined,
    /// or (active customers) the previous window would start before the ISO calendar does.</exception>
    /// <remarks>
    /// <para>Customer base: start = customers whose first purchase is before the window (<see cref="RetentionCounts.AtStart"/>), end = customers whose
    /// first purchase is on or before its last day (<see cref="RetentionCounts.Total"/>); growth = new customers / customers at start.</para>
    /// <para>Active customers: start = customers with a purchase in the <c>window.Length</c> days before the window, end = customers with a purchase in it.
    /// For the previous calendar month instead of the same number of days, pass <c>Classify(transactions, window, Periods.Previous(window))</c>'s
    /// <see cref="RetentionCounts.Active"/> and <see cref="RetentionCounts.AtStart"/> to <see cref="CustomerGrowthRate(long, long)"/>.</para>
    /// <para>Example (the tests' nine-row log, February 2024): base 2 at start (customers 0 and 1), 4 at the end, growth 1; active 2 in the 29 days
    /// before (3 to 31 January: customers 0 and 1), 3 in February (0, 2, 3), growth 0.5.</para>
    /// <para>One pass over the customer and date columns with one pooled byte per customer, as <see cref="Classify(TransactionColumns, DateInterval)"/>.</para>
    /// </remarks>
    public static double CustomerGrowthRate(TransactionColumns transactions, DateInterval window, CustomerGrowthBase basis)
    {
        ArgumentNullException.ThrowIfNull(window);
        switch (basis)
        {
            case CustomerGrowthBase.CustomerBase:
                RetentionCounts all = Classify(transactions, window);
                return CustomerGrowthRate(all.Total, all.AtStart);
            case CustomerGrowthBase.ActiveCustomers:
                DateKey.RequireIso(window.Start, nameof(window));
                var previous = new DateInterval(
                    CalendarBounds.PlusDays(window.Start, -window.Length, nameof(window), window),
                    CalendarBounds.PlusDays(window.Start, -1, nameof(window), window));
                RetentionCounts active = Classify(transactions, window, previous);
                return CustomerGrowthRate(active.Active, active.AtStart);
            default:
                return Guard.ThrowUndefined<CustomerGrowthBase, double>(nameof(basis), basis);
        }
    }
}
