using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Sales
{
    /// <summary>Training effectiveness (培训效用): the relative change of sales after training over an equal window before it (P10).</summary>
    /// <param name="salesAfter">Sales in the window after training, in currency units. Finite, not negative.</param>
    /// <param name="salesBefore">Sales in an equally long window before training. Finite, not negative.</param>
    /// <returns><c>after / before - 1</c>; positive infinity when before is 0 and after positive, NaN for 0 / 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, NaN or infinite.</exception>
    /// <remarks><para>Formula: <c>sales after training / sales before - 1</c>.</para><para>Catalog P10, source 004. Example: 55,000 after, 50,000 before: 0.1.</para></remarks>
    public static double TrainingEffectiveness(double salesAfter, double salesBefore) =>
        Ratios.OfAmounts(salesAfter, salesBefore, nameof(salesAfter), nameof(salesBefore)) - 1;

    /// <summary>Training effectiveness from a rep's sales columns over two windows of equal length (P10).</summary>
    /// <param name="dates">The date of each sale.</param>
    /// <param name="amounts">The amount of each sale; finite; same length.</param>
    /// <param name="after">The inclusive window after training; ISO calendar.</param>
    /// <param name="before">The inclusive window before training: as many days as <paramref name="after"/>, ending before it starts. ISO calendar.</param>
    /// <returns>The training effectiveness of the windows' totals, as <see cref="TrainingEffectiveness(double, double)"/>.</returns>
    /// <exception cref="ArgumentNullException">A window is null.</exception>
    /// <exception cref="ArgumentException">The columns differ in length, the windows differ in length, or a date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="before"/> does not end before <paramref name="after"/> starts,
    /// an amount is NaN or infinite, or a window total is negative.</exception>
    /// <remarks>One pass; compensated sums. The windows come in the order of the scalar form (after, before), and passing them
    /// the other way round throws. Example: 300 in the 7 days before, 360 in the 7 days after: 0.2.</remarks>
    public static double TrainingEffectiveness(ReadOnlySpan<LocalDate> dates, ReadOnlySpan<double> amounts, DateInterval after, DateInterval before)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(before);
        Guard.SameLength(dates.Length, amounts.Length, nameof(amounts));
        if (before.Length != after.Length)
        {
            Guard.ThrowArgument(nameof(after), $"{nameof(after)} has {after.Length} days; the windows must be equally long ({before.Length} days).");
        }

        DateKey.RequireIso(before.Start, nameof(before));
        DateKey.RequireIso(after.Start, nameof(after));
        Guard.EndsBefore(before, after, nameof(before));
        int b0 = DateKey.Sortable(before.Start), a0 = DateKey.Sortable(after.Start);
        uint bSpan = (uint)(DateKey.Sortable(before.End) - b0), aSpan = (uint)(DateKey.Sortable(after.End) - a0);
        CompensatedAccumulator sumBefore = default, sumAfter = default;
        bool finite = true;
        int calendars = 0;
        for (int i = 0; i < dates.Length; i++)
        {
            int key = DateKey.Sortable(dates[i]);
            calendars |= DateKey.CalendarBits(dates[i]);
            finite &= double.IsFinite(amounts[i]);
            if ((uint)(key - b0) <= bSpan)
            {
                sumBefore.Add(amounts[i]);
            }

            if ((uint)(key - a0) <= aSpan)
            {
                sumAfter.Add(amounts[i]);
            }
        }

        if (calendars != 0)
        {
            DateKey.ThrowFirstNonIso(dates, nameof(dates));
        }

        if (!finite)
        {
            RowChecks.ThrowFirstNonFinite(amounts, nameof(amounts));
        }

        Guard.FiniteNonNegative(sumBefore.Value, nameof(before));
        Guard.FiniteNonNegative(sumAfter.Value, nameof(after));
        return (sumAfter.Value / sumBefore.Value) - 1;
    }
}
