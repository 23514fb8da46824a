namespace CrmKpi.Charts;

/// <summary>
/// Customers and monetary value per RFM segment, in the order of <see cref="RfmSegment"/>, for the segment
/// bars. Built by <see cref="RfmCharts.SegmentBarsData(System.ReadOnlySpan{RfmValues}, System.ReadOnlySpan{RfmScore}, RfmSegmentRules)"/>.
/// </summary>
public sealed class SegmentBarsData
{
    internal SegmentBarsData(RfmSegment[] segments, long[] customers, double[] monetary)
    {
        Segments = segments;
        Customers = customers;
        Monetary = monetary;
    }

    /// <summary>The segments, <see cref="RfmSegment.NoPurchaseInWindow"/> first.</summary>
    public RfmSegment[] Segments { get; }

    /// <summary>Customers in each segment.</summary>
    public long[] Customers { get; }

    /// <summary>The sum of monetary values of each segment's customers.</summary>
    public double[] Monetary { get; }
}
