using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

/// <summary>
/// A cohort retention table (catalog R7): customers grouped by the period of their first purchase, and for
/// each cohort the number and share of its customers who bought in each later period. Built by
/// <see cref="Retention.Cohorts(TransactionColumns, DateInterval, PeriodUnit)"/>.
/// </summary>
/// <remarks>
/// <para>
/// The table is rectangular: <see cref="CohortCount"/> rows (one per period of the range, oldest first) by
/// <see cref="PeriodCount"/> columns (periods since acquisition, 0 = the acquisition period). Cell
/// <c>(cohort, k)</c> is observed only when period <c>cohort + k</c> lies in the range
/// (<see cref="IsObserved(int, int)"/>): the table is triangular in content. Unobserved cells hold count 0
/// and share NaN, so an export shows them as empty.
/// </para>
/// <para>Column 0 is the cohort itself: <c>Active(cohort, 0) = Size(cohort)</c> and its share is 1 for every non-empty cohort.</para>
/// </remarks>
public sealed class CohortTable
{
    private readonly DateInterval[] _periods;
    private readonly long[] _sizes;
    private readonly long[] _active;

    internal CohortTable(PeriodUnit unit, DateInterval range, DateInterval[] periods, long[] sizes, long[] active)
    {
        Unit = unit;
        Range = range;
        _periods = periods;
        _sizes = sizes;
        _active = active;
    }

    /// <summary>
    /// A cohort table from counts computed elsewhere (a warehouse, another engine): for each cohort
    /// (the customers whose first purchase in <paramref name="range"/> falls in period <c>q</c>) the number of
    /// them active <c>k</c> periods later, <c>activeCounts[q, k]</c>. The cohort sizes are the counts at
    /// <c>k = 0</c>, since a customer is active in the period of its first purchase.
    /// </summary>
    /// <param name="unit">The cohort and column period.</param>
    /// <param name="range">The inclusive range of acquisition and observation; ISO calendar. It is split into periods as <see cref="Retention.Cohorts(TransactionColumns, DateInterval, PeriodUnit)"/> splits it.</param>
    /// <param name="activeCounts">A p x p array for the p periods of the range; not copied after the call.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> or <paramref name="activeCounts"/> is null.</exception>
    /// <exception cref="ArgumentException">The range is not in the ISO calendar, or <paramref name="activeCounts"/> is not p x p.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined, or a count is negative, above its cohort's size, or
    /// in a cell after the range's end (<c>q + k >= p</c>); the message names the cell.</exception>
    public static CohortTable FromCounts(PeriodUnit unit, DateInterval range, long[,] activeCounts)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(activeCounts);
        DateKey.RequireIso(range.Start, nameof(range));
        Guard.Defined(unit);
        DateInterval[] periods = Periods.Split(range, unit);
        int p = periods.Length;
        if (activeCounts.GetLength(0) != p || activeCounts.GetLength(1) != p)
        {
            Guard.ThrowArgument(nameof(activeCounts), string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The counts are {activeCounts.GetLength(0)} x {activeCounts.GetLength(1)}; the range {range} has {p} periods of {unit}, so {p} x {p} are needed."));
        }

        var sizes = new long[p];
        var active = new long[p * p];
        for (int q = 0; q < p; q++)
        {
            sizes[q] = activeCounts[q, 0];
            for (int k = 0; k < p; k++)
            {
                long count = activeCounts[q, k];
                string? problem = count < 0 ? "is negative"
                    : count > sizes[q] ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"is above the cohort's size {sizes[q]} (the count at [{q}, 0])")
                    : count > 0 && q + k >= p ? "is after the end of the range (cohort + periods after >= periods)"
                    : null;
                if (problem is not null)
                {
                    Guard.ThrowOutOfRange(nameof(activeCounts), count, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"at [{q}, {k}] {problem}"));
                }

                active[(q * p) + k] = count;
            }
        }

        return new CohortTable(unit, range, periods, sizes, active);
    }

    /// <summary>The period unit of cohorts and columns.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>The inclusive range the table covers; cohorts are customers whose first-ever purchase is in it.</summary>
    public DateInterval Range { get; }

    /// <summary>The number of cohorts (rows): the number of periods in <see cref="Range"/>.</summary>
    public int CohortCount => _periods.Length;

    /// <summary>The number of columns: periods since acquisition, 0 to <see cref="CohortCount"/> - 1.</summary>
    public int PeriodCount => _periods.Length;

    /// <summary>The number of customers in all cohorts: those whose first-ever purchase is in <see cref="Range"/>.</summary>
    public long TotalCustomers
    {
        get
        {
            long total = 0;
            foreach (long size in _sizes)
            {
                total += size;
            }

            return total;
        }
    }

    /// <summary>The acquisition period of a cohort (clipped to the range for the first and last).</summary>
    /// <param name="cohort">The cohort's row, 0 to <see cref="CohortCount"/> - 1.</param>
    /// <returns>The period's inclusive window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cohort"/> is out of range.</exception>
    public DateInterval Period(int cohort)
    {
        Guard.InRange(cohort, 0, _periods.Length - 1L);
        return _periods[cohort];
    }

    /// <summary>The number of customers whose first purchase falls in the cohort's period.</summary>
    /// <param name="cohort">The cohort's row.</param>
    /// <returns>The cohort's size.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cohort"/> is out of range.</exception>
    public long Size(int cohort)
    {
        Guard.InRange(cohort, 0, _periods.Length - 1L);
        return _sizes[cohort];
    }

    /// <summary>Whether period <paramref name="cohort"/> + <paramref name="periodsAfter"/> lies in the range.</summary>
    /// <param name="cohort">The cohort's row.</param>
    /// <param name="periodsAfter">Periods since acquisition, 0 to <see cref="PeriodCount"/> - 1.</param>
    /// <returns>True when the cell was observed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public bool IsObserved(int cohort, int periodsAfter)
    {
        CheckCell(cohort, periodsAfter);
        return cohort + periodsAfter < _periods.Length;
    }

    /// <summary>The number of the cohort's customers with a purchase in the period <paramref name="periodsAfter"/> periods after acquisition.</summary>
    /// <param name="cohort">The cohort's row.</param>
    /// <param name="periodsAfter">Periods since acquisition.</param>
    /// <returns>The count; 0 for an unobserved cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public long Active(int cohort, int periodsAfter)
    {
        CheckCell(cohort, periodsAfter);
        return _active[(cohort * _periods.Length) + periodsAfter];
    }

    /// <summary>The share of the cohort active in the period <paramref name="periodsAfter"/> periods after acquisition.</summary>
    /// <param name="cohort">The cohort's row.</param>
    /// <param name="periodsAfter">Periods since acquisition.</param>
    /// <returns><c>Active / Size</c>, in [0, 1]; NaN for an unobserved cell or an empty cohort.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public double Share(int cohort, int periodsAfter) =>
        IsObserved(cohort, periodsAfter) ? (double)Active(cohort, periodsAfter) / _sizes[cohort] : double.NaN;

    /// <summary>The counts as a new rectangular array <c>[cohort, periodsAfter]</c>, for printing or export.</summary>
    /// <returns>A <see cref="CohortCount"/> by <see cref="PeriodCount"/> array; unobserved cells are 0.</returns>
    public long[,] ToCountArray()
    {
        int n = _periods.Length;
        var result = new long[n, n];
        for (int q = 0; q < n; q++)
        {
            for (int k = 0; k < n; k++)
            {
                result[q, k] = _active[(q * n) + k];
            }
        }

        return result;
    }

    /// <summary>The shares as a new rectangular array <c>[cohort, periodsAfter]</c>, for printing or export.</summary>
    /// <returns>A <see cref="CohortCount"/> by <see cref="PeriodCount"/> array; unobserved cells and empty cohorts are NaN.</returns>
    public double[,] ToShareArray()
    {
        int n = _periods.Length;
        var result = new double[n, n];
        for (int q = 0; q < n; q++)
        {
            for (int k = 0; k < n; k++)
            {
                result[q, k] = Share(q, k);
            }
        }

        return result;
    }

    private void CheckCell(int cohort, int periodsAfter)
    {
        Guard.InRange(cohort, 0, _periods.Length - 1L);
        Guard.InRange(periodsAfter, 0, _periods.Length - 1L);
    }
}
