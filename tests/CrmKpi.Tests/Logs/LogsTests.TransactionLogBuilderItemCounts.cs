using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): a <see cref="TransactionLogBuilder"/> keeps the item-count mode it was created with, in its
/// own columns, in every log it hands over (the first and the ones after <c>ToLog</c> emptied it), and in what it rejects;
/// <c>AddRow</c> appends a row for a known customer. Expected values are the rows the tests add, written out by hand.
/// </summary>
public partial class LogsTests
{
    private static readonly LocalDate Jan1 = new(2024, 1, 1);
    private static readonly LocalDate Jan2 = new(2024, 1, 2);

    [Fact]
    public void TransactionLogBuilder_WithoutItemCounts_NoLogHasThem_AndAnItemCountIsIgnored()
    {
        var builder = new TransactionLogBuilder();
        builder.Add("a", Jan1, 10);
        builder.AddRow(0, Jan2, 20, itemCount: -1);   // documented: ignored when the builder has no item counts

        TransactionColumns columns = builder.Columns;
        Assert.False(columns.HasItemCounts);
        Assert.True(columns.ItemCounts.IsEmpty);
        Assert.Equal([10.0, 20.0], columns.Amounts.ToArray());
        Assert.Equal([Jan1, Jan2], columns.Dates.ToArray());
        Assert.Equal(1, columns.CustomerCount);

        TransactionLog first = builder.ToLog();
        Assert.False(first.HasItemCounts);
        Assert.False(first.Columns.HasItemCounts);
        Assert.Equal([0, 0], first.CustomerIndexes.ToArray());

        builder.Add("b", Jan1, 5);
        TransactionLog second = builder.ToLog();
        Assert.False(second.HasItemCounts);
        Assert.Equal([5.0], second.Amounts.ToArray());
    }

    [Fact]
    public void TransactionLogBuilder_WithItemCounts_EveryLogHasThem()
    {
        var builder = new TransactionLogBuilder(withItemCounts: true);
        builder.Add("a", Jan1, 10, 3);
        builder.Add("b", Jan2, 20, 0);
        builder.AddRow(0, Jan2, 30, 7);

        TransactionColumns columns = builder.Columns;
        Assert.True(columns.HasItemCounts);
        Assert.Equal([3, 0, 7], columns.ItemCounts.ToArray());
        Assert.Equal([0, 1, 0], columns.CustomerIndexes.ToArray());
        Assert.Equal(2, columns.CustomerCount);

        TransactionLog first = builder.ToLog();
        Assert.True(first.HasItemCounts);
        Assert.Equal([3, 0, 7], first.ItemCounts.ToArray());

        // After ToLog the builder starts again, still with item counts.
        builder.Add("c", Jan1, 1, 4);
        builder.Add("d", Jan1, 2, 5);
        TransactionLog second = builder.ToLog();
        Assert.True(second.HasItemCounts);
        Assert.True(second.Columns.HasItemCounts);
        Assert.Equal([4, 5], second.ItemCounts.ToArray());
        Assert.Equal("d", second.CustomerKey(1));
    }

    [Fact]
    public void TransactionLogBuilder_AddRow_AppendsTheRowOfAKnownCustomer()
    {
        var builder = new TransactionLogBuilder();
        builder.Customers.GetOrAdd("x");
        builder.Customers.GetOrAdd("y");   // a customer without a row yet
        builder.AddRow(1, Jan2, 12.5);
        builder.AddRow(0, Jan1, -2.5);     // a refund
        Assert.Equal(2, builder.Length);
        TransactionLog log = builder.ToLog();
        Assert.Equal([1, 0], log.CustomerIndexes.ToArray());
        Assert.Equal([Jan2, Jan1], log.Dates.ToArray());
        Assert.Equal([12.5, -2.5], log.Amounts.ToArray());
        Assert.Equal("y", log.CustomerKey(1));
    }

    [Fact]
    public void TransactionLogBuilder_RowOfTheOtherMode_ThrowsSayingWhichModeItHas()
    {
        var without = new TransactionLogBuilder();
        var e1 = Assert.Throws<InvalidOperationException>(() => without.Add("a", Jan1, 1, 3));
        Assert.Equal("This builder was created without item counts: add rows without an item count, or create it with withItemCounts: true.", e1.Message);

        var with = new TransactionLogBuilder(withItemCounts: true);
        var e2 = Assert.Throws<InvalidOperationException>(() => with.Add("a", Jan1, 1));
        Assert.Equal("This builder was created with item counts: add rows with an item count.", e2.Message);

        Assert.Equal(0, without.Length + with.Length);
        Assert.Equal(0, without.Customers.Count + with.Customers.Count);
    }
}
