using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public class CustomerActivityTests
{
    // Worked out from the SmallLog table for February 2024.
    [Fact]
    public void Compute_SmallLogFebruary_MatchesHandDerivation()
    {
        CustomerActivity[] a = CustomerActivity.Compute(SmallLog.Columns, SmallLog.February);

        Assert.Equal(new LocalDate(2024, 1, 5), a[0].FirstPurchase);
        Assert.Equal(new LocalDate(2024, 3, 1), a[0].LastPurchase);
        Assert.Equal(3, a[0].Transactions);
        Assert.Equal(110, a[0].Spend);
        Assert.Equal(1, a[0].WindowTransactions);
        Assert.Equal(30, a[0].WindowSpend);
        Assert.Equal(new LocalDate(2024, 2, 3), a[0].FirstInWindow);

        Assert.Equal(new LocalDate(2023, 12, 30), a[1].FirstPurchase);
        Assert.False(a[1].IsActiveInWindow);

        Assert.Equal(3, a[2].WindowTransactions);
        Assert.Equal(125, a[2].WindowSpend);
        Assert.Equal(new LocalDate(2024, 2, 1), a[2].FirstInWindow);
        Assert.Equal(new LocalDate(2024, 2, 29), a[2].LastInWindow);

        Assert.False(a[4].HasPurchased);
        Assert.Equal(default, a[4]);
    }

    // Merge: the activity of a log split in two equals the combination of the parts' activities.
    [Property]
    public Property Combine_TwoPartitions_EqualsActivityOfWholeLog() =>
        Prop.ForAll(
            TransactionGens.Log().ToArbitrary(),
            TransactionGens.Window.ToArbitrary(),
            Gen.Choose(0, 60).ToArbitrary(),
            (log, window, cut) =>
            {
                int split = Math.Min(cut, log.Length);
                CustomerActivity[] whole = CustomerActivity.Compute(log.Columns, window);
                CustomerActivity[] left = CustomerActivity.Compute(Slice(log, 0, split).Columns, window);
                CustomerActivity[] right = CustomerActivity.Compute(Slice(log, split, log.Length - split).Columns, window);
                return Enumerable.Range(0, log.CustomerCount).All(c => SameUpToSpendRounding(whole[c], left[c] + right[c]));
            });

    // Against an independent LINQ derivation.
    [Property]
    public Property Compute_RandomLogs_MatchesLinqDerivation() =>
        Prop.ForAll(
            TransactionGens.Log().ToArbitrary(),
            TransactionGens.Window.ToArbitrary(),
            (log, window) =>
            {
                CustomerActivity[] activity = CustomerActivity.Compute(log.Columns, window);
                return Enumerable.Range(0, log.CustomerCount).All(c =>
                {
                    int[] rows = Enumerable.Range(0, log.Length).Where(i => log.Customers[i] == c).ToArray();
                    int[] inWindow = rows.Where(i => window.Contains(log.Dates[i])).ToArray();
                    CustomerActivity a = activity[c];
                    return a.Transactions == rows.Length
                        && a.WindowTransactions == inWindow.Length
                        && (rows.Length == 0 || (a.FirstPurchase == rows.Min(i => log.Dates[i]) && a.LastPurchase == rows.Max(i => log.Dates[i])))
                        && (inWindow.Length == 0 || (a.FirstInWindow == inWindow.Min(i => log.Dates[i]) && a.LastInWindow == inWindow.Max(i => log.Dates[i])))
                        && Approx.Close((double)rows.Sum(i => (decimal)log.Amounts[i]), a.Spend, 1e-12)
                        && Approx.Close((double)inWindow.Sum(i => (decimal)log.Amounts[i]), a.WindowSpend, 1e-12);
                });
            });

    [Fact]
    public void Compute_ShortDestination_ThrowsNamingDestination()
    {
        var e = Assert.Throws<ArgumentException>(() => CustomerActivity.Compute(SmallLog.Columns, SmallLog.February, new CustomerActivity[4]));
        Assert.Equal("destination", e.ParamName);
    }

    [Fact]
    public void Compute_NegativeCustomerIndex_ThrowsNamingRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CustomerActivity.Compute(new TransactionColumns([0, -1], SmallLog.Dates[..2], SmallLog.Amounts[..2], 1), SmallLog.February));
        Assert.Equal("customerIndexes", e.ParamName);
        Assert.Equal(-1, e.ActualValue);
    }

    private static RandomLog Slice(RandomLog log, int start, int length) =>
        new(log.Customers.AsSpan(start, length).ToArray(), log.Dates.AsSpan(start, length).ToArray(),
            log.Amounts.AsSpan(start, length).ToArray(), log.Items.AsSpan(start, length).ToArray(), log.CustomerCount);

    // Spends are sums in another order, so they may differ in the last bits; everything else is exact.
    private static bool SameUpToSpendRounding(CustomerActivity x, CustomerActivity y) =>
        x.FirstPurchase == y.FirstPurchase && x.LastPurchase == y.LastPurchase && x.Transactions == y.Transactions
        && x.FirstInWindow == y.FirstInWindow && x.LastInWindow == y.LastInWindow && x.WindowTransactions == y.WindowTransactions
        && Approx.Close(x.Spend, y.Spend, 1e-12) && Approx.Close(x.WindowSpend, y.WindowSpend, 1e-12);
}
