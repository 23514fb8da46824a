using System;

namespace CrmKpi;

public static partial class Sales
{
    /// <summary>Sales failure rate (销售失败率): lost opportunities over all or over closed ones (P5).</summary>
    /// <param name="won">Opportunities won. Not negative.</param>
    /// <param name="lost">Opportunities lost. Not negative.</param>
    /// <param name="open">Opportunities still open. Not negative.</param>
    /// <param name="denominator">All opportunities (source 004) or closed ones only.</param>
    /// <returns>A fraction in [0, 1]; NaN when the denominator is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the counts the denominator adds up exceed
    /// <see cref="long.MaxValue"/> (named by the count that made the total too large), or <paramref name="denominator"/> is not defined.</exception>
    /// <remarks>
    /// <para>Formula: <c>lost / (won + lost + open)</c>, or <c>lost / (won + lost)</c>; with closed only, win rate + failure rate = 1.</para>
    /// <para>Catalog P5, source 004. Example: 20 won, 30 lost, 50 open: 0.3 of all, 0.6 of closed.</para>
    /// </remarks>
    public static double FailureRate(long won, long lost, long open, OpportunityDenominator denominator) =>
        (double)lost / Opportunities(won, lost, open, denominator);

    /// <summary>Sales failure rate from a column of deal outcomes (P5).</summary>
    /// <param name="outcomes">The outcome of each opportunity; defined values only.</param>
    /// <param name="denominator">All opportunities or closed ones only.</param>
    /// <returns>A fraction in [0, 1]; NaN when the denominator is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An outcome is not defined, or <paramref name="denominator"/> is not defined.</exception>
    public static double FailureRate(ReadOnlySpan<DealOutcome> outcomes, OpportunityDenominator denominator)
    {
        (long won, long lost, long open) = Count(outcomes);
        return FailureRate(won, lost, open, denominator);
    }
}
