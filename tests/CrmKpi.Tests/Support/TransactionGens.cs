using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrmKpi.Tests.Support;

/// <summary>A generated transaction log in plain arrays, with its columns view.</summary>
internal sealed record RandomLog(int[] Customers, LocalDate[] Dates, double[] Amounts, int[] Items, int CustomerCount)
{
    public int Length => Customers.Length;

    public TransactionColumns Columns => new(Customers, Dates, Amounts, Items, CustomerCount);

    /// <summary>The same rows in another order.</summary>
    public RandomLog Shuffled(int seed)
    {
        int[] order = Enumerable.Range(0, Length).ToArray();
        new Random(seed).Shuffle(order);
        return new RandomLog(
            order.Select(i => Customers[i]).ToArray(),
            order.Select(i => Dates[i]).ToArray(),
            order.Select(i => Amounts[i]).ToArray(),
            order.Select(i => Items[i]).ToArray(),
            CustomerCount);
    }

    public override string ToString() =>
        $"{Length} rows, {CustomerCount} customers: " + string.Join(" ", Enumerable.Range(0, Length).Select(i => $"({Customers[i]},{Dates[i]:yyyy-MM-dd},{Amounts[i]},{Items[i]})"));
}

/// <summary>Generators of transaction logs and windows over 2023-2024.</summary>
internal static class TransactionGens
{
    private static readonly LocalDate Start = new(2023, 1, 1);
    private const int Days = 731;   // 2023-01-01 .. 2024-12-31

    /// <summary>A window covering every generated date.</summary>
    public static DateInterval Everything => new(Start, Start.PlusDays(Days - 1));

    /// <summary>A date in 2023-2024.</summary>
    public static Gen<LocalDate> Date => Gen.Choose(0, Days - 1).Select(d => Start.PlusDays(d));

    /// <summary>An inclusive window inside 2023-2024 (possibly one day).</summary>
    public static Gen<DateInterval> Window =>
        from a in Gen.Choose(0, Days - 1)
        from b in Gen.Choose(0, Days - 1)
        select new DateInterval(Start.PlusDays(Math.Min(a, b)), Start.PlusDays(Math.Max(a, b)));

    /// <summary>A log of up to <paramref name="maxRows"/> rows over up to <paramref name="maxCustomers"/> customers; amounts in cents up to 1,000.</summary>
    public static Gen<RandomLog> Log(int maxRows = 60, int maxCustomers = 12) =>
        from customerCount in Gen.Choose(1, maxCustomers)
        from rows in Gen.Choose(0, maxRows)
        from customers in Gen.ArrayOf(Gen.Choose(0, customerCount - 1), rows)
        from dates in Gen.ArrayOf(Date, rows)
        from cents in Gen.ArrayOf(Gen.Choose(0, 100_000), rows)
        from items in Gen.ArrayOf(Gen.Choose(0, 9), rows)
        select new RandomLog(customers, dates, cents.Select(c => c / 100.0).ToArray(), items, customerCount);
}
