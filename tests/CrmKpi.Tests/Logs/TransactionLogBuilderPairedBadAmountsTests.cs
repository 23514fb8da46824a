using System;
using System.Linq;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// AddRows ORs the bits of (x - x) over the amounts: 0 for finite values, a NaN pattern otherwise. Two bad amounts give the same
// NaN pattern, so a fold that XORs instead would cancel them; here they sit in the same vector lane of two blocks, and in the
// scalar tail.
public sealed class TransactionLogBuilderPairedBadAmountsTests
{
    [Theory]
    [InlineData(11, 0, 4)]    // lane 0 of the first two vectors of four doubles
    [InlineData(11, 8, 9)]    // the scalar tail after two vectors
    [InlineData(2, 0, 1)]     // a batch shorter than one vector
    public void AddRows_TwoNonFiniteAmounts_ThrowsNamingTheFirst(int rows, int first, int second)
    {
        var builder = new TransactionLogBuilder();
        builder.Customers.GetOrAdd("a");
        int[] customers = new int[rows];
        LocalDate[] dates = Enumerable.Repeat(new LocalDate(2024, 3, 1), rows).ToArray();
        double[] amounts = Enumerable.Range(1, rows).Select(i => i * 1.5).ToArray();
        amounts[first] = double.NaN;
        amounts[second] = double.PositiveInfinity;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddRows(customers, dates, amounts, default));
        Assert.Equal("amounts", e.ParamName);
        Assert.Contains($"amounts[{first}]", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.Length);
    }
}
