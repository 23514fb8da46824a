using System;
using CrmKpi.Internal;
using Xunit;

namespace CrmKpi.Tests;

// The scans that name the first bad row: the index, the value and the rule are in the message.
public class RowChecksTests
{
    [Fact]
    public void ThrowFirstNegative_NamesTheFirstNegativeRowAndTheRule()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RowChecks.ThrowFirstNegative([3, 0, -2, -7], "itemCounts"));
        Assert.Equal("itemCounts", ex.ParamName);
        Assert.Contains("itemCounts[2] must not be negative; was -2.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowFirstNotFiniteNonNegative_NamesTheFirstBadRow()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RowChecks.ThrowFirstNotFiniteNonNegative([1.0, 0.0, double.PositiveInfinity, -1.0], "amounts"));
        Assert.Contains("amounts[2] must be finite and not negative", ex.Message, StringComparison.Ordinal);
    }
}
