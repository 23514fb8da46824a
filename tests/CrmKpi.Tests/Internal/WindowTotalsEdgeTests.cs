using System;
using System.Linq;
using CrmKpi.Internal;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// WindowTotals folds the calendar bits and a non-finite flag over the rows and scans for the culprit only when a fold says
// so. Here the culprits come in pairs that a wrong fold (XOR, AND) would cancel: in the same vector lane of two blocks, in
// two lanes of one block, in the scalar tail, and on the sparse path (far more customers than rows).
public class WindowTotalsEdgeTests
{
    private static readonly DateInterval Window = new(new LocalDate(2024, 3, 1), new LocalDate(2024, 8, 31));

    private static (int[] Indexes, LocalDate[] Dates, double[] Amounts) Columns(int length)
    {
        var random = new Random(17);
        int[] indexes = Enumerable.Range(0, length).Select(_ => random.Next(3_000)).ToArray();
        LocalDate[] dates = Enumerable.Range(0, length).Select(_ => new LocalDate(2024, 1, 1).PlusDays(random.Next(366))).ToArray();
        double[] amounts = Enumerable.Range(0, length).Select(_ => random.Next(0, 100_000) / 100.0).ToArray();
        return (indexes, dates, amounts);
    }

    // Dense: 3,000 customers over 100 rows (the bit set spans 47 words, more than a pooled array of one word holds).
    // Sparse: more than 64 customers a row.
    private static int CustomerCount(string path, int rows) => path == "dense" ? 3_000 : Math.Max(3_000, (64 * rows) + 1);

    public static TheoryData<string, string> BadPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (string path in (string[])["dense", "sparse"])
        {
            foreach (string name in (string[])["julian-same-lane", "julian-two-lanes", "julian-tail", "julian-one", "nan-same-lane", "nan-two-lanes", "nan-tail", "nan-one"])
            {
                data.Add(path, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadPairs))]
    public void Compute_BadRows_ThrowNamingTheFirst(string path, string name)
    {
        (int[] indexes, LocalDate[] dates, double[] amounts) = Columns(100);
        int[] rows = name switch
        {
            "julian-same-lane" or "nan-same-lane" => [16, 24],   // lane 0 of two vector blocks
            "julian-two-lanes" or "nan-two-lanes" => [16, 17],   // two lanes of one block
            "julian-tail" or "nan-tail" => [97, 98],             // after the last whole block of 8
            _ => [41],
        };
        bool julian = name.StartsWith("julian", StringComparison.Ordinal);
        foreach (int r in rows)
        {
            if (julian)
            {
                dates[r] = dates[r].WithCalendar(CalendarSystem.Julian);
            }
            else
            {
                amounts[r] = double.NaN;
            }
        }

        int customers = CustomerCount(path, 100);
        void Compute() => WindowTotals.Compute(new TransactionColumns(indexes, dates, amounts, customers), Window);
        ArgumentException ex = julian ? Assert.Throws<ArgumentException>(Compute) : Assert.Throws<ArgumentOutOfRangeException>(Compute);
        Assert.Equal(julian ? "dates" : "amounts", ex.ParamName);
        Assert.Contains($"{ex.ParamName}[{rows[0]}]", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dense")]
    [InlineData("sparse")]
    public void Compute_IsoRows_MatchLinq(string path)
    {
        (int[] indexes, LocalDate[] dates, double[] amounts) = Columns(100);
        var tx = new TransactionColumns(indexes, dates, amounts, CustomerCount(path, 100));
        WindowTotals totals = WindowTotals.Compute(tx, Window);
        int[] inside = Enumerable.Range(0, 100).Where(i => Window.Contains(dates[i])).ToArray();
        Assert.Equal(inside.Length, totals.Rows);
        Assert.Equal(inside.Select(i => indexes[i]).Distinct().Count(), totals.DistinctCustomers);
        Approx.Equal((double)inside.Sum(i => (decimal)amounts[i]), totals.Amount, Tolerances.AccurateSumRelative);
    }

    [Fact]
    public void Compute_SparseIndexEqualToTheCustomerCount_Throws()
    {
        int[] indexes = [0, 129];   // 129 customers over 2 rows: the sparse path
        LocalDate[] dates = [new(2024, 5, 1), new(2024, 5, 2)];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WindowTotals.Compute(new TransactionColumns(indexes, dates, [1.0, 2.0], 129), Window));
        Assert.Equal("customerIndexes", ex.ParamName);
        Assert.Contains("customerIndexes[1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_SparseLoneNonFiniteRow_Throws()
    {
        LocalDate[] dates = [new(2024, 5, 1)];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WindowTotals.Compute(new TransactionColumns([0], dates, [double.NaN], 65), Window));
        Assert.Equal("amounts", ex.ParamName);
    }

    [Fact]
    public void Compute_BadIndexOnAnOddScalarRow_NamesThatRow()
    {
        LocalDate[] dates = [new(2024, 5, 1), new(2024, 5, 2), new(2024, 5, 3)];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WindowTotals.Compute(new TransactionColumns([0, 5, 1], dates, [1.0, 2.0, 3.0], 2), Window));
        Assert.Contains("customerIndexes[1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NonIsoWindow_ThrowsNamingTheWindow()
    {
        var julian = new DateInterval(Window.Start.WithCalendar(CalendarSystem.Julian), Window.End.WithCalendar(CalendarSystem.Julian));
        LocalDate[] dates = [new(2024, 5, 1)];
        Assert.Equal("julian", Assert.Throws<ArgumentException>(() => WindowTotals.Compute(new TransactionColumns([0], dates, [1.0], 1), julian)).ParamName);
    }

    // 2^25 customers over 2^19 rows, the densest the bit-set path takes: its word count, 2^19, must not overflow.
    [Fact]
    public void Compute_ThirtyThreeMillionCustomers_CountsEveryOne()
    {
        const int rows = 1 << 19;
        int[] indexes = Enumerable.Range(0, rows).Select(i => i * 64).ToArray();
        LocalDate[] dates = Enumerable.Repeat(new LocalDate(2024, 5, 1), rows).ToArray();
        double[] amounts = Enumerable.Repeat(1.0, rows).ToArray();
        WindowTotals totals = WindowTotals.Compute(new TransactionColumns(indexes, dates, amounts, 1 << 25), Window);
        Assert.Equal(new WindowTotals(rows, rows, rows), totals);
    }
}
