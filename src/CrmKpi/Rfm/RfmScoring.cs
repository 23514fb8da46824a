namespace CrmKpi;

/// <summary>How <see cref="Rfm.Score(System.ReadOnlySpan{RfmValues}, int, RfmScoring, System.Span{RfmScore}, RfmWorkspace?)"/> bins customers whose values are equal.</summary>
/// <remarks>
/// Both methods rank the scored customers by value, ascending, and cut the ranks 1..n into k bins
/// at the rank quantiles <c>1 + (n - 1) j / k</c>: rank r lands in bin <c>max(1, ceil((r - 1) k / (n - 1)))</c>
/// (bin 1 for a single customer). With all values distinct the two methods agree.
/// </remarks>
public enum RfmScoring
{
    /// <summary>
    /// Rank-based bins: equal values are ranked in the order of their customer index (the first customer
    /// gets the lower rank), so a group of equal values may straddle two bins and every bin holds
    /// <c>floor</c> or <c>ceil</c> of <c>(n - 1) / k</c> ranks (the first one more). This is pandas'
    /// <c>qcut(x.rank(method='first'), k, labels=False) + 1</c>, computed in exact integer arithmetic.
    /// </summary>
    RankBased = 0,

    /// <summary>
    /// Value-based bins: equal values always share a score, the score the first of them gets under
    /// <see cref="RankBased"/> (so a tie group straddling a cut falls wholly into the lower bin). Bins can
    /// then be uneven, or empty, when many customers share a value.
    /// </summary>
    ValueBased = 1,

    /// <summary>Alias of <see cref="RankBased"/> for callers matching pandas' <c>rank(method='first')</c>.</summary>
    PandasRankFirst = RankBased,
}
