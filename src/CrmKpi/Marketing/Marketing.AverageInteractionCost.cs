using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Marketing
{
    /// <summary>Average customer interaction cost (平均客户交互成本): total interaction cost per interaction (M6).</summary>
    /// <param name="totalCost">The cost of all interactions, in currency units. Finite, not negative.</param>
    /// <param name="interactions">The number of interactions. Not negative.</param>
    /// <returns><c>cost / interactions</c>; positive infinity with cost and no interactions, NaN for 0 / 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cost is negative, NaN or infinite, or the count is negative.</exception>
    /// <remarks><para>Formula: <c>total interaction cost / number of interactions</c>.</para><para>Catalog M6, source 004. Example: 12,000 over 4,000 interactions: 3.</para></remarks>
    public static double AverageInteractionCost(double totalCost, long interactions) =>
        Ratios.PerCount(totalCost, interactions, nameof(totalCost), nameof(interactions));

    /// <summary>Average interaction cost per channel, from one row per interaction (M6).</summary>
    /// <param name="channelIndexes">The channel of each interaction, as an index in <c>[0, destination.Length)</c>.</param>
    /// <param name="costs">The cost of each interaction, in currency units; finite, not negative; same length.</param>
    /// <param name="destination">Receives each channel's cost per interaction; its length is the number of channels.</param>
    /// <exception cref="ArgumentException">The columns differ in length, or <paramref name="destination"/> overlaps <paramref name="costs"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A channel index is out of range or a cost is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>
    /// <para>Formula: <c>destination[ch] = sum of costs of channel ch / interactions of channel ch</c>; NaN for a channel without interactions. One pass, compensated sums.</para>
    /// <para>Example: channels 0, 1, 0 costing 2, 9, 4: channel 0 averages 3, channel 1 averages 9.</para>
    /// </remarks>
    public static void AverageInteractionCost(ReadOnlySpan<int> channelIndexes, ReadOnlySpan<double> costs, Span<double> destination)
    {
        Guard.NotOverlapping(costs, destination);
        long[] rented = System.Buffers.ArrayPool<long>.Shared.Rent(Math.Max(destination.Length, 1));
        try
        {
            Span<long> counts = rented.AsSpan(0, destination.Length);
            GroupTotals.Sum(channelIndexes, costs, destination, counts, nameof(channelIndexes), nameof(costs));
            for (int ch = 0; ch < destination.Length; ch++)
            {
                destination[ch] /= counts[ch];
            }
        }
        finally
        {
            System.Buffers.ArrayPool<long>.Shared.Return(rented);
        }
    }
}
