namespace CrmKpi;

/// <summary>
/// Order-level and per-customer value metrics (catalog section 1, A5 to A8 and A11): average order
/// value, items per transaction, purchase frequency, customer net profit and product-category
/// engagement.
/// </summary>
/// <remarks>Every member is pure and thread-safe. x / 0 follows IEEE rules (infinity or NaN), never an exception.</remarks>
public static partial class CustomerValue
{
}
