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

    [Fact]
    public void Add_OneRowPastIntMaxValueRows_ThrowsInsteadOfWrapping()
    {
        // Merges build a customer with int.MaxValue = 2^0 + 2^1 + ... + 2^30 rows (all in the window) without that many
        // rows: `sum` takes each power of two that `power` holds before it doubles. One more row of that customer must throw,
        // as Merge does, not wrap the counts to int.MinValue.
        var power = new CustomerActivityAccumulator(March);
        power.Add(new TransactionColumns([0], [new LocalDate(2024, 3, 2)], [1], 1));
        var sum = new CustomerActivityAccumulator(March);
        for (int k = 0; k <= 30; k++)
        {
            sum.Merge(power);
            if (k < 30)
            {
                power.Merge(power);
            }
        }

        Assert.Equal(int.MaxValue, sum.Activities[0].Transactions);
        Assert.Equal(int.MaxValue, sum.Activities[0].WindowTransactions);
        Assert.Throws<OverflowException>(() => sum.Add(new TransactionColumns([0], [new LocalDate(2024, 3, 9)], [1], 1)));

        // The row that would overflow is not added at all: its later date does not become the last purchase either.
        Assert.Equal(int.MaxValue, sum.Activities[0].Transactions);
        Assert.Equal(new LocalDate(2024, 3, 2), sum.Activities[0].LastPurchase);
        Assert.Equal(new LocalDate(2024, 3, 2), sum.Activities[0].LastInWindow);

        // The same through the span form, and for a row outside the window (only the row count overflows).
        CustomerActivity[] state = [sum.Activities[0]];
        Assert.Throws<OverflowException>(() =>
            CustomerActivity.Accumulate(new TransactionColumns([0], [new LocalDate(2024, 1, 9)], [1], 1), March, state));
        Assert.Equal(int.MaxValue, state[0].Transactions);
    }
}
