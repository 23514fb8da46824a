namespace CrmKpi;

/// <summary>Sales sums and counts split by new and existing customers (P9).</summary>
/// <param name="NewCustomerAmount">The amount from new customers, in currency units.</param>
/// <param name="NewCustomerCount">The rows (sales or calls) of new customers.</param>
/// <param name="ExistingCustomerAmount">The amount from existing customers, in currency units.</param>
/// <param name="ExistingCustomerCount">The rows of existing customers.</param>
public readonly record struct SalesTotals(double NewCustomerAmount, long NewCustomerCount, double ExistingCustomerAmount, long ExistingCustomerCount)
{
    /// <summary>The total amount, new plus existing.</summary>
    public double TotalAmount => NewCustomerAmount + ExistingCustomerAmount;

    /// <summary>The total count, new plus existing.</summary>
    public long TotalCount => NewCustomerCount + ExistingCustomerCount;
}
