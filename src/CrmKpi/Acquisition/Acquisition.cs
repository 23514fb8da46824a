namespace CrmKpi;

/// <summary>
/// Acquisition and revenue-per-customer metrics (catalog section 1): acquisition cost and its
/// payback, the CLV to CAC ratio, average revenue per customer, new customers and new-customer
/// penetration. Order-level averages (order value, items, frequency, net profit, category share)
/// are in <see cref="CustomerValue"/>.
/// </summary>
/// <remarks>Every member is pure and thread-safe. Ratios are fractions, and x / 0 follows IEEE rules (infinity or NaN), never an exception.</remarks>
public static partial class Acquisition
{
}
