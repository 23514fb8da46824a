namespace CrmKpi.Charts;

/// <summary>
/// The steps of a revenue retention bridge (waterfall): start revenue, plus expansion, minus contraction,
/// minus churned revenue, and the end revenue of the start base, with gross and net revenue retention.
/// Built by <see cref="RetentionCharts.RevenueBridgeData(RevenueMovement)"/>.
/// </summary>
public sealed class RevenueBridgeData
{
    internal RevenueBridgeData(string[] labels, double[] from, double[] to, double grossRetention, double netRetention, double newRevenue)
    {
        Labels = labels;
        From = from;
        To = to;
        GrossRetention = grossRetention;
        NetRetention = netRetention;
        NewRevenue = newRevenue;
    }

    /// <summary>The step names: Start, Expansion, Contraction, Churned, End.</summary>
    public string[] Labels { get; }

    /// <summary>Where each bar starts (currency units).</summary>
    public double[] From { get; }

    /// <summary>Where each bar ends (currency units).</summary>
    public double[] To { get; }

    /// <summary>Gross revenue retention, <c>(start - contraction - churned) / start</c>.</summary>
    public double GrossRetention { get; }

    /// <summary>Net revenue retention, <c>(start + expansion - contraction - churned) / start</c>.</summary>
    public double NetRetention { get; }

    /// <summary>Revenue of customers without start revenue (not part of the bridge; shown in the subtitle).</summary>
    public double NewRevenue { get; }
}
