using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public partial class RetentionTests
{
    private static void AssertOutOfRange(string paramName, object? actual, Action call)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Equal(paramName, e.ParamName);
        Assert.Equal(actual, e.ActualValue);
    }

    [Fact]
    public void ChurnRate_NegativeLost_Throws() => AssertOutOfRange("lost", -1L, () => Retention.ChurnRate(-1, 10));

    [Fact]
    public void ChurnRate_LostExceedsAtStart_Throws() => AssertOutOfRange("lost", 11L, () => Retention.ChurnRate(11, 10));

    [Fact]
    public void ChurnRate_AtStartExceedsTotal_Throws() =>
        AssertOutOfRange("customersAtStart", 10L, () => Retention.ChurnRate(1, 10, 9, ChurnDenominator.TotalCustomers));

    [Fact]
    public void ChurnRate_UndefinedDenominator_Throws() =>
        AssertOutOfRange("denominator", (ChurnDenominator)7, () => Retention.ChurnRate(1, 10, 20, (ChurnDenominator)7));

    [Fact]
    public void Crr_NewExceedsEnd_Throws() => AssertOutOfRange("newCustomers", 1_200L, () => Retention.Crr(1_100, 1_200, 1_000));

    [Fact]
    public void Crr_MoreKeptThanAtStart_Throws() => AssertOutOfRange("customersAtEnd", 2_100L, () => Retention.Crr(2_100, 0, 1_000));

    // Any inconsistent or negative pair of counts yields exactly ArgumentOutOfRangeException, never a fraction outside [0, 1].
    [Property]
    public Property RepurchaseRate_AnyCounts_ShareOrOutOfRange() =>
        Prop.ForAll(Gen.Choose(-5, 50).ToArbitrary(), Gen.Choose(-5, 50).ToArbitrary(), (repeat, active) =>
        {
            try
            {
                double r = Retention.RepurchaseRate(repeat, active);
                return repeat >= 0 && repeat <= active && (active == 0 ? double.IsNaN(r) : r is >= 0 and <= 1);
            }
            catch (ArgumentOutOfRangeException e)
            {
                return e.GetType() == typeof(ArgumentOutOfRangeException) && (repeat < 0 || active < 0 || repeat > active)
                    && e.ParamName is "repeatCustomers" or "activeCustomers";
            }
        });

    [Fact]
    public void RenewalRate_RenewedExceedsDue_Throws() => AssertOutOfRange("renewed", 6L, () => Retention.RenewalRate(6, 5));

    [Fact]
    public void RenewalRate_ColumnsOfDifferentLength_ThrowsArgumentNamingRenewed()
    {
        var e = Assert.Throws<ArgumentException>(() => Retention.RenewalRate([new LocalDate(2024, 2, 1)], [true, false], SmallLog.February));
        Assert.Equal("renewed", e.ParamName);
    }

    [Fact]
    public void YearOverYearRetention_BothExceedsPrevious_Throws() =>
        AssertOutOfRange("boughtInBoth", 3L, () => Retention.YearOverYearRetention(3, 2));

    [Fact]
    public void YearOverYearRetention_OverlappingWindows_Throws()
    {
        var january = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 2, 1));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.YearOverYearRetention(SmallLog.Columns, SmallLog.February, january));
        Assert.Equal("previous", e.ParamName);
        Assert.Equal(january, e.ActualValue);
    }

    [Fact]
    public void Classify_BaseWindowNotBefore_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.Classify(SmallLog.Columns, SmallLog.February, SmallLog.February));
        Assert.Equal("baseWindow", e.ParamName);
    }

    [Fact]
    public void Classify_CustomerIndexOutOfRange_ThrowsNamingRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.Classify(new TransactionColumns([0, 3], [new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 2)], [1.0, 2.0], 3), SmallLog.February));
        Assert.Equal("customerIndexes", e.ParamName);
        Assert.Equal(3, e.ActualValue);
        Assert.Contains("customerIndexes[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cohorts_CustomerIndexOutOfRange_ThrowsNamingRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.Cohorts(new TransactionColumns([-1], [new LocalDate(2024, 2, 1)], [1.0], 3), SmallLog.February, PeriodUnit.Month));
        Assert.Equal("customerIndexes", e.ParamName);
        Assert.Equal(-1, e.ActualValue);
    }

    [Fact]
    public void Cohorts_UndefinedUnit_Throws() =>
        AssertOutOfRange("unit", (PeriodUnit)9, () => Retention.Cohorts(SmallLog.Columns, SmallLog.February, (PeriodUnit)9));

    [Fact]
    public void Cohorts_NonIsoDate_ThrowsArgumentNamingDates()
    {
        var e = Assert.Throws<ArgumentException>(() => Retention.Cohorts(new TransactionColumns([0], [new LocalDate(2024, 2, 1).WithCalendar(CalendarSystem.Julian)], [1.0], 1), SmallLog.February, PeriodUnit.Month));
        Assert.Equal("dates", e.ParamName);
    }

    [Fact]
    public void CohortTable_CellOutOfRange_Throws()
    {
        CohortTable t = Retention.Cohorts(SmallLog.Columns, SmallLog.February, PeriodUnit.Month);
        AssertOutOfRange("periodsAfter", 1L, () => t.Active(0, 1));
        AssertOutOfRange("cohort", -1L, () => t.Size(-1));
    }

    [Fact]
    public void DecomposeRevenue_NaNAmount_ThrowsNamingRow()
    {
        var january = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.DecomposeRevenue(new TransactionColumns([0, 0], [new LocalDate(2024, 1, 5), new LocalDate(2024, 2, 5)], [1.0, double.NaN], 1), january, SmallLog.February));
        Assert.Equal("amounts", e.ParamName);
        Assert.Contains("amounts[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecomposeRevenue_InfiniteEndRevenue_ThrowsNamingSpan()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.DecomposeRevenue([1.0, 2.0], [1.0, double.PositiveInfinity]));
        Assert.Equal("endRevenue", e.ParamName);
    }

    [Fact]
    public void GrossRevenueRetention_LossesExceedStart_Throws() =>
        AssertOutOfRange("churned", 60.0, () => Retention.GrossRevenueRetention(100, 50, 60));

    [Fact]
    public void NetRevenueRetention_NegativeExpansion_Throws() =>
        AssertOutOfRange("expansion", -1.0, () => Retention.NetRevenueRetention(100, -1, 0, 0));

    [Fact]
    public void RetentionCost_NaNSpend_Throws() =>
        AssertOutOfRange("retentionSpend", double.NaN, () => Retention.RetentionCost(double.NaN, 10));

    [Fact]
    public void LoyaltyIndex_SatisfactionAboveOne_Throws() =>
        AssertOutOfRange("satisfaction", 1.5, () => Retention.LoyaltyIndex(1.5, 0.3, 0.1, LoyaltyWeights.Equal));

    [Fact]
    public void LoyaltyWeights_NegativeWeight_Throws() =>
        AssertOutOfRange("referral", -0.1, () => _ = new LoyaltyWeights(1, 1, -0.1));

    [Fact]
    public void Classify_NonIsoWindow_ThrowsArgumentNamingWindow()
    {
        var julian = new DateInterval(new LocalDate(2024, 1, 1, CalendarSystem.Julian), new LocalDate(2024, 2, 1, CalendarSystem.Julian));
        var e = Assert.Throws<ArgumentException>(() => Retention.Classify(SmallLog.Columns, julian));
        Assert.Equal("window", e.ParamName);
    }


    // The partitioned cohort path checks the rows as the direct pass does: same exception, parameter and message.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cohorts_PartitionedPathBadRow_ThrowsAsDirectPath(bool badCalendar)
    {
        int[] customers = [0, 5, 9, 3, 9, 1];
        LocalDate[] dates = Enumerable.Repeat(new LocalDate(2024, 3, 1), 6).ToArray();
        if (badCalendar)
        {
            dates[2] = dates[2].WithCalendar(CalendarSystem.Julian);
        }
        else
        {
            customers[4] = -1;
        }

        var range = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        Exception Run(int shift) => Record.Exception(() => Retention.Cohorts(new TransactionColumns(customers, dates, new double[6], 10), range, PeriodUnit.Month, new RetentionWorkspace(), shift))!;
        Exception direct = Run(-1), blocked = Run(2);
        Assert.NotNull(direct);
        Assert.Equal(direct.GetType(), blocked.GetType());
        Assert.Equal(((ArgumentException)direct).ParamName, ((ArgumentException)blocked).ParamName);
        Assert.Equal(direct.Message, blocked.Message);
    }
}
