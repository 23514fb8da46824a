using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Sales
{
    /// <summary>Sales growth rate (销售额增长率): the change in sales from one period to the next, relative to the earlier (P7).</summary>
    /// <param name="currentSales">Sales in the current period, in currency units. Finite, not negative.</param>
    /// <param name="previousSales">Sales in the previous period, in currency units. Finite, not negative.</param>
    /// <returns><c>(current - previous) / previous</c>, at least -1; positive infinity when previous is 0 and current is positive, NaN for 0 / 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, NaN or infinite.</exception>
    /// <remarks><para>Formula: <c>(new sales - previous sales) / previous sales</c>.</para><para>Catalog P7, source 004. Example: 110,000 after 100,000: 0.1.</para></remarks>
    public static double SalesGrowthRate(double currentSales, double previousSales)
    {
        Guard.FiniteNonNegative(currentSales);
        Guard.FiniteNonNegative(previousSales);
        return (currentSales - previousSales) / previousSales;
    }

    /// <summary>Sales growth rate between two windows of a transaction log (P7).</summary>
    /// <param name="transactions">The log; amounts may be negative (refunds) but the window totals must not be.</param>
    /// <param name="current">The later inclusive window; ISO calendar.</param>
    /// <param name="previous">The earlier inclusive window; it must end before <paramref name="current"/> starts. ISO calendar.</param>
    /// <returns>The growth rate of the windows' amount totals, as <see cref="SalesGrowthRate(double, double)"/>.</returns>
    /// <exception cref="ArgumentNullException">A window is null.</exception>
    /// <exception cref="ArgumentException">A date or window is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="previous"/> does not end before <paramref name="current"/> starts,
    /// a row is invalid, or a window's total is negative.</exception>
    /// <remarks>Two passes over the log (one per window), compensated sums; windows of equal length compare like with like.
    /// The windows come in the order of the scalar form (current, previous), and passing them the other way round throws.</remarks>
    public static double SalesGrowthRate(TransactionColumns transactions, DateInterval current, DateInterval previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        DateKey.RequireIso(current.Start, nameof(current));
        DateKey.RequireIso(previous.Start, nameof(previous));
        Guard.EndsBefore(previous, current, nameof(previous));
        double before = WindowTotals.Compute(transactions, previous).Amount;
        double after = WindowTotals.Compute(transactions, current).Amount;
        Guard.FiniteNonNegative(before, nameof(previous));
        Guard.FiniteNonNegative(after, nameof(current));
        return (after - before) / before;
    }
}
