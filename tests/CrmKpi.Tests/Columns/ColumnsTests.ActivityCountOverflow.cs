using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Combining activities whose row counts add up past <see cref="int.MaxValue"/> throws <see cref="OverflowException"/>
/// (documented on <see cref="CustomerActivityAccumulator.Merge"/>) instead of wrapping to a negative count. A count that
/// large is reached without 2^31 rows by doubling: an activity of one row combined with itself 30 times counts 2^30 rows,
/// and once more would be 2^31 = int.MaxValue + 1.
/// </summary>
public partial class ColumnsTests
{
    [Fact]
    public void Combine_RowCountsPastIntMaxValue_Throws()
    {
        // One row on Jan 2, before the March window, amount 1.
        CustomerActivity a = CustomerActivity.Compute(new TransactionColumns([0], [new LocalDate(2024, 1, 2)], [1], 1), March)[0];
        for (int i = 0; i < 30; i++)
        {
            a += a;
        }

        Assert.Equal(1 << 30, a.Transactions);
        Assert.Equal(1 << 30, a.Spend);
        Assert.Equal(new LocalDate(2024, 1, 2), a.FirstPurchase);
        CustomerActivity copy = a;
        Assert.Throws<OverflowException>(() => CustomerActivity.Combine(a, copy));
    }

    [Fact]
    public void Merge_WithItselfPastIntMaxValueRows_Throws()
    {
        var accumulator = new CustomerActivityAccumulator(March);
        accumulator.Add(new TransactionColumns([0], [new LocalDate(2024, 3, 2)], [1], 1));
        for (int i = 0; i < 30; i++)
        {
            accumulator.Merge(accumulator);
        }

        Assert.Equal(1 << 30, accumulator.Activities[0].Transactions);
        Assert.Equal(1 << 30, accumulator.Activities[0].WindowTransactions);
        Assert.Throws<OverflowException>(() => accumulator.Merge(accumulator));
    }
}
