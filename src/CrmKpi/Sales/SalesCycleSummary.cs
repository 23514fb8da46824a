namespace CrmKpi;

/// <summary>The sales-cycle lengths of a set of won deals, in days (P1).</summary>
/// <param name="Deals">The number of deals.</param>
/// <param name="MeanDays">The mean cycle in days; NaN with no deals.</param>
/// <param name="MedianDays">The median cycle in days (mean of the two middle values for an even count); NaN with no deals.</param>
/// <param name="MinDays">The shortest cycle in days; 0 with no deals.</param>
/// <param name="MaxDays">The longest cycle in days; 0 with no deals.</param>
public readonly record struct SalesCycleSummary(long Deals, double MeanDays, double MedianDays, int MinDays, int MaxDays);
