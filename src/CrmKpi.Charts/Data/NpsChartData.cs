namespace CrmKpi.Charts;

/// <summary>
/// The answers 0-10 of a Net Promoter survey counted by score, the result (promoters, passives, detractors
/// and the score) and the score's confidence interval. Built by <see cref="SatisfactionCharts.NpsData(System.ReadOnlySpan{int}, double)"/>.
/// </summary>
public sealed class NpsChartData
{
    internal NpsChartData(long[] counts, NpsResult result, double level, (double Lower, double Upper) interval)
    {
        Counts = counts;
        Result = result;
        Level = level;
        Interval = interval;
    }

    /// <summary>Answers per score, index 0 to 10.</summary>
    public long[] Counts { get; }

    /// <summary>The NPS result of the answers.</summary>
    public NpsResult Result { get; }

    /// <summary>The confidence level of <see cref="Interval"/> (0.95 for 95%).</summary>
    public double Level { get; }

    /// <summary>The confidence interval of the score.</summary>
    public (double Lower, double Upper) Interval { get; }
}
