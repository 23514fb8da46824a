namespace CrmKpi.Charts;

/// <summary>
/// The tiles of an RFM segment map: for each recency score and each frequency-monetary score (the rounded
/// mean of the frequency and monetary scores, <see cref="RfmScore.FrequencyMonetary"/>), the number of
/// customers and the sum of their monetary values. Built by
/// <see cref="RfmCharts.SegmentMapData(System.ReadOnlySpan{RfmValues}, System.ReadOnlySpan{RfmScore}, RfmSegmentRules)"/>.
/// </summary>
public sealed class RfmGridData
{
    internal RfmGridData(RfmSegmentRules rules, long[,] customers, double[,] monetary, long unscored)
    {
        Rules = rules;
        Customers = customers;
        Monetary = monetary;
        Unscored = unscored;
    }

    /// <summary>The segment table; <see cref="RfmSegmentRules.Bins"/> is the size of each side of the grid.</summary>
    public RfmSegmentRules Rules { get; }

    /// <summary>Customers per tile, <c>[recency - 1, frequencyMonetary - 1]</c>.</summary>
    public long[,] Customers { get; }

    /// <summary>The sum of the customers' monetary values per tile (revenue when the values are total spend), same indexes.</summary>
    public double[,] Monetary { get; }

    /// <summary>Customers without a purchase in the window (not scored, not on the map).</summary>
    public long Unscored { get; }

    /// <summary>The number of bins of each score.</summary>
    public int Bins => Rules.Bins;
}
