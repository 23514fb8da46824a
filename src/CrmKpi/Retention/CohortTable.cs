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
