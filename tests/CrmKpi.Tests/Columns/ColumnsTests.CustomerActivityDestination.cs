using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// <see cref="CustomerActivity.Compute(TransactionColumns, DateInterval, Span{CustomerActivity})"/> overwrites its destination
/// (documented: "overwritten, not accumulated into"), and a call it rejects before reading a row leaves the destination as it was.
/// </summary>
public partial class ColumnsTests
{
    // Customer 0: Jan 2 (5) and Mar 5 (10); customer 1: nothing; customer 2: Mar 31 (7). Window: March 2024.
    private static readonly int[] ThreeCustomersIndexes = [2, 0, 0];
    private static readonly LocalDate[] ThreeCustomersDates = [new(2024, 3, 31), new(2024, 3, 5), new(2024, 1, 2)];
    private static readonly double[] ThreeCustomersAmounts = [7, 10, 5];

    private static TransactionColumns ThreeCustomers() => new(ThreeCustomersIndexes, ThreeCustomersDates, ThreeCustomersAmounts, 3);

    [Fact]
    public void Compute_DestinationHoldingAnEarlierResult_IsOverwrittenNotAddedTo()
    {
        // The destination already holds this log's activity (as a caller reusing a buffer would have it), and a fourth
        // element past the customer count that Compute must not touch.
        var destination = new CustomerActivity[4];
        CustomerActivity.Compute(ThreeCustomers(), March, destination);
        destination[3] = destination[0];
        CustomerActivity.Compute(ThreeCustomers(), March, destination);

        // By hand: customer 0 has 2 rows (spend 15), one in March (10); accumulating would give 4 rows and spend 30.
        Assert.Equal(2, destination[0].Transactions);
        Assert.Equal(15, destination[0].Spend);
        Assert.Equal(1, destination[0].WindowTransactions);
        Assert.Equal(10, destination[0].WindowSpend);
        Assert.Equal(new LocalDate(2024, 1, 2), destination[0].FirstPurchase);
        Assert.Equal(new LocalDate(2024, 3, 5), destination[0].LastPurchase);
        Assert.Equal(new LocalDate(2024, 3, 5), destination[0].FirstInWindow);
        Assert.Equal(new LocalDate(2024, 3, 5), destination[0].LastInWindow);
        Assert.Equal(default, destination[1]);
        Assert.Equal(1, destination[2].Transactions);
        Assert.Equal(7, destination[2].WindowSpend);
        Assert.Equal(destination[0], destination[3]);

        // Over a destination filled with another customer's activity, customer 1 (no rows) comes out empty.
        var dirty = new CustomerActivity[3];
        Array.Fill(dirty, destination[0]);
        CustomerActivity.Compute(ThreeCustomers(), March, dirty);
        Assert.Equal(default, dirty[1]);
        Assert.Equal(2, dirty[0].Transactions);
    }

    [Fact]
    public void Compute_NullWindow_ThrowsAndLeavesTheDestinationUntouched()
    {
        var destination = new CustomerActivity[3];
        CustomerActivity.Compute(ThreeCustomers(), March, destination);
        CustomerActivity[] before = (CustomerActivity[])destination.Clone();

        var e = Assert.Throws<ArgumentNullException>(() => CustomerActivity.Compute(ThreeCustomers(), null!, destination));
        Assert.Equal("window", e.ParamName);
        Assert.Equal(before, destination);
        Assert.Equal(2, destination[0].Transactions);
    }

    [Fact]
    public void HasPurchasedAndIsActiveInWindow_FollowTheRows()
    {
        // Customer 0 bought before and inside March, customer 1 never, customer 2 only inside March; a fourth customer
        // (index 3) bought only in January.
        CustomerActivity[] a = CustomerActivity.Compute(
            new TransactionColumns([0, 0, 2, 3], [new(2024, 1, 2), new(2024, 3, 5), new(2024, 3, 31), new(2024, 1, 31)], [5, 10, 7, 1], 4),
            March);
        Assert.Equal([true, false, true, true], Array.ConvertAll(a, x => x.HasPurchased));
        Assert.Equal([true, false, true, false], Array.ConvertAll(a, x => x.IsActiveInWindow));
    }
}
