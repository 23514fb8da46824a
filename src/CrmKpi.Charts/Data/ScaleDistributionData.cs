namespace CrmKpi.Charts;

/// <summary>
/// Survey answers on a scale (CSAT, CES) counted by answer, with the mean answer the metric reports. Built
/// by <see cref="SatisfactionCharts.CsatData"/> and <see cref="SatisfactionCharts.CesData"/>.
/// </summary>
public sealed class ScaleDistributionData
{
    internal ScaleDistributionData(string metric, int scaleMin, int scaleMax, long[] counts, double mean)
    {
        Metric = metric;
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
        Counts = counts;
        Mean = mean;
    }

    /// <summary>The metric's short name: CSAT or CES.</summary>
    public string Metric { get; }

    /// <summary>The lowest answer of the scale.</summary>
    public int ScaleMin { get; }

    /// <summary>The highest answer of the scale.</summary>
    public int ScaleMax { get; }

    /// <summary>Answers per scale point, index 0 for <see cref="ScaleMin"/>.</summary>
    public long[] Counts { get; }

    /// <summary>The metric: the mean answer (<see cref="Satisfaction.Csat(System.ReadOnlySpan{int}, int, int)"/> or <see cref="Satisfaction.Ces(System.ReadOnlySpan{int}, int, int)"/>).</summary>
    public double Mean { get; }
}
