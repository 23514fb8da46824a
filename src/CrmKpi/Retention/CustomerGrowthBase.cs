namespace CrmKpi;

/// <summary>Which customers the customer growth rate (catalog R10) counts at the start and at the end of a window.</summary>
public enum CustomerGrowthBase
{
    /// <summary>
    /// The customer base acquired to date: at start, every customer whose first purchase is before the window; at
    /// the end, every customer whose first purchase is on or before its last day. Growth = new customers / customers at start,
    /// never negative (a customer, once acquired, stays in the base).
    /// </summary>
    CustomerBase = 0,

    /// <summary>
    /// Active customers: customers who bought in the window against customers who bought in the previous window of equal
    /// length (the same number of days, ending the day before the window starts). Negative when fewer customers bought.
    /// </summary>
    ActiveCustomers = 1,
}
