namespace CrmKpi.Charts;

/// <summary>
/// A histogram: equal-width bins from <see cref="Edges"/>[0] to the last edge, and the values above the last
/// edge counted apart (<see cref="Above"/>), so a long tail does not squash the bars and no value is dropped.
/// Built by <see cref="ClvCharts.ClvDistributionData"/>.
/// </summary>
public sealed class HistogramData
{
    internal HistogramData(double[] edges, long[] counts, long above, double mean, double median)
    {
        Edges = edges;
        Counts = counts;
        Above = above;
        Mean = mean;
        Median = median;
    }

    /// <summary>The bin edges, one more than the bins; bin i holds values in <c>[Edges[i], Edges[i + 1])</c>, the last bin also its upper edge.</summary>
    public double[] Edges { get; }

    /// <summary>The count of each bin.</summary>
    public long[] Counts { get; }

    /// <summary>Values above the last edge.</summary>
    public long Above { get; }

    /// <summary>The mean of all values.</summary>
    public double Mean { get; }

    /// <summary>The median of all values.</summary>
    public double Median { get; }
}
