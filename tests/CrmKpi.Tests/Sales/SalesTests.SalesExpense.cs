using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>P11 sales expense by category and expense ratio: golden values, a decimal oracle, validation.</summary>
public partial class SalesTests
{
    private static readonly DateInterval March2024 = new(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31));

    // Catalog P11: 120,000 / 1,500,000 = 8%.
    [Fact]
    public void SalesExpenseRatio_Catalog120kOf1500k_Is008() => Assert.Equal(0.08, Sales.SalesExpenseRatio(120_000, 1_500_000));

    [Fact]
    public void SalesExpenseRatio_NoRevenue_FollowsIeee()
    {
        Assert.Equal(double.PositiveInfinity, Sales.SalesExpenseRatio(1, 0));
        Assert.True(double.IsNaN(Sales.SalesExpenseRatio(0, 0)));
    }

    // Hand calculation: travel 500 + 700 and communication 100 in March, entertainment 900 in February (outside).
    [Fact]
    public void SalesExpenses_ByCategory_MatchesHandSums()
    {
        SalesExpenseTotals t = Sales.SalesExpenses(
            [new(2024, 3, 4), new(2024, 3, 31), new(2024, 3, 1), new(2024, 2, 29)],
            [SalesExpenseCategory.Travel, SalesExpenseCategory.Travel, SalesExpenseCategory.Communication, SalesExpenseCategory.Entertainment],
            [500, 700, 100, 900],
            March2024);
        Assert.Equal(new SalesExpenseTotals(1_200, 100, 0, 0, 0), t);
        Assert.Equal(1_300, t.Total);
        Assert.Equal(1_200, t.Of(SalesExpenseCategory.Travel));
        Assert.Equal(0, t.Of(SalesExpenseCategory.ThirdParty));
    }

    // Hand calculation: expenses 12 (Feb 5) and 5 (Mar 2) against SmallLog's February revenue 30 + 40 + 60 + 15 + 25 = 170.
    [Fact]
    public void SalesExpenseRatio_Columns_SmallLogFebruary_Is12Over170() =>
        Assert.Equal(12.0 / 170.0, Sales.SalesExpenseRatio([new(2024, 2, 5), new(2024, 3, 2)], [12, 5], SmallLog.Columns, SmallLog.February));

    // Against per-category decimal sums by LINQ: compensated double sums of cents agree to the accurate-sum tolerance.
    [Property]
    public Property SalesExpenses_RandomRows_MatchDecimalSumsPerCategory() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Zip(TransactionGens.Date, Gen.Zip(Gen.Choose(0, 4), Gen.Choose(-50_000, 1_000_000)))).ToArbitrary(),
            TransactionGens.Window.ToArbitrary(),
            (rows, window) =>
            {
                LocalDate[] dates = rows.Select(r => r.Item1).ToArray();
                SalesExpenseCategory[] categories = rows.Select(r => (SalesExpenseCategory)r.Item2.Item1).ToArray();
                double[] amounts = rows.Select(r => r.Item2.Item2 / 100.0).ToArray();
                SalesExpenseTotals t = Sales.SalesExpenses(dates, categories, amounts, window);
                return Enum.GetValues<SalesExpenseCategory>().All(c =>
                {
                    decimal expected = rows.Where(r => window.Contains(r.Item1) && r.Item2.Item1 == (int)c).Sum(r => r.Item2.Item2 / 100m);
                    return Math.Abs((decimal)t.Of(c) - expected) <= 0.005m;
                });
            });

    // The column ratio equals the expense and revenue sums of the window taken by LINQ (non-negative expenses here).
    [Property]
    public Property SalesExpenseRatio_Columns_MatchWindowSumsOracle() =>
        Prop.ForAll(
            TransactionGens.Log().ToArbitrary(),
            Gen.ArrayOf(Gen.Zip(TransactionGens.Date, Gen.Choose(0, 1_000_000))).ToArbitrary(),
            TransactionGens.Window.ToArbitrary(),
            (log, expenses, window) =>
            {
                decimal expense = expenses.Where(e => window.Contains(e.Item1)).Sum(e => e.Item2 / 100m);
                decimal revenue = Enumerable.Range(0, log.Length).Where(i => window.Contains(log.Dates[i])).Sum(i => (decimal)log.Amounts[i]);
                double actual = Sales.SalesExpenseRatio(expenses.Select(e => e.Item1).ToArray(), expenses.Select(e => e.Item2 / 100.0).ToArray(), log.Columns, window);
                double expected = (double)expense / (double)revenue;
                return Approx.Close(expected, actual, Tolerances.AccurateSumRelative);
            });

    [Fact]
    public void SalesExpenseRatio_NegativeExpense_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.SalesExpenseRatio(-1, 10));
        Assert.Equal("salesExpense", e.ParamName);
        Assert.Equal(-1.0, e.ActualValue);
        Assert.Equal("salesRevenue", Assert.Throws<ArgumentOutOfRangeException>(() => Sales.SalesExpenseRatio(1, double.NaN)).ParamName);
    }

    [Fact]
    public void SalesExpenses_UndefinedCategory_ThrowsNamingTheRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Sales.SalesExpenses([new(2024, 3, 1), new(2024, 3, 2)], [SalesExpenseCategory.Travel, (SalesExpenseCategory)5], [1, 2], March2024));
        Assert.Equal("categories", e.ParamName);
        Assert.Contains("categories[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SalesExpenses_NonFiniteAmount_ThrowsNamingTheRowEvenOutsideTheWindow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Sales.SalesExpenses([new(2024, 3, 1), new(2023, 1, 2)], [SalesExpenseCategory.Travel, SalesExpenseCategory.Travel], [1, double.NaN], March2024));
        Assert.Equal("amounts", e.ParamName);
        Assert.Contains("amounts[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SalesExpenses_ColumnsOfDifferentLength_Throw()
    {
        Assert.Equal("categories", Assert.Throws<ArgumentException>(() =>
            Sales.SalesExpenses([new(2024, 3, 1)], [], [1], March2024)).ParamName);
        Assert.Equal("expenseAmounts", Assert.Throws<ArgumentException>(() =>
            Sales.SalesExpenseRatio([new(2024, 3, 1)], [1, 2], SmallLog.Columns, March2024)).ParamName);
    }

    [Fact]
    public void SalesExpenseRatio_Columns_NegativeExpenseTotal_ThrowsNamingTheColumn()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Sales.SalesExpenseRatio([new(2024, 2, 1)], [-3], SmallLog.Columns, SmallLog.February));
        Assert.Equal("expenseAmounts", e.ParamName);
    }

    [Fact]
    public void SalesExpenses_NonIsoDate_ThrowsNamingTheRow()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            Sales.SalesExpenses([new(2024, 3, 1), new LocalDate(2024, 3, 2).WithCalendar(CalendarSystem.Julian)], [SalesExpenseCategory.Travel, SalesExpenseCategory.Travel], [1, 2], March2024));
        Assert.Equal("dates", e.ParamName);
    }

    [Fact]
    public void SalesExpenseTotals_Of_UndefinedCategory_Throws() =>
        Assert.Equal("category", Assert.Throws<ArgumentOutOfRangeException>(() => default(SalesExpenseTotals).Of((SalesExpenseCategory)(-1))).ParamName);
}
