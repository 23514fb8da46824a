using NodaTime;

namespace CrmKpi.Charts;

/// <summary>
/// Period-over-period retention and churn: for each period after the first of a range, the customers active
/// in the previous period (at start), how many of them bought again (retained) or not (lost), and the two
/// rates. Built by <see cref="RetentionCharts.RetentionByPeriodData(TransactionColumns, DateInterval, PeriodUnit)"/>.
/// </summary>
public sealed class RetentionByPeriodData
{
    internal RetentionByPeriodData(PeriodUnit unit, DateInterval[] periods, RetentionCounts[] counts, double[] retention, double[] churn)
    {
        Unit = unit;
        Periods = periods;
        Counts = counts;
        Retention = retention;
        Churn = churn;
    }

    /// <summary>The period unit.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>The periods charted (the second period of the range onwards).</summary>
    public DateInterval[] Periods { get; }

    /// <summary>The counts of each period, with the previous period as the base window.</summary>
    public RetentionCounts[] Counts { get; }

    /// <summary>Customer retention rate of each period: <c>Retained / AtStart</c> (CRR with the previous period as base); NaN when nobody was at start.</summary>
    public double[] Retention { get; }

    /// <summary>Churn rate of each period: <c>Lost / AtStart</c>; NaN when nobody was at start.</summary>
    public double[] Churn { get; }
}
