using System;
using System.Collections.Generic;
using CrmKpi.Cli.Registry;

namespace CrmKpi.Cli;

/// <summary>
/// What verify compares a case's <c>expected</c> with, for <c>crmkpi metrics ID</c>: the one value, the
/// values per customer, row or group, or the named values of a list in order (docs/verify.md, "Lists of values").
/// </summary>
internal static class MetricResultNames
{
    private static readonly Dictionary<string, string[]> Lists = new(StringComparer.Ordinal)
    {
        ["Retention.Classify"] = ["at start", "new", "retained", "lost", "reactivated", "active", "repeat", "total"],
        ["Retention.DecomposeRevenue"] = ["start revenue", "expansion", "contraction", "churned", "new revenue"],
        ["Sales.SalesCycle"] = ["deals", "mean days", "median days", "min days", "max days"],
        ["Sales.Totals"] = ["new-customer amount", "new-customer rows", "existing-customer amount", "existing-customer rows"],
        ["Rfm.SegmentCounts"] = Enum.GetNames<RfmSegment>(),
        ["BetaGeo.Fit"] = ["r", "alpha", "a", "b"],
        ["ParetoNbd.Fit"] = ["r", "alpha", "s", "beta"],
        ["GammaGamma.Fit"] = ["p", "q", "gamma"],
        ["ModifiedBetaGeo.Fit"] = ["r", "alpha", "a", "b"],
        ["BetaGeoBetaBinomial.Fit"] = ["alpha", "beta", "gamma", "delta"],
        ["ShiftedBetaGeometric.Fit"] = ["alpha", "beta"],
        ["Sales.SalesExpenses"] = ["travel", "communication", "entertainment", "internal resources", "third party", "total"],
    };

    /// <summary>One line saying which computed value or values the case's <c>expected</c> is compared with.</summary>
    public static string Compared(MetricEntry entry) => entry.Shape switch
    {
        ResultShape.List when entry.Member == "ShiftedBetaGeometric.ProjectSurvivors" => "\"expected\": an array, one number per period 0 .. periods.",
        ResultShape.Scalar => $"\"expected\": one value, the return value of {entry.Member} (a number, \"NaN\", \"Infinity\" or \"-Infinity\").",
        ResultShape.List when Lists.TryGetValue(entry.Member, out string[]? names) =>
            $"\"expected\": an array of {names.Length} values in this order: {string.Join(", ", names)}.",
        _ => $"\"expected\": an array, one value {entry.Shape.Long()}.",
    };
}
