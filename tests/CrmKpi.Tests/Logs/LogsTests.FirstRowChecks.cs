using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// Checks whose bad value sits in the first row (a search that returns index 0 must count as found) and the rule an
// out-of-order key end breaks, in words.
public partial class LogsTests
{
    [Fact]
    public void AddRows_NegativeItemCountInTheFirstRow_Throws()
    {
        var builder = new TransactionLogBuilder(withItemCounts: true);
        builder.Customers.GetOrAdd("a");
        LocalDate[] dates = [new(2024, 3, 1), new(2024, 3, 2)];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddRows([0, 0], dates, [1.0, 2.0], [-1, 3]));
        Assert.Equal("itemCounts", e.ParamName);
        Assert.Contains("itemCounts[0] must not be negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerKeysBatch_EndBeforeThePreviousOne_SaysTheRule()
    {
        var keys = new CustomerKeys();
        int[] destination = new int[3];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => keys.GetOrAdd("aabbcc", [2, 4, 3], destination));
        Assert.Equal("ends", e.ParamName);
        Assert.Contains("ends[2] must not be before the previous end or beyond chars", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, keys.Count);
    }
}
