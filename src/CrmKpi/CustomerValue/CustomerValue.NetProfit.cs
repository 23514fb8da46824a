using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class CustomerValue
{
    /// <summary>Customer net profit (客户净利润): a customer's revenue less the costs of serving them.</summary>
    /// <param name="revenue">The customer's revenue, in currency units. Finite.</param>
    /// <param name="costs">Customer-related costs (acquisition, service, goods), in currency units. Finite, not negative.</param>
    /// <returns><paramref name="revenue"/> - <paramref name="costs"/>; negative for a loss-making customer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revenue"/> is NaN or infinite, or <paramref name="costs"/> is negative, NaN or infinite.</exception>
    /// <remarks>
    /// <para>Formula: <c>net profit = customer revenue - customer-related costs</c>.</para>
    /// <para>Catalog A8. Source 002: 1,000 - 600 = 400.</para>
    /// </remarks>
    public static double NetProfit(double revenue, double costs)
    {
        Guard.Finite(revenue);
        Guard.FiniteNonNegative(costs);
        return revenue - costs;
    }

    /// <summary>Customer net profit for every customer: <c>destination[i] = revenues[i] - costs[i]</c>.</summary>
    /// <param name="revenues">Each customer's revenue, in currency units; finite.</param>
    /// <param name="costs">Each customer's related costs, in currency units; finite, not negative. As long as <paramref name="revenues"/>.</param>
    /// <param name="destination">Receives each customer's net profit; at least as long as the inputs, and not overlapping them.</param>
    /// <exception cref="ArgumentException"><paramref name="costs"/> differs in length from <paramref name="revenues"/>, or <paramref name="destination"/> is too short or overlaps an input.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A revenue is NaN or infinite, or a cost is negative, NaN or infinite (named by index; <paramref name="destination"/> is then unspecified).</exception>
    /// <remarks>Catalog A8 in its column form; equals <see cref="NetProfit(double, double)"/> element by element.</remarks>
    public static void NetProfit(ReadOnlySpan<double> revenues, ReadOnlySpan<double> costs, Span<double> destination)
    {
        Guard.SameLength(revenues.Length, costs.Length, nameof(costs));
        Guard.DestinationLength(revenues.Length, destination.Length);
        Guard.NotOverlapping(revenues, destination);
        Guard.NotOverlapping(costs, destination);
        bool valid = true;
        for (int i = 0; i < revenues.Length; i++)
        {
            double r = revenues[i];
            double c = costs[i];
            valid &= double.IsFinite(r) & c >= 0 & c < double.PositiveInfinity;
            destination[i] = r - c;
        }

        if (!valid)
        {
            RowChecks.ThrowFirstNonFinite(revenues, nameof(revenues));
            RowChecks.ThrowFirstNotFiniteNonNegative(costs, nameof(costs));
        }
    }
}
