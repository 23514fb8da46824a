using System;
using CrmKpi.Internal;
using Xunit;

namespace CrmKpi.Tests;

// GroupTotals.Sum folds a validity flag over the amounts and scans for the culprit only when the flag is down; a lone bad
// amount (nothing to cancel or hide it) must still be found.
public class GroupTotalsTests
{
    [Theory]
    [InlineData(-5.0)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    public void Sum_LoneBadAmount_Throws(double amount)
    {
        double[] sums = new double[2];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => GroupTotals.Sum([1], [amount], sums, [], "groups", "amounts"));
        Assert.Equal("amounts", ex.ParamName);
        Assert.Contains("amounts[0] must be finite and not negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_GroupOutsideTheGroups_ThrowsNamingAGroupIndex()
    {
        double[] sums = new double[2];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => GroupTotals.Sum([0, 2], [1.0, 1.0], sums, [], "groups", "amounts"));
        Assert.Equal("groups", ex.ParamName);
        Assert.Contains("groups[1] must be a group index in [0, 2)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_AddsEachGroupAndCountsItsRows()
    {
        double[] sums = new double[3];
        long[] counts = new long[3];
        GroupTotals.Sum([2, 0, 2, 2], [1.5, 0.0, 2.5, 1e-3], sums, counts, "groups", "amounts");
        Assert.Equal([0.0, 0.0, 4.001], sums);
        Assert.Equal([1L, 0L, 3L], counts);
    }
}
