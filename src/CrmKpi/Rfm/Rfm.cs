namespace CrmKpi;

/// <summary>
/// RFM analysis (catalog M7): per customer recency, frequency and monetary value from a transaction
/// log, quantile scores 1..k for each, a combined score and named segments.
/// </summary>
/// <remarks>
/// <para>
/// Three steps, each usable alone: <see cref="Values(TransactionColumns, NodaTime.DateInterval, NodaTime.LocalDate, RfmMonetary, System.Span{RfmValues})"/>
/// aggregates the log (O(rows + customers)); <see cref="Score(System.ReadOnlySpan{RfmValues}, int, RfmScoring, System.Span{RfmScore}, RfmWorkspace?)"/>
/// bins each dimension into k quantile bins without sorting the customers; <see cref="Segments(System.ReadOnlySpan{RfmScore}, RfmSegmentRules, System.Span{RfmSegment})"/>
/// names each customer's segment from a rule table the caller may replace.
/// </para>
/// <para>Every member is pure and thread-safe, except that one <see cref="RfmWorkspace"/> must not be shared by concurrent calls.</para>
/// </remarks>
public static partial class Rfm
{
}
