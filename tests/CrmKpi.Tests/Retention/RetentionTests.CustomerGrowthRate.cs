using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>R10 customer growth rate and R11 unsubscribe rate: golden values, properties against set-based oracles, validation.</summary>
public partial class RetentionTests
{
    // Catalog R10 (source 000 names the KPI; the numbers are the catalog's): 1,100 vs 1,000 = 10%.
    [Fact]
    public void CustomerGrowthRate_Catalog1100Vs1000_Is01() => Assert.Equal(0.1, Retention.CustomerGrowthRate(1_100, 1_000));

    // Hand calculations: a shrinking base is negative growth; no customers at start follows the IEEE rules.
    [Theory]
    [InlineData(900, 1_000, -0.1)]
    [InlineData(0, 1_000, -1)]
    [InlineData(1_000, 1_000, 0)]
    [InlineData(5, 0, double.PositiveInfinity)]
    [InlineData(0, 0, double.NaN)]
    public void CustomerGrowthRate_HandExamples(long end, long start, double expected) =>
        Assert.Equal(expected, Retention.CustomerGrowthRate(end, start));

    // Hand calculation on SmallLog, February 2024. Base: first purchases before February are customers 0 (Jan 5) and 1 (Dec 30),
    // by Feb 29 also 2 (Feb 1) and 3 (Feb 10): (4 - 2) / 2 = 1. Active: the 29 days before are Jan 3 .. Jan 31, when 0 and 1 bought;
    // in February 0, 2 and 3 bought: (3 - 2) / 2 = 0.5.
    [Theory]
    [InlineData(CustomerGrowthBase.CustomerBase, 1.0)]
    [InlineData(CustomerGrowthBase.ActiveCustomers, 0.5)]
    public void CustomerGrowthRate_SmallLogFebruary_MatchesHandCount(CustomerGrowthBase basis, double expected) =>
        Assert.Equal(expected, Retention.CustomerGrowthRate(SmallLog.Columns, SmallLog.February, basis));

    // The previous window has the window's length in days, not the previous calendar month: for March 2024 (31 days) it is
    // Jan 30 .. Feb 29, so customer 1 (Jan 20) is not in it: active before 0, 2, 3; in March only 0 bought: (1 - 3) / 3.
    [Fact]
    public void CustomerGrowthRate_ActiveCustomers_PreviousWindowIsSameNumberOfDays()
    {
        var march = new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31));
        Assert.Equal(-2.0 / 3.0, Retention.CustomerGrowthRate(SmallLog.Columns, march, CustomerGrowthBase.ActiveCustomers));
    }

    // A base that only loses customers shrinks by exactly the churn rate (R1, computed by another member with its own checks).
    [Property]
    public Property CustomerGrowthRate_BaseLosingCustomers_IsMinusChurn() =>
        Prop.ForAll(RetentionGens.AtStartAndLost.ToArbitrary(), t =>
            Retention.CustomerGrowthRate(t.AtStart - t.Lost, t.AtStart).Equals(-Retention.ChurnRate(t.Lost, t.AtStart)));

    // The sign of the growth is the sign of end - start, and growth is never below -1.
    [Property]
    public Property CustomerGrowthRate_Sign_FollowsTheComparisonOfTheCounts() =>
        Prop.ForAll(Gens.Count().ToArbitrary(), Gens.PositiveCount().ToArbitrary(), (end, start) =>
        {
            double g = Retention.CustomerGrowthRate(end, start);
            return Math.Sign(g) == end.CompareTo(start) && g >= -1;
        });

    // Against sets built from the rows by LINQ: the base counts first purchases, the active variant buyers in the window and in
    // the window.Length days before it. Exact: both sides divide the same two integers once.
    [Property]
    public Property CustomerGrowthRate_Columns_MatchSetOracle() =>
        Prop.ForAll(TransactionGens.Log().ToArbitrary(), TransactionGens.Window.ToArbitrary(), (log, window) =>
        {
            var first = RetentionGens.FirstPurchases(log);
            long baseStart = first.Count(kv => kv.Value < window.Start);
            long baseEnd = first.Count(kv => kv.Value <= window.End);
            var previous = new DateInterval(window.Start.PlusDays(-window.Length), window.Start.PlusDays(-1));
            long activeStart = RetentionGens.BuyersIn(log, previous).Count;
            long activeEnd = RetentionGens.BuyersIn(log, window).Count;
            double expectedBase = (double)(baseEnd - baseStart) / baseStart;
            double expectedActive = (double)(activeEnd - activeStart) / activeStart;
            double actualBase = Retention.CustomerGrowthRate(log.Columns, window, CustomerGrowthBase.CustomerBase);
            return expectedBase.Equals(actualBase)
                && expectedActive.Equals(Retention.CustomerGrowthRate(log.Columns, window, CustomerGrowthBase.ActiveCustomers))
                && !(actualBase < 0);
        });

    [Fact]
    public void CustomerGrowthRate_NegativeCount_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.CustomerGrowthRate(-1, 10));
        Assert.Equal("customersAtEnd", e.ParamName);
        Assert.Equal(-1L, e.ActualValue);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.CustomerGrowthRate(10, -2));
        Assert.Equal("customersAtStart", e.ParamName);
    }

    [Fact]
    public void CustomerGrowthRate_UndefinedBasis_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.CustomerGrowthRate(SmallLog.Columns, SmallLog.February, (CustomerGrowthBase)7));
        Assert.Equal("basis", e.ParamName);
        Assert.Equal((CustomerGrowthBase)7, e.ActualValue);
    }

    [Fact]
    public void CustomerGrowthRate_NullWindow_Throws() =>
        Assert.Equal("window", Assert.Throws<ArgumentNullException>(() => Retention.CustomerGrowthRate(SmallLog.Columns, null!, CustomerGrowthBase.CustomerBase)).ParamName);

    [Fact]
    public void CustomerGrowthRate_CustomerIndexOutOfRange_ThrowsNamingTheRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Retention.CustomerGrowthRate(new TransactionColumns([0, 3], [new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 2)], [1.0, 2.0], 2), SmallLog.February, CustomerGrowthBase.ActiveCustomers));
        Assert.Contains("customerIndexes[1]", e.Message, StringComparison.Ordinal);
    }

    // Catalog R11: 30 / 1,200 = 2.5%.
    [Fact]
    public void UnsubscribeRate_Catalog30Of1200_Is0025() => Assert.Equal(0.025, Retention.UnsubscribeRate(30, 1_200));

    [Fact]
    public void UnsubscribeRate_NoSubscribers_IsNaN() => Assert.True(double.IsNaN(Retention.UnsubscribeRate(0, 0)));

    // 002 names it a churn measure: with unsubscribing as the way a subscriber is lost, it is the churn rate of the same counts,
    // and it rises with every further unsubscribe.
    [Property]
    public Property UnsubscribeRate_SameCounts_EqualsChurnAndRisesWithUnsubscribes() =>
        Prop.ForAll(RetentionGens.AtStartAndLost.ToArbitrary(), t =>
        {
            double rate = Retention.UnsubscribeRate(t.Lost, t.AtStart);
            bool rises = t.Lost == t.AtStart || Retention.UnsubscribeRate(t.Lost + 1, t.AtStart) > rate;
            return t.AtStart == 0 ? double.IsNaN(rate) : rate == Retention.ChurnRate(t.Lost, t.AtStart) && rate is >= 0 and <= 1 && rises;
        });

    [Fact]
    public void UnsubscribeRate_MoreUnsubscribesThanSubscribers_ThrowsNamingBoth()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.UnsubscribeRate(31, 30));
        Assert.Equal("unsubscribes", e.ParamName);
        Assert.Equal(31L, e.ActualValue);
        Assert.Contains("subscribersAtStart (30)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsubscribeRate_NegativeSubscribers_Throws() =>
        Assert.Equal("subscribersAtStart", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.UnsubscribeRate(0, -1)).ParamName);
}
