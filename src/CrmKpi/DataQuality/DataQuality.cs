namespace CrmKpi;

/// <summary>
/// Data-quality metrics (catalog section 9, source 004): completeness (Q1) and accuracy (Q2) of customer
/// records, over all records, per field and per record, from nullable columns or bit masks.
/// </summary>
/// <remarks>Every member is pure and thread-safe. Results are fractions; an empty input gives 0 / 0 = NaN.</remarks>
public static partial class DataQuality
{
}
