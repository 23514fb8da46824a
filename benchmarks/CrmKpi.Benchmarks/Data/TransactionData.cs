using System;
using NodaTime;

namespace CrmKpi.Benchmarks.Data;

/// <summary>
/// A deterministic transaction log in columns: <c>rows</c> purchases by <c>customers</c> customers
/// over 1 January 2023 to 31 December 2025, generated from a fixed seed so every run measures the
/// same bytes.
/// </summary>
/// <remarks>
/// Each customer gets a first-purchase day; rows pick a customer uniformly and a date on or after
/// that customer's first day, so the log looks like a CRM export (customers joining over time,
/// repeat purchases later). Rows are in random order, as an unsorted export is.
/// </remarks>
public sealed class TransactionData
{
    /// <summary>The first day of the generated range.</summary>
    public static readonly LocalDate RangeStart = new(2023, 1, 1);

    /// <summary>The last day of the generated range.</summary>
    public static readonly LocalDate RangeEnd = new(2025, 12, 31);

    private TransactionData(int customerCount, int[] customerIndexes, LocalDate[] dates, double[] amounts, int[] itemCounts)
    {
        CustomerCount = customerCount;
        CustomerIndexes = customerIndexes;
        Dates = dates;
        Amounts = amounts;
        ItemCounts = itemCounts;
    }

    public int CustomerCount { get; }

    public int[] CustomerIndexes { get; }

    public LocalDate[] Dates { get; }

    public double[] Amounts { get; }

    public int[] ItemCounts { get; }

    public int Length => CustomerIndexes.Length;

    /// <summary>The columns as the library takes them.</summary>
    public TransactionColumns Columns => new(CustomerIndexes, Dates, Amounts, ItemCounts, CustomerCount);

    /// <summary>Generates the log; the same arguments always give the same data.</summary>
    public static TransactionData Generate(int rows = 10_000_000, int customers = 1_000_000, int seed = 42)
    {
        var random = new Random(seed);
        int days = Period.DaysBetween(RangeStart, RangeEnd) + 1;
        int[] firstDay = new int[customers];
        for (int c = 0; c < customers; c++)
        {
            firstDay[c] = random.Next(days);
        }

        int[] customerIndexes = new int[rows];
        LocalDate[] dates = new LocalDate[rows];
        double[] amounts = new double[rows];
        int[] itemCounts = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            int c = random.Next(customers);
            customerIndexes[i] = c;
            dates[i] = RangeStart.PlusDays(firstDay[c] + random.Next(days - firstDay[c]));
            amounts[i] = Math.Round(5 + (random.NextDouble() * random.NextDouble() * 300), 2);
            itemCounts[i] = 1 + random.Next(5);
        }

        return new TransactionData(customers, customerIndexes, dates, amounts, itemCounts);
    }
}
