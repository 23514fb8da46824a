using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Lifetime
{
    /// <summary>Historical CLV: what a customer has actually been worth so far.</summary>
    /// <param name="purchases">The sum of the customer's purchases over their lifetime so far, in currency units. Finite.</param>
    /// <param name="acquisitionCost">The cost of acquiring the customer, in currency units. Finite, not negative.</param>
    /// <param name="serviceCost">The cost of serving the customer so far, in currency units. Finite, not negative.</param>
    /// <returns><paramref name="purchases"/> - <paramref name="acquisitionCost"/> - <paramref name="serviceCost"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purchases"/> is NaN or infinite, or a cost is negative, NaN or infinite.</exception>
    /// <remarks>
    /// <para>Formula: <c>historical CLV = sum of purchases - acquisition cost - service cost</c>.</para>
    /// <para>Catalog V1, source 000. Example: purchases 2,400, acquisition 300, service 500: 1,600.</para>
    /// </remarks>
    public static double HistoricalClv(double purchases, double acquisitionCost, double serviceCost)
    {
        Guard.Finite(purchases);
        Guard.FiniteNonNegative(acquisitionCost);
        Guard.FiniteNonNegative(serviceCost);
        return purchases - acquisitionCost - serviceCost;
    }

    /// <summary>
    /// Historical CLV of every customer from a transaction log: <c>destination[c]</c> = the sum of customer c's
    /// amounts over all rows - <c>customerCosts[c]</c>.
    /// </summary>
    /// <param name="transactions">The customers' whole purchase history.</param>
    /// <param name="customerCosts">Each customer's acquisition plus service cost, in currency units; finite, not negative;
    /// exactly <see cref="TransactionColumns.CustomerCount"/> long.</param>
    /// <param name="destination">Receives one value per customer; at least CustomerCount long, not overlapping <paramref name="customerCosts"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="customerCosts"/> is not CustomerCount long, or <paramref name="destination"/> is too short or overlaps it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range, an amount is NaN or infinite, or a cost is negative, NaN or infinite.</exception>
    /// <remarks>Catalog V1 in its column form; one pass over the rows, no allocation. Equals <see cref="HistoricalClv(double, double, double)"/>
    /// per customer with the customer's purchase total and the cost as acquisition cost.</remarks>
    public static void HistoricalClv(TransactionColumns transactions, ReadOnlySpan<double> customerCosts, Span<double> destination)
    {
        Guard.SameLength(transactions.CustomerCount, customerCosts.Length, nameof(customerCosts));
        Guard.NotOverlapping(customerCosts, destination);
        HistoricalClv(transactions, destination);
        bool valid = true;
        for (int c = 0; c < customerCosts.Length; c++)
        {
            double cost = customerCosts[c];
            valid &= cost >= 0 & cost < double.PositiveInfinity;
            destination[c] -= cost;
        }

        if (!valid)
        {
            RowChecks.ThrowFirstNotFiniteNonNegative(customerCosts, nameof(customerCosts));
        }
    }

    /// <summary>Historical revenue of every customer, before costs: <c>destination[c]</c> = the sum of customer c's amounts.</summary>
    /// <param name="transactions">The customers' whole purchase history.</param>
    /// <param name="destination">Receives one total per customer; at least CustomerCount long.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range or an amount is NaN or infinite.</exception>
    /// <remarks>Catalog V1 with no costs; one pass over the rows, no allocation.</remarks>
    public static void HistoricalClv(TransactionColumns transactions, Span<double> destination)
    {
        int customerCount = transactions.CustomerCount;
        Guard.DestinationLength(customerCount, destination.Length);
        Span<double> totals = destination[..customerCount];
        totals.Clear();
        ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
        ReadOnlySpan<double> amounts = transactions.Amounts;
        bool allFinite = true;
        for (int i = 0; i < indexes.Length; i++)
        {
            int c = indexes[i];
            if ((uint)c >= (uint)customerCount)
            {
                Guard.ThrowElement("customerIndexes", i, c, RowChecks.CustomerIndexRule(customerCount));
            }

            double a = amounts[i];
            allFinite &= double.IsFinite(a);
            totals[c] += a;
        }

        if (!allFinite)
        {
            RowChecks.ThrowFirstNonFinite(amounts, "amounts");
        }
    }

    /// <summary>Historical revenue of every customer, before costs, into a new array.</summary>
    /// <param name="transactions">The customers' whole purchase history.</param>
    /// <returns>One total per customer, indexed by customer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range or an amount is NaN or infinite.</exception>
    /// <remarks>With costs, use <see cref="HistoricalClv(TransactionColumns, ReadOnlySpan{double}, Span{double})"/>.</remarks>
    public static double[] HistoricalClv(TransactionColumns transactions)
    {
        double[] result = new double[transactions.CustomerCount];
        HistoricalClv(transactions, result);
        return result;
    }
}
