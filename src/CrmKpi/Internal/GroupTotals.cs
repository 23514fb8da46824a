using System;
using System.Buffers;

namespace CrmKpi.Internal;

/// <summary>
/// Per-group sums and row counts of an amount column keyed by a dense group index (a rep, team, product
/// or channel), in one pass with a compensated accumulator per group. Shared by quota attainment (P6),
/// interaction cost per channel (M6) and revenue per channel (D5).
/// </summary>
internal static class GroupTotals
{
    /// <summary>
    /// Writes each group's compensated sum to <paramref name="sums"/> and, when <paramref name="counts"/> is not empty,
    /// its row count. Amounts must be finite and not negative; group indexes in <c>[0, sums.Length)</c>.
    /// </summary>
    public static void Sum(ReadOnlySpan<int> groups, ReadOnlySpan<double> amounts, Span<double> sums, Span<long> counts, string groupsName, string amountsName)
    {
        Guard.SameLength(groups.Length, amounts.Length, amountsName);
        int groupCount = sums.Length;
        CompensatedAccumulator[] rented = ArrayPool<CompensatedAccumulator>.Shared.Rent(Math.Max(groupCount, 1));
        try
        {
            Span<CompensatedAccumulator> acc = rented.AsSpan(0, groupCount);
            acc.Clear();
            counts.Clear();
            bool valid = true;
            for (int i = 0; i < groups.Length; i++)
            {
                int g = groups[i];
                if ((uint)g >= (uint)groupCount)
                {
                    Guard.ThrowElement(groupsName, i, g, RowChecks.CustomerIndexRule(groupCount).Replace("customer", "group", StringComparison.Ordinal));
                }

                double a = amounts[i];
                valid &= a >= 0 && !double.IsPositiveInfinity(a);
                acc[g].Add(a);
                if (!counts.IsEmpty)
                {
                    counts[g]++;
                }
            }

            if (!valid)
            {
                RowChecks.ThrowFirstNotFiniteNonNegative(amounts, amountsName);
            }

            for (int g = 0; g < groupCount; g++)
            {
                sums[g] = acc[g].Value;
            }
        }
        finally
        {
            ArrayPool<CompensatedAccumulator>.Shared.Return(rented);
        }
    }
}
