namespace CrmKpi;

/// <summary>
/// Sales metrics (catalog section 6, sources 000, 003 and 004): sales cycle, conversion, close, win and
/// failure rates, quota attainment, growth, weighted pipeline, totals split by new and existing customers,
/// training effectiveness, and sales expense by category with the expense ratio.
/// </summary>
/// <remarks>Every member is pure and thread-safe. Ratios are fractions, and x / 0 follows IEEE rules (infinity or NaN), never an exception.</remarks>
public static partial class Sales
{
}
