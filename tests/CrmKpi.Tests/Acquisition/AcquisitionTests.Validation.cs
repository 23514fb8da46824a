using System;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public partial class AcquisitionTests
{
    [Fact]
    public void Cac_NegativeNewCustomers_ThrowsArgumentOutOfRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.Cac(100, -1));
        Assert.Equal("newCustomers", e.ParamName);
        Assert.Equal(-1L, e.ActualValue);
    }

    // Any bad spend (negative, NaN, infinite) yields exactly ArgumentOutOfRangeException naming spend.
    [Property]
    public Property Cac_BadSpend_ThrowsArgumentOutOfRangeNamingSpend() =>
        Prop.ForAll(
            Gen.OneOf(Gens.NonFinite, Gens.NegativeAmount).ToArbitrary(),
            spend =>
            {
                var e = Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.Cac(spend, 10));
                return e.ParamName == "spend" && e.ActualValue is double v && v.Equals(spend);
            });

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void CacPaybackMonths_MarginOutsideUnitInterval_Throws(double margin)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CacPaybackMonths(100, 10, margin));
        Assert.Equal("grossMargin", e.ParamName);
    }

    [Fact]
    public void NewCustomerPenetration_PartExceedsWhole_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.NewCustomerPenetration(5, 4));
        Assert.Equal("recruitedByLine", e.ParamName);
        Assert.Equal(5L, e.ActualValue);
    }

    [Fact]
    public void Arpu_CustomerIndexOutOfRange_ThrowsNamingColumnAndRow()
    {
        int[] customers = [0, 1, 5];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Acquisition.Arpu(new TransactionColumns(customers, SmallLog.Dates[..3], SmallLog.Amounts[..3], 2), SmallLog.February));
        Assert.Equal("customerIndexes", e.ParamName);
        Assert.Equal(5, e.ActualValue);
        Assert.Contains("customerIndexes[2]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arpu_NaNAmountOutsideWindow_StillThrows()
    {
        double[] amounts = [10, double.NaN, 30];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Acquisition.Arpu(new TransactionColumns([0, 0, 0], SmallLog.Dates[..3], amounts, 1), SmallLog.February));
        Assert.Equal("amounts", e.ParamName);
        Assert.Contains("amounts[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arpu_NullWindow_ThrowsArgumentNull()
    {
        var e = Assert.Throws<ArgumentNullException>(() => Acquisition.Arpu(SmallLog.Columns, null!));
        Assert.Equal("window", e.ParamName);
    }

    [Fact]
    public void TransactionColumns_MismatchedLengths_ThrowsArgumentNamingSecondColumn()
    {
        var e = Assert.Throws<ArgumentException>(() => new TransactionColumns(new int[3], new LocalDate[2], new double[3], 1));
        Assert.Equal("dates", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => new TransactionColumns(new int[3], new LocalDate[3], new double[4], 1));
        Assert.Equal("amounts", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => new TransactionColumns(new int[3], new LocalDate[3], new double[3], new int[1], 1));
        Assert.Equal("itemCounts", e.ParamName);
    }
}
