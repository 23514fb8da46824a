using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Sales
{
    /// <summary>Sales cycle (销售周期) of each won deal: days from first contact to close (P1).</summary>
    /// <param name="firstContact">The date of the first contact of each deal.</param>
    /// <param name="closed">The date each deal was won; same length, not before its first contact.</param>
    /// <param name="destination">Receives the days of each deal; at least as long as the columns.</param>
    /// <exception cref="ArgumentException">The columns differ in length, or <paramref name="destination"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A close date is before its first contact (the message names the row).</exception>
    /// <remarks>Formula: <c>days = closed - firstContact</c>, calendar days (a deal closed on the day of first contact takes 0 days). Catalog P1, source 000.</remarks>
    public static void SalesCycleDays(ReadOnlySpan<LocalDate> firstContact, ReadOnlySpan<LocalDate> closed, Span<int> destination)
    {
        Guard.SameLength(firstContact.Length, closed.Length, nameof(closed));
        Guard.DestinationLength(firstContact.Length, destination.Length);
        for (int i = 0; i < firstContact.Length; i++)
        {
            int days = DateKey.DayNumber(closed[i]) - DateKey.DayNumber(firstContact[i]);
            if (days < 0)
            {
                Guard.ThrowElement(nameof(closed), i, closed[i], "must not be before the deal's first contact");
            }

            destination[i] = days;
        }
    }

    /// <summary>Sales cycle (销售周期) of won deals: count, mean, median, shortest and longest, in days (P1).</summary>
    /// <param name="firstContact">The date of the first contact of each won deal.</param>
    /// <param name="closed">The date each deal was won; same length, not before its first contact.</param>
    /// <returns>The summary; mean and median NaN when there are no deals.</returns>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A close date is before its first contact.</exception>
    /// <remarks>
    /// <para>Formula: per deal <c>closed - firstContact</c> in days; mean = sum / deals; median of the sorted days. Catalog P1, source 000.</para>
    /// <para>Example: cycles of 10, 20, 30 and 100 days: mean 40, median 25.</para>
    /// <para>Allocates one int per deal. Pass won deals only: open and lost deals have no cycle.</para>
    /// </remarks>
    public static SalesCycleSummary SalesCycle(ReadOnlySpan<LocalDate> firstContact, ReadOnlySpan<LocalDate> closed)
    {
        int[] days = SortedCycleDays(firstContact, closed);
        if (days.Length == 0)
        {
            return new SalesCycleSummary(0, double.NaN, double.NaN, 0, 0);
        }

        long sum = 0;
        foreach (int d in days)
        {
            sum += d;
        }

        return new SalesCycleSummary(days.Length, (double)sum / days.Length, Quantile(days, 0.5), days[0], days[^1]);
    }

    /// <summary>A percentile of the sales cycle of won deals, in days (P1).</summary>
    /// <param name="firstContact">The date of the first contact of each won deal.</param>
    /// <param name="closed">The date each deal was won; same length, not before its first contact.</param>
    /// <param name="probability">The percentile as a fraction in [0, 1] (0.9 for the 90th).</param>
    /// <returns>The percentile in days; NaN when there are no deals.</returns>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1] or NaN, or a close date is before its first contact.</exception>
    /// <remarks>
    /// Linear interpolation between order statistics at position <c>(n - 1) p</c>: the R-7 definition, Excel's
    /// PERCENTILE.INC and numpy's default. Example: 10, 20, 30, 100 days, p = 0.9: position 2.7, 30 + 0.7 x 70 = 79.
    /// </remarks>
    public static double SalesCyclePercentile(ReadOnlySpan<LocalDate> firstContact, ReadOnlySpan<LocalDate> closed, double probability)
    {
        Guard.InRange(probability, 0.0, 1.0);
        int[] days = SortedCycleDays(firstContact, closed);
        return days.Length == 0 ? double.NaN : Quantile(days, probability);
    }

    private static int[] SortedCycleDays(ReadOnlySpan<LocalDate> firstContact, ReadOnlySpan<LocalDate> closed)
    {
        Guard.SameLength(firstContact.Length, closed.Length, nameof(closed));
        int[] days = new int[firstContact.Length];
        SalesCycleDays(firstContact, closed, days);
        Array.Sort(days);
        return days;
    }

    private static double Quantile(int[] sorted, double p)
    {
        double position = (sorted.Length - 1) * p;
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
