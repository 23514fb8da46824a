using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>Year-over-year retention (客户留存率): the share of the previous period's buyers who bought again in this period.</summary>
    /// <param name="boughtInBoth">Customers who bought in both the previous and this period. Not negative, at most <paramref name="boughtInPrevious"/>.</param>
    /// <param name="boughtInPrevious">Customers who bought in the previous period. Not negative.</param>
    /// <returns><paramref name="boughtInBoth"/> / <paramref name="boughtInPrevious"/>, in [0, 1]; NaN when both are 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="boughtInBoth"/> exceeds <paramref name="boughtInPrevious"/>.</exception>
    /// <remarks>
    /// <para>Formula: <c>YoY retention = |previous ∩ current| / |previous|</c>, over sets of buying customers.</para>
    /// <para>Catalog R4, source 004 (no worked example): 600 of last year's 2,000 buyers bought again = 0.3.</para>
    /// </remarks>
    public static double YearOverYearRetention(long boughtInBoth, long boughtInPrevious)
    {
        Guard.NotNegative(boughtInBoth);
        Guard.NotNegative(boughtInPrevious);
        Guard.NotGreaterThan(boughtInBoth, boughtInPrevious, nameof(boughtInPrevious));
        return (double)boughtInBoth / boughtInPrevious;
    }

    /// <summary>Period-over-period retention from a purchase log: of the customers who bought in <paramref name="previous"/>, the share who bought in <paramref name="current"/>.</summary>
    /// <param name="transactions">The purchase log.</param>
    /// <param name="current">The later inclusive window (for example 1998). ISO calendar.</param>
    /// <param name="previous">The earlier inclusive window (for example 1997); it must end before <paramref name="current"/> starts. ISO calendar.</param>
    /// <returns>The YoY retention of the counts derived; NaN when nobody bought in <paramref name="previous"/>.</returns>
    /// <exception cref="ArgumentNullException">A window is null.</exception>
    /// <exception cref="ArgumentException">A window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="previous"/> does not end before <paramref name="current"/> starts, or a customer index is out of range.</exception>
    /// <remarks>
    /// <para>Catalog R4. Equals <see cref="Classify(TransactionColumns, DateInterval, DateInterval)"/> with <paramref name="previous"/> as the base
    /// window: <c>Retained / AtStart</c>. Like every member that compares two windows, the measured window comes first and its base
    /// second, and passing them the other way round throws (docs/api-conventions.md). The windows need not be years or of equal length: see <see cref="Periods.SameLastYear(DateInterval)"/> and <see cref="Periods.Previous(DateInterval)"/>.</para>
    /// </remarks>
    public static double YearOverYearRetention(TransactionColumns transactions, DateInterval current, DateInterval previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        DateKey.RequireIso(current.Start, nameof(current));
        DateKey.RequireIso(previous.Start, nameof(previous));
        Guard.EndsBefore(previous, current, nameof(previous));
        RetentionCounts counts = Classify(transactions, current, previous);
        return YearOverYearRetention(counts.Retained, counts.AtStart);
    }

    /// <summary>Year-over-year retention of calendar year <paramref name="year"/> against the year before, from a purchase log.</summary>
    /// <param name="transactions">The purchase log.</param>
    /// <param name="year">The current calendar year; the previous is <c>year - 1</c>.</param>
    /// <returns>The share of <c>year - 1</c>'s buyers who bought in <paramref name="year"/>; NaN when nobody bought in <c>year - 1</c>.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2 to 9999, or a customer index is out of range.</exception>
    /// <remarks>Catalog R4: <see cref="YearOverYearRetention(TransactionColumns, DateInterval, DateInterval)"/> with the two calendar years.</remarks>
    public static double YearOverYearRetention(TransactionColumns transactions, int year)
    {
        Guard.InRange(year, 2, 9999);
        DateInterval current = Periods.Containing(new LocalDate(year, 1, 1), PeriodUnit.Year);
        return YearOverYearRetention(transactions, current, Periods.SameLastYear(current));
    }
}
