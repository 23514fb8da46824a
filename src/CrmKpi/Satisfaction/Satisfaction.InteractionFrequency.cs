using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>Engagement as interaction frequency (客户参与度, 客户互动频率): interactions per customer per period.</summary>
    /// <param name="interactions">Interactions counted (visits, social interactions, email opens). Not negative.</param>
    /// <param name="customers">Customers in the base. Not negative.</param>
    /// <param name="periods">Periods the interactions span (for example 3 months). Greater than zero.</param>
    /// <returns><c>interactions / (customers * periods)</c>; IEEE infinity or NaN with no customers.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or <paramref name="periods"/> is not positive.</exception>
    /// <remarks>
    /// <para>Formula: <c>frequency = interactions / customers / periods</c> (source 002).</para>
    /// <para>Catalog S9. Example: 1,200 interactions by 100 customers over 3 months give 4 per customer per month.</para>
    /// </remarks>
    public static double InteractionFrequency(long interactions, long customers, long periods)
    {
        Guard.NotNegative(interactions);
        Guard.NotNegative(customers);
        Guard.Positive(periods);
        return (double)interactions / customers / periods;
    }

    /// <summary>
    /// Engagement as interaction frequency from an interaction log: writes each customer's interactions
    /// per period and returns the base's frequency.
    /// </summary>
    /// <param name="customerIndexes">The customer of each interaction, as a dense index in <c>[0, customerCount)</c>.</param>
    /// <param name="customerCount">Customers in the base, including those with no interaction. Not negative.</param>
    /// <param name="periods">Periods the log spans. Greater than zero.</param>
    /// <param name="destination">Receives, at each customer index, that customer's interactions / periods. At least <paramref name="customerCount"/> long.</param>
    /// <returns><c>interactions / (customerCount * periods)</c>, the mean of the written values; NaN when <paramref name="customerCount"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerCount"/> is negative, <paramref name="periods"/> is not positive,
    /// or an index is outside <c>[0, customerCount)</c> (the message names its position).</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short or overlaps <paramref name="customerIndexes"/>.</exception>
    /// <remarks>Catalog S9. Example: indexes 0, 1, 0, 0 for 2 customers over 2 periods write 1.5 and 0.5 and return 1.</remarks>
    public static double InteractionFrequency(ReadOnlySpan<int> customerIndexes, int customerCount, long periods, Span<double> destination)
    {
        Guard.NotNegative(customerCount);
        Guard.Positive(periods);
        Guard.DestinationLength(customerCount, destination.Length);
        Guard.NotOverlapping(customerIndexes, destination);
        Span<double> counts = destination[..customerCount];
        counts.Clear();
        for (int i = 0; i < customerIndexes.Length; i++)
        {
            int c = customerIndexes[i];
            if (unchecked((uint)c) >= (uint)customerCount)
            {
                Guard.ThrowElement(nameof(customerIndexes), i, c, $"must be in [0, {customerCount})");
            }

            counts[c]++;
        }

        for (int c = 0; c < counts.Length; c++)
        {
            counts[c] /= periods;
        }

        return (double)customerIndexes.Length / customerCount / periods;
    }
}
