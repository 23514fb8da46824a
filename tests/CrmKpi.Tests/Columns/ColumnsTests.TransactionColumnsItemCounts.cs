using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary><see cref="TransactionColumns.HasItemCounts"/> says which constructor built the group.</summary>
public partial class ColumnsTests
{
    [Fact]
    public void HasItemCounts_OnlyWhenTheItemCountsWereGiven()
    {
        LocalDate[] dates = [new(2024, 3, 1), new(2024, 3, 2)];
        var without = new TransactionColumns([0, 1], dates, [10, 20], 2);
        Assert.False(without.HasItemCounts);
        Assert.True(without.ItemCounts.IsEmpty);

        var with = new TransactionColumns([0, 1], dates, [10, 20], [3, 0], 2);
        Assert.True(with.HasItemCounts);
        Assert.Equal([3, 0], with.ItemCounts.ToArray());
    }
}
