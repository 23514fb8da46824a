namespace CrmKpi;

/// <summary>What the churn rate (catalog R1) divides the customers lost in a window by.</summary>
public enum ChurnDenominator
{
    /// <summary>The customers at the start of the window (source 002): <c>lost / S</c>. The usual definition, and the one for which churn = 1 - CRR.</summary>
    CustomersAtStart,

    /// <summary>
    /// All customers (source 003, "total customers"): <c>lost / total</c>, where total is every customer known by the
    /// end of the window (at start plus new). Smaller than the at-start rate whenever customers were acquired.
    /// </summary>
    TotalCustomers,
}
