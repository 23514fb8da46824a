using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// <see cref="TransactionLogBuilder.AddRows"/>: the oracle is <see cref="TransactionLogBuilder.AddRow"/> called row by
/// row; a rejected batch leaves the builder as it was, and the first bad row is the one named.
/// </summary>
public sealed class TransactionLogBuilderAddRowsTests
{
    private static readonly LocalDate Day = new(2024, 3, 1);

    [Property(MaxTest = 50)]
    public Property AddRows_AnyBatches_SameLogAsAddRowOneByOne() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 40)).Select(l => l.ToArray()).ToArbitrary(),
            Gen.Elements(false, true).ToArbitrary(),
            (batchSizes, withCounts) =>
            {
                var byRows = new TransactionLogBuilder(withCounts);
                var byBatch = new TransactionLogBuilder(withCounts);
                foreach (var b in new[] { byRows, byBatch })
                {
                    for (int c = 0; c < 7; c++)
                    {
                        b.Customers.GetOrAdd("c" + c);
                    }
                }

                int row = 0;
                foreach (int size in batchSizes)
                {
                    int[] customers = Enumerable.Range(row, size).Select(r => (r * 5) % 7).ToArray();
                    LocalDate[] dates = Enumerable.Range(row, size).Select(r => Day.PlusDays(r % 90)).ToArray();
                    double[] amounts = Enumerable.Range(row, size).Select(r => (r % 11) - 3.25).ToArray();
                    int[] counts = Enumerable.Range(row, size).Select(r => r % 4).ToArray();
                    for (int i = 0; i < size; i++)
                    {
                        byRows.AddRow(customers[i], dates[i], amounts[i], counts[i]);
                    }

                    byBatch.AddRows(customers, dates, amounts, withCounts ? counts : default);
                    row += size;
                }

                TransactionColumns a = byRows.Columns;
                TransactionColumns b2 = byBatch.Columns;
                return a.Length == row && b2.Length == row
                    && a.CustomerIndexes.SequenceEqual(b2.CustomerIndexes) && a.Dates.SequenceEqual(b2.Dates)
                    && a.Amounts.SequenceEqual(b2.Amounts) && a.ItemCounts.SequenceEqual(b2.ItemCounts)
                    && (withCounts ? b2.ItemCounts.Length == row : b2.ItemCounts.IsEmpty);
            });

    // Each case breaks one row of a 42-row batch: row 41 is past the ten whole 4-wide vectors (the scalar tail of the
    // amounts check), rows 2 and 37 are inside them; the row is named and nothing is added.
    [Theory]
    [InlineData("unknown customer", 37, "customerIndexes")]
    [InlineData("negative customer", 2, "customerIndexes")]
    [InlineData("NaN amount", 2, "amounts")]
    [InlineData("infinite amount", 41, "amounts")]
    [InlineData("NaN amount", 37, "amounts")]
    [InlineData("negative infinity", 40, "amounts")]
    [InlineData("negative item count", 37, "itemCounts")]
    public void AddRows_ABadRow_ThrowsNamingItAndAddsNothing(string bad, int row, string parameter)
    {
        var builder = new TransactionLogBuilder(withItemCounts: true);
        builder.Customers.GetOrAdd("a");
        builder.Customers.GetOrAdd("b");
        builder.AddRow(1, Day, 5, 1);
        int[] customers = new int[42];
        LocalDate[] dates = Enumerable.Repeat(Day, 42).ToArray();
        double[] amounts = Enumerable.Repeat(1.5, 42).ToArray();
        int[] counts = new int[42];
        switch (bad)
        {
            case "unknown customer": customers[row] = 2; break;
            case "negative customer": customers[row] = -1; break;
            case "NaN amount": amounts[row] = double.NaN; break;
            case "infinite amount": amounts[row] = double.PositiveInfinity; break;
            case "negative infinity": amounts[row] = double.NegativeInfinity; break;
            default: counts[row] = -1; break;
        }

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddRows(customers, dates, amounts, counts));
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains($"{parameter}[{row}]", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, builder.Length);
    }

    [Fact]
    public void AddRows_NonIsoDateOrLengthMismatch_ThrowsNamingTheColumn()
    {
        var builder = new TransactionLogBuilder();
        builder.Customers.GetOrAdd("a");
        LocalDate julian = new(2024, 3, 1, CalendarSystem.Julian);
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => builder.AddRows([0, 0], [Day, julian], [1, 2], default)).ParamName);
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => builder.AddRows([0, 0], [Day], [1, 2], default)).ParamName);
        Assert.Equal("amounts", Assert.Throws<ArgumentException>(() => builder.AddRows([0, 0], [Day, Day], [1], default)).ParamName);
        Assert.Equal(0, builder.Length);
        Assert.Throws<InvalidOperationException>(() => builder.AddRows([0], [Day], [1], [1]));
        var withCounts = new TransactionLogBuilder(withItemCounts: true);
        withCounts.Customers.GetOrAdd("a");
        Assert.Equal("itemCounts", Assert.Throws<ArgumentException>(() => withCounts.AddRows([0], [Day], [1], default)).ParamName);
    }

    // No customers yet: any row is of an unknown customer; no rows is fine.
    [Fact]
    public void AddRows_NoCustomers_RejectsAnyRowAndTakesNone()
    {
        var builder = new TransactionLogBuilder();
        builder.AddRows([], [], [], default);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddRows([0], [Day], [1], default));
        Assert.Equal("customerIndexes", e.ParamName);
        Assert.Equal(0, builder.Length);
    }

    // Past the arrays' capacity in one batch: the arrays grow to hold it all.
    [Fact]
    public void AddRows_BatchLargerThanCapacity_Grows()
    {
        var builder = new TransactionLogBuilder(capacity: 3);
        builder.Customers.GetOrAdd("a");
        builder.AddRows(new int[5000], Enumerable.Repeat(Day, 5000).ToArray(), Enumerable.Range(0, 5000).Select(i => (double)i).ToArray(), default);
        builder.AddRows([0], [Day], [-1], default);
        TransactionLog log = builder.ToLog();
        Assert.Equal(5001, log.Length);
        Assert.Equal(4999.0, log.Amounts[4999]);
        Assert.Equal(-1.0, log.Amounts[5000]);
    }
}
