using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Sales
{
    /// <summary>Quota attainment (销售计划达成率): actual sales over quota (P6).</summary>
    /// <param name="actualSales">Sales in the period, in currency units. Finite, not negative.</param>
    /// <param name="quota">The quota for the period, in currency units. Finite, not negative.</param>
    /// <returns><c>actual / quota</c>, a fraction that may exceed 1; positive infinity for a zero quota with sales, NaN for 0 / 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, NaN or infinite.</exception>
    /// <remarks><para>Formula: <c>actual sales / quota</c>.</para><para>Catalog P6, source 004. Example: 120,000 against a quota of 100,000: 1.2.</para></remarks>
    public static double QuotaAttainment(double actualSales, double quota) =>
        Ratios.OfAmounts(actualSales, quota, nameof(actualSales), nameof(quota));

    /// <summary>Quota attainment per group (rep, team or product): each group's summed sales over its quota (P6).</summary>
    /// <param name="groupIndexes">The group of each sale, as an index in <c>[0, quotas.Length)</c>.</param>
    /// <param name="amounts">The amount of each sale, in currency units; finite, not negative; same length as <paramref name="groupIndexes"/>.</param>
    /// <param name="quotas">The quota of each group, in currency units; finite, not negative.</param>
    /// <param name="destination">Receives each group's attainment; at least as long as <paramref name="quotas"/>.</param>
    /// <exception cref="ArgumentException">The columns differ in length, or <paramref name="destination"/> is too short or overlaps an input.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A group index is out of range, an amount or a quota is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>
    /// <para>Formula: <c>destination[g] = sum of amounts of group g / quotas[g]</c>; IEEE results for a zero quota. One pass, compensated sums.</para>
    /// <para>Example: reps 0, 1, 0 selling 50, 80, 70 against quotas 100 and 100: 1.2 and 0.8.</para>
    /// </remarks>
    public static void QuotaAttainment(ReadOnlySpan<int> groupIndexes, ReadOnlySpan<double> amounts, ReadOnlySpan<double> quotas, Span<double> destination)
    {
        Guard.DestinationLength(quotas.Length, destination.Length);
        Guard.NotOverlapping(amounts, destination);
        Guard.NotOverlapping(quotas, destination);
        for (int g = 0; g < quotas.Length; g++)
        {
            if (!(quotas[g] >= 0) || double.IsPositiveInfinity(quotas[g]))
            {
                Guard.ThrowElement(nameof(quotas), g, quotas[g], "must be finite and not negative");
            }
        }

        Span<double> sums = destination[..quotas.Length];
        GroupTotals.Sum(groupIndexes, amounts, sums, [], nameof(groupIndexes), nameof(amounts));
        for (int g = 0; g < sums.Length; g++)
        {
            sums[g] /= quotas[g];
        }
    }
}
