namespace CrmKpi;

/// <summary>
/// Who counts as a customer "at the start" of a window for the column forms of churn (R1) and CRR (R2): the
/// readings a log can support, since a purchase log records purchases, not subscriptions.
/// </summary>
public enum CustomersAtStartBasis
{
    /// <summary>
    /// The default: customers who bought in the previous window of the same length (<see cref="Periods.Previous(NodaTime.DateInterval)"/>:
    /// the month before a month, the quarter before a quarter, otherwise the same number of days). A customer is lost
    /// once, in the first window after their last purchase; month over month churn compares consecutive months.
    /// </summary>
    PreviousWindow = 0,

    /// <summary>
    /// The cumulative reading (before issue 12, the only one): every customer whose first purchase is before the window.
    /// A customer who stopped buying in February is counted lost again in March, April and every later window.
    /// </summary>
    EverBoughtBefore = 1,

    /// <summary>
    /// Customers who bought in a look-back window of a given length that ends the day before the window starts
    /// (for example the last 365 days: "active in the past year"); the length is passed beside this value.
    /// </summary>
    LookBack = 2,
}
