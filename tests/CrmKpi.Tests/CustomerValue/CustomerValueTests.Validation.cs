using System;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

public partial class CustomerValueTests
{
    // Any non-finite amount anywhere in the span is reported with its index, and nothing else is thrown.
    [Property]
    public Property AverageOrderValue_NonFiniteAmount_ThrowsNamingIndex() =>
        Prop.ForAll(
            Gen.ArrayOf(Gens.Money).Where(a => a.Length > 0).ToArbitrary(),
            Gens.NonFinite.ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (amounts, bad, position) =>
            {
                int index = position % amounts.Length;
                amounts[index] = bad;
                var e = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerValue.AverageOrderValue(amounts));
                int first = Array.FindIndex(amounts, a => !double.IsFinite(a));
                return e.ParamName == "amounts" && e.Message.Contains($"amounts[{first}]", StringComparison.Ordinal);
            });

    [Fact]
    public void ItemsPerTransaction_NegativeCount_ThrowsNamingIndex()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerValue.ItemsPerTransaction([1, 2, -3, 4]));
        Assert.Equal("itemCounts", e.ParamName);
        Assert.Equal(-3, e.ActualValue);
        Assert.Contains("itemCounts[2]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NetProfit_NegativeCosts_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerValue.NetProfit(100, -1));
        Assert.Equal("costs", e.ParamName);
        Assert.Equal(-1.0, e.ActualValue);
    }

    [Fact]
    public void NetProfit_Columns_MismatchedLengths_ThrowsNamingCosts()
    {
        var e = Assert.Throws<ArgumentException>(() => CustomerValue.NetProfit(new double[3], new double[2], new double[3]));
        Assert.Equal("costs", e.ParamName);
    }

    [Fact]
    public void NetProfit_Columns_ShortDestination_ThrowsNamingDestination()
    {
        var e = Assert.Throws<ArgumentException>(() => CustomerValue.NetProfit(new double[3], new double[3], new double[2]));
        Assert.Equal("destination", e.ParamName);
    }

    [Fact]
    public void NetProfit_Columns_DestinationOverlapsInput_Throws()
    {
        double[] buffer = new double[6];
        var e = Assert.Throws<ArgumentException>(() => CustomerValue.NetProfit(buffer.AsSpan(0, 3), new double[3], buffer.AsSpan(2, 3)));
        Assert.Equal("destination", e.ParamName);
    }

    [Fact]
    public void NetProfit_Columns_NaNCost_ThrowsNamingIndex()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerValue.NetProfit([1, 2], [0, double.NaN], new double[2]));
        Assert.Equal("costs", e.ParamName);
        Assert.Contains("costs[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CategoryEngagement_CategoryExceedsTotal_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerValue.CategoryEngagement(700, 600));
        Assert.Equal("categorySpend", e.ParamName);
    }

    [Fact]
    public void CategoryEngagement_Columns_NegativeAmount_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CustomerValue.CategoryEngagement(new TransactionColumns([0, 0], SmallLog.Dates[..2], [5, -5], 1), [1, 1], 1));
        Assert.Equal("amounts", e.ParamName);
        Assert.Contains("amounts[1]", e.Message, StringComparison.Ordinal);
    }
}
