using System;
using System.Runtime.CompilerServices;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>Relative slack for <c>contraction + churned ≤ start revenue</c>: the parts are summed separately, so they may exceed the start by rounding.</summary>
    private const double RevenueRoundingSlack = 1e-9;

    /// <summary>Gross revenue retention (GRR): the share of start revenue kept, ignoring expansion.</summary>
    /// <param name="startRevenue">Revenue of the start base in the first window (start MRR), in currency units. Finite, not negative.</param>
    /// <param name="contraction">Revenue lost to customers who pay less. Finite, not negative.</param>
    /// <param name="churned">Revenue lost to customers who left. Finite, not negative; <paramref name="contraction"/> + <paramref name="churned"/> at most <paramref name="startRevenue"/> (beyond rounding).</param>
    /// <returns>(start - contraction - churned) / start, in [0, 1]; NaN when start revenue is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, NaN or infinite, or contraction plus churned exceeds the start revenue.</exception>
    /// <remarks>
    /// <para>Formula: <c>GRR = (start MRR - contraction - churned MRR) / start MRR</c> (the standard SaaS definition).</para>
    /// <para>Catalog R8. Example: start 100,000, contraction 5,000, churned 10,000: GRR = 0.85.</para>
    /// </remarks>
    public static double GrossRevenueRetention(double startRevenue, double contraction, double churned)
    {
        CheckRevenueParts(startRevenue, contraction, churned);
        return (startRevenue - contraction - churned) / startRevenue;
    }

    /// <summary>Gross revenue retention of a decomposed movement.</summary>
    /// <param name="movement">The revenue movement (<see cref="DecomposeRevenue(ReadOnlySpan{double}, ReadOnlySpan{double})"/>).</param>
    /// <returns>The GRR; NaN when the start revenue is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The movement's parts are negative, not finite or inconsistent.</exception>
    /// <remarks>Catalog R8.</remarks>
    public static double GrossRevenueRetention(RevenueMovement movement) =>
        GrossRevenueRetention(movement.StartRevenue, movement.Contraction, movement.Churned);

    /// <summary>Net revenue retention (NRR, also net dollar retention): the share of start revenue kept, counting expansion of the same customers.</summary>
    /// <param name="startRevenue">Revenue of the start base (start MRR), in currency units. Finite, not negative.</param>
    /// <param name="expansion">Revenue added by customers of the start base. Finite, not negative.</param>
    /// <param name="contraction">Revenue lost to customers who pay less. Finite, not negative.</param>
    /// <param name="churned">Revenue lost to customers who left. Finite, not negative; <paramref name="contraction"/> + <paramref name="churned"/> at most <paramref name="startRevenue"/>.</param>
    /// <returns>(start - contraction - churned + expansion) / start, at least 0 and possibly above 1; NaN when everything is 0, positive infinity when only expansion is positive.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, NaN or infinite, or contraction plus churned exceeds the start revenue.</exception>
    /// <remarks>
    /// <para>Formula: <c>NRR = (start MRR - contraction - churned MRR + expansion) / start MRR</c>. New customers' revenue is excluded.</para>
    /// <para>Catalog R8. Example: start 100,000, expansion 20,000, contraction 5,000, churned 10,000: NRR = 1.05.</para>
    /// </remarks>
    public static double NetRevenueRetention(double startRevenue, double expansion, double contraction, double churned)
    {
        Guard.FiniteNonNegative(expansion);
        CheckRevenueParts(startRevenue, contraction, churned);
        return (startRevenue - contraction - churned + expansion) / startRevenue;
    }

    /// <summary>Net revenue retention of a decomposed movement.</summary>
    /// <param name="movement">The revenue movement.</param>
    /// <returns>The NRR; NaN when the start revenue is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The movement's parts are negative, not finite or inconsistent.</exception>
    /// <remarks>Catalog R8.</remarks>
    public static double NetRevenueRetention(RevenueMovement movement) =>
        NetRevenueRetention(movement.StartRevenue, movement.Expansion, movement.Contraction, movement.Churned);

    /// <summary>Decomposes per-customer revenue in two windows into start revenue, expansion, contraction, churn and new revenue.</summary>
    /// <param name="startRevenue">Each customer's revenue in the first window, in currency units; finite.</param>
    /// <param name="endRevenue">Each customer's revenue in the second window; finite; as long as <paramref name="startRevenue"/>.</param>
    /// <returns>The movement, with each part a compensated sum (see <see cref="RevenueMovement"/> for the per-customer rules).</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An element is NaN or infinite (the message names the span and index).</exception>
    /// <remarks>Catalog R8. O(customers), no allocation.</remarks>
    public static RevenueMovement DecomposeRevenue(ReadOnlySpan<double> startRevenue, ReadOnlySpan<double> endRevenue)
    {
        Guard.SameLength(startRevenue.Length, endRevenue.Length, nameof(endRevenue));
        CompensatedAccumulator start = default, expansion = default, contraction = default, churned = default, fresh = default;
        bool allFinite = true;
        for (int c = 0; c < startRevenue.Length; c++)
        {
            double p = startRevenue[c];
            double q = endRevenue[c];
            allFinite &= double.IsFinite(p) & double.IsFinite(q);
            Accumulate(p, q, ref start, ref expansion, ref contraction, ref churned, ref fresh);
        }

        if (!allFinite)
        {
            RowChecks.ThrowFirstNonFinite(startRevenue, nameof(startRevenue));
            RowChecks.ThrowFirstNonFinite(endRevenue, nameof(endRevenue));
        }

        return new RevenueMovement(start.Value, expansion.Value, contraction.Value, churned.Value, fresh.Value);
    }

    /// <summary>Decomposes the revenue movement between two windows of a purchase log, summing each customer's amounts in each window.</summary>
    /// <param name="transactions">The purchase log.</param>
    /// <param name="startWindow">The first inclusive window; it must end before <paramref name="endWindow"/> starts. ISO calendar.</param>
    /// <param name="endWindow">The second inclusive window. ISO calendar.</param>
    /// <returns>The movement (start revenue, expansion, contraction, churned, new revenue).</returns>
    /// <exception cref="ArgumentNullException">A window is null.</exception>
    /// <exception cref="ArgumentException">A window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startWindow"/> does not end before <paramref name="endWindow"/> starts, a customer index is out of range, or an amount is NaN or infinite.</exception>
    /// <remarks>Catalog R8. One pass over the rows with two amounts per customer (rented scratch), then one over the customers.</remarks>
    public static RevenueMovement DecomposeRevenue(TransactionColumns transactions, DateInterval startWindow, DateInterval endWindow)
    {
        ArgumentNullException.ThrowIfNull(startWindow);
        ArgumentNullException.ThrowIfNull(endWindow);
        return WithPooledWorkspace(transactions, (startWindow, endWindow), static (t, a, ws) => DecomposeRevenue(t, a.startWindow, a.endWindow, ws));
    }

    /// <summary>Decomposes the revenue movement between two windows of a purchase log, using the caller's workspace.</summary>
    /// <param name="transactions">The purchase log.</param>
    /// <param name="startWindow">The first inclusive window; it must end before <paramref name="endWindow"/> starts. ISO calendar.</param>
    /// <param name="endWindow">The second inclusive window. ISO calendar.</param>
    /// <param name="workspace">Scratch memory reused across calls, one per thread; null to rent it from the shared array pool for this call.</param>
    /// <returns>The movement.</returns>
    /// <exception cref="ArgumentNullException">A window is null.</exception>
    /// <exception cref="ArgumentException">A window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startWindow"/> does not end before <paramref name="endWindow"/> starts, a customer index is out of range, or an amount is NaN or infinite.</exception>
    /// <remarks>Catalog R8. Allocates nothing once the workspace has grown.</remarks>
    public static RevenueMovement DecomposeRevenue(TransactionColumns transactions, DateInterval startWindow, DateInterval endWindow, RetentionWorkspace? workspace)
    {
        ArgumentNullException.ThrowIfNull(startWindow);
        ArgumentNullException.ThrowIfNull(endWindow);
        if (workspace is null)
        {
            return DecomposeRevenue(transactions, startWindow, endWindow);
        }

        DateKey.RequireIso(startWindow.Start, nameof(startWindow));
        DateKey.RequireIso(endWindow.Start, nameof(endWindow));
        Guard.EndsBefore(startWindow, endWindow, nameof(startWindow));
        int customers = transactions.CustomerCount;
        Span<double> revenue = workspace.Amounts(checked(2 * customers));   // interleaved: [2c] start, [2c + 1] end
        revenue.Clear();

        SumTwoWindows(transactions, startWindow, endWindow, revenue);
        CompensatedAccumulator start = default, expansion = default, contraction = default, churned = default, fresh = default;
        for (int c = 0; c < customers; c++)
        {
            Accumulate(revenue[2 * c], revenue[(2 * c) + 1], ref start, ref expansion, ref contraction, ref churned, ref fresh);
        }

        return new RevenueMovement(start.Value, expansion.Value, contraction.Value, churned.Value, fresh.Value);
    }

    /// <summary>The row pass: each customer's amounts in the two windows, interleaved in <paramref name="revenue"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SumTwoWindows(TransactionColumns transactions, DateInterval startWindow, DateInterval endWindow, Span<double> revenue)
    {
        int customers = transactions.CustomerCount;
        int s0 = DateKey.Sortable(startWindow.Start);
        uint span0 = (uint)(DateKey.Sortable(startWindow.End) - s0);
        int s1 = DateKey.Sortable(endWindow.Start);
        uint span1 = (uint)(DateKey.Sortable(endWindow.End) - s1);
        ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
        ReadOnlySpan<LocalDate> dates = transactions.Dates;
        ReadOnlySpan<double> amounts = transactions.Amounts;
        bool allFinite = true;
        int calendars = 0;
        for (int i = 0; i < indexes.Length; i++)
        {
            int c = indexes[i];
            if ((uint)c >= (uint)customers)
            {
                Guard.ThrowElement("customerIndexes", i, c, RowChecks.CustomerIndexRule(customers));
            }

            LocalDate date = dates[i];
            calendars |= DateKey.CalendarBits(date);
            double amount = amounts[i];
            allFinite &= double.IsFinite(amount);
            int key = DateKey.Sortable(date);

            // Branch-free (membership is random per row): add the amount or zero to both sums.
            ref double pair = ref revenue[2 * c];
            pair += InsideBit((uint)(key - s0), span0) != 0 ? amount : 0;
            Unsafe.Add(ref pair, 1) += InsideBit((uint)(key - s1), span1) != 0 ? amount : 0;
        }

        if (calendars != 0)
        {
            DateKey.ThrowFirstNonIso(dates, "dates");
        }

        if (!allFinite)
        {
            RowChecks.ThrowFirstNonFinite(amounts, "amounts");
        }
    }

    private static void Accumulate(
        double p,
        double q,
        ref CompensatedAccumulator start,
        ref CompensatedAccumulator expansion,
        ref CompensatedAccumulator contraction,
        ref CompensatedAccumulator churned,
        ref CompensatedAccumulator fresh)
    {
        if (p > 0)
        {
            start.Add(p);
            if (q <= 0)
            {
                churned.Add(p);
            }
            else if (q > p)
            {
                expansion.Add(q - p);
            }
            else if (q < p)
            {
                contraction.Add(p - q);
            }
        }
        else if (q > 0)
        {
            fresh.Add(q);
        }
    }

    private static void CheckRevenueParts(double startRevenue, double contraction, double churned)
    {
        Guard.FiniteNonNegative(startRevenue);
        Guard.FiniteNonNegative(contraction);
        Guard.FiniteNonNegative(churned);
        if (contraction + churned > startRevenue * (1 + RevenueRoundingSlack))
        {
            Guard.ThrowOutOfRange(nameof(churned), churned, $"plus contraction ({contraction}) must not exceed startRevenue ({startRevenue})");
        }
    }
}
