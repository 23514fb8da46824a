using System;
using System.Buffers;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class CustomerValue
{
    /// <summary>Product-category engagement (产品类参与程度): the share of a customer's spend that went to one category.</summary>
    /// <param name="categorySpend">The customer's spend in the category, in currency units. Finite, not negative, at most <paramref name="totalSpend"/>.</param>
    /// <param name="totalSpend">The customer's total spend, in currency units. Finite, not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when the customer spent nothing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A spend is negative, NaN or infinite, or the category spend exceeds the total.</exception>
    /// <remarks>
    /// <para>Formula: <c>engagement = spend in category / total spend</c>.</para>
    /// <para>Catalog A11, source 004. Example: 150 of 600 spent on music: 0.25.</para>
    /// </remarks>
    public static double CategoryEngagement(double categorySpend, double totalSpend)
    {
        Guard.FiniteNonNegative(categorySpend);
        Guard.FiniteNonNegative(totalSpend);
        if (categorySpend > totalSpend)
        {
            Guard.ThrowOutOfRange(nameof(categorySpend), categorySpend, $"must not exceed totalSpend ({totalSpend})");
        }

        return categorySpend / totalSpend;
    }

    /// <summary>
    /// Product-category engagement of every customer from a transaction log with a category per row:
    /// <c>destination[c]</c> = customer c's spend in <paramref name="category"/> / customer c's total spend.
    /// </summary>
    /// <param name="transactions">The log; amounts must be finite and not negative here (a share of a spend with refunds is not defined).</param>
    /// <param name="categories">The category of each row (any integer code); as long as the log.</param>
    /// <param name="category">The category whose share is wanted.</param>
    /// <param name="destination">Receives one share per customer; at least <see cref="TransactionColumns.CustomerCount"/> long. NaN for a customer with no spend.</param>
    /// <exception cref="ArgumentException"><paramref name="categories"/> differs in length from the log, or <paramref name="destination"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range, or an amount is negative, NaN or infinite.</exception>
    /// <remarks>One pass over the rows; the per-customer totals live in a pooled buffer, so repeated calls allocate nothing.</remarks>
    public static void CategoryEngagement(TransactionColumns transactions, ReadOnlySpan<int> categories, int category, Span<double> destination)
    {
        Guard.SameLength(transactions.Length, categories.Length, nameof(categories));
        int customerCount = transactions.CustomerCount;
        Guard.DestinationLength(customerCount, destination.Length);
        Span<double> inCategory = destination[..customerCount];
        inCategory.Clear();
        double[] rented = ArrayPool<double>.Shared.Rent(Math.Max(customerCount, 1));
        try
        {
            Span<double> total = rented.AsSpan(0, customerCount);
            total.Clear();
            ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
            ReadOnlySpan<double> amounts = transactions.Amounts;
            bool valid = true;
            for (int i = 0; i < indexes.Length; i++)
            {
                int c = indexes[i];
                if ((uint)c >= (uint)customerCount)
                {
                    Guard.ThrowElement("customerIndexes", i, c, RowChecks.CustomerIndexRule(customerCount));
                }

                double a = amounts[i];
                valid &= a >= 0 & a < double.PositiveInfinity;
                total[c] += a;
                if (categories[i] == category)
                {
                    inCategory[c] += a;
                }
            }

            if (!valid)
            {
                RowChecks.ThrowFirstNotFiniteNonNegative(amounts, "amounts");
            }

            for (int c = 0; c < customerCount; c++)
            {
                inCategory[c] /= total[c];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>Product-category engagement of every customer, into a new array.</summary>
    /// <param name="transactions">The log; amounts finite and not negative.</param>
    /// <param name="categories">The category of each row.</param>
    /// <param name="category">The category whose share is wanted.</param>
    /// <returns>One share per customer, NaN for a customer with no spend.</returns>
    /// <exception cref="ArgumentException"><paramref name="categories"/> differs in length from the log.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range, or an amount is negative, NaN or infinite.</exception>
    public static double[] CategoryEngagement(TransactionColumns transactions, ReadOnlySpan<int> categories, int category)
    {
        double[] result = new double[transactions.CustomerCount];
        CategoryEngagement(transactions, categories, category, result);
        return result;
    }
}
