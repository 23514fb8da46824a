using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Sales
{
    /// <summary>Opportunity win rate (销售机会赢率): won opportunities over all or over closed ones (P4).</summary>
    /// <param name="won">Opportunities won. Not negative.</param>
    /// <param name="lost">Opportunities lost. Not negative.</param>
    /// <param name="open">Opportunities still open. Not negative.</param>
    /// <param name="denominator">All opportunities (source 000) or closed ones only.</param>
    /// <returns>A fraction in [0, 1]; NaN when the denominator is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the counts the denominator adds up exceed
    /// <see cref="long.MaxValue"/> (named by the count that made the total too large), or <paramref name="denominator"/> is not defined.</exception>
    /// <remarks>
    /// <para>Formula: <c>won / (won + lost + open)</c>, or <c>won / (won + lost)</c> for <see cref="OpportunityDenominator.ClosedOnly"/>.</para>
    /// <para>Catalog P4, source 000. Example: 20 won, 30 lost, 50 open: 0.2 of all, 0.4 of closed.</para>
    /// </remarks>
    public static double WinRate(long won, long lost, long open, OpportunityDenominator denominator) =>
        (double)won / Opportunities(won, lost, open, denominator);

    /// <summary>Opportunity win rate from a column of deal outcomes (P4).</summary>
    /// <param name="outcomes">The outcome of each opportunity; defined values only.</param>
    /// <param name="denominator">All opportunities or closed ones only.</param>
    /// <returns>A fraction in [0, 1]; NaN when the denominator is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An outcome is not defined (the message names the row), or <paramref name="denominator"/> is not defined.</exception>
    /// <remarks>Equals <see cref="WinRate(long, long, long, OpportunityDenominator)"/> on the counts of the column.</remarks>
    public static double WinRate(ReadOnlySpan<DealOutcome> outcomes, OpportunityDenominator denominator)
    {
        (long won, long lost, long open) = Count(outcomes);
        return WinRate(won, lost, open, denominator);
    }

    private static long Opportunities(long won, long lost, long open, OpportunityDenominator denominator)
    {
        Guard.NotNegative(won);
        Guard.NotNegative(lost);
        Guard.NotNegative(open);
        return denominator switch
        {
            OpportunityDenominator.AllOpportunities => Guard.CountTotal(Guard.CountTotal(won, lost), open),
            OpportunityDenominator.ClosedOnly => Guard.CountTotal(won, lost),
            _ => Guard.ThrowUndefined<OpportunityDenominator, long>(nameof(denominator), denominator),
        };
    }

    private static (long Won, long Lost, long Open) Count(ReadOnlySpan<DealOutcome> outcomes)
    {
        long won = 0, lost = 0, open = 0;
        for (int i = 0; i < outcomes.Length; i++)
        {
            switch (outcomes[i])
            {
                case DealOutcome.Won: won++; break;
                case DealOutcome.Lost: lost++; break;
                case DealOutcome.Open: open++; break;
                default: Guard.ThrowElement(nameof(outcomes), i, outcomes[i], "must be a defined DealOutcome value"); break;
            }
        }

        return (won, lost, open);
    }
}
