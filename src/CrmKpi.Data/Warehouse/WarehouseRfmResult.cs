using System.Collections.Generic;

namespace CrmKpi.Data.Warehouse;

/// <summary>RFM values computed from a warehouse's per-customer rows: customer <c>i</c> is <c>Customers[i]</c> with <c>Values[i]</c>.</summary>
public sealed class WarehouseRfmResult
{
    internal WarehouseRfmResult(string[] customers, RfmValues[] values)
    {
        Customers = customers;
        Values = values;
    }

    /// <summary>The customers with a purchase in the window, in the order the engine returned them.</summary>
    public IReadOnlyList<string> Customers { get; }

    /// <summary>Their RFM values; pass them to <see cref="Rfm.Score(System.ReadOnlySpan{RfmValues}, int, RfmScoring)"/> and then <see cref="Rfm.Segments(System.ReadOnlySpan{RfmScore}, RfmSegmentRules)"/>.</summary>
    public RfmValues[] Values { get; }
}
