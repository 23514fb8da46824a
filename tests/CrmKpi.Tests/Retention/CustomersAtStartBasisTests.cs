using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 12: the column forms of churn and CRR take "customers at start" from the previous window of the
/// same length by default; the cumulative reading and a look-back window stay available by name.
/// </summary>
public class CustomersAtStartBasisTests
{
    // A buys in January and February, B in January, C in January, February and March 2024.
    private static readonly int[] Customers = [0, 0, 1, 2, 2, 2];
    private static readonly LocalDate[] Dates = [new(2024, 1, 10), new(2024, 2, 10), new(2024, 1, 5), new(2024, 1, 20), new(2024, 2, 20), new(2024, 3, 20)];
    private static readonly double[] Amounts = [1, 1, 1, 1, 1, 1];
    private static readonly DateInterval March = new(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31));
    private static readonly DateInterval April = new(new LocalDate(2024, 4, 1), new LocalDate(2024, 4, 30));

    private static TransactionColumns Log => new(Customers, Dates, Amounts, 3);

    [Fact]
    public void ChurnRate_Default_IsThePreviousMonthsBuyersWhoDidNotReturn()
    {
        Assert.Equal(1.0 / 2, CrmKpi.Retention.ChurnRate(Log, March, ChurnDenominator.CustomersAtStart));    // A of {A, C}
        Assert.Equal(1.0 / 1, CrmKpi.Retention.ChurnRate(Log, April, ChurnDenominator.CustomersAtStart));    // C of {C}
        Assert.Equal(1.0 / 2, CrmKpi.Retention.Crr(Log, March));                                             // C of {A, C}
    }

    [Fact]
    public void ChurnRate_EverBoughtBefore_KeepsTheCumulativeReading()
    {
        Assert.Equal(2.0 / 3, CrmKpi.Retention.ChurnRate(Log, March, ChurnDenominator.CustomersAtStart, CustomersAtStartBasis.EverBoughtBefore));   // A, B of {A, B, C}
        Assert.Equal(3.0 / 3, CrmKpi.Retention.ChurnRate(Log, April, ChurnDenominator.CustomersAtStart, CustomersAtStartBasis.EverBoughtBefore));
        Assert.Equal(1.0 / 3, CrmKpi.Retention.Crr(Log, March, CustomersAtStartBasis.EverBoughtBefore));
    }

    [Fact]
    public void ChurnRate_LookBack_CountsTheBuyersOfTheDaysBefore()
    {
        // 60 days before March: 2024-01-01 .. 2024-02-29 holds A, B and C; 20 days (02-10 .. 02-29) holds A and C.
        Assert.Equal(2.0 / 3, CrmKpi.Retention.ChurnRate(Log, March, ChurnDenominator.CustomersAtStart, CustomersAtStartBasis.LookBack, Period.FromDays(60)));
        Assert.Equal(1.0 / 2, CrmKpi.Retention.ChurnRate(Log, March, ChurnDenominator.CustomersAtStart, CustomersAtStartBasis.LookBack, Period.FromDays(20)));
        Assert.Equal(1.0 / 2, CrmKpi.Retention.Crr(Log, March, CustomersAtStartBasis.LookBack, Period.FromDays(20)));
    }

    [Fact]
    public void Basis_Misused_ThrowsNamingIt()
    {
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Retention.ChurnRate(Log, March, ChurnDenominator.CustomersAtStart, CustomersAtStartBasis.LookBack)).ParamName);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Retention.Crr(Log, March, (CustomersAtStartBasis)7)).ParamName);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Retention.Crr(Log, March, CustomersAtStartBasis.PreviousWindow, Period.FromDays(3))).ParamName);
        Assert.Equal("lookBack", Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Retention.Crr(Log, March, CustomersAtStartBasis.LookBack, Period.FromDays(-3))).ParamName);
        var first = new DateInterval(LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(30));
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Retention.Crr(Log, first)).ParamName);
    }

    /// <summary>Small random logs over January to June 2024 and a random month among February to June.</summary>
    private static Gen<(int[] Customers, LocalDate[] Dates, int Month)> Logs =>
        from rows in Gen.Choose(0, 30)
        from customers in Gen.ArrayOf(Gen.Choose(0, 7), rows)
        from days in Gen.ArrayOf(Gen.Choose(0, 181), rows)
        from month in Gen.Choose(2, 6)
        select (customers, days.Select(d => new LocalDate(2024, 1, 1).PlusDays(d)).ToArray(), month);

    private static HashSet<int> BuyersIn(int[] customers, LocalDate[] dates, LocalDate from, LocalDate to) =>
        [.. customers.Where((_, i) => dates[i] >= from && dates[i] <= to)];

    [Property]
    public Property EveryBasis_MatchesASetOracle() =>
        Prop.ForAll(Logs.ToArbitrary(), log =>
        {
            var columns = new TransactionColumns(log.Customers, log.Dates, new double[log.Customers.Length], 8);
            var start = new LocalDate(2024, log.Month, 1);
            var window = new DateInterval(start, start.PlusMonths(1).PlusDays(-1));
            HashSet<int> current = BuyersIn(log.Customers, log.Dates, window.Start, window.End);
            var starts = new[]
            {
                BuyersIn(log.Customers, log.Dates, start.PlusMonths(-1), start.PlusDays(-1)),          // the month before
                BuyersIn(log.Customers, log.Dates, LocalDate.MinIsoValue, start.PlusDays(-1)),         // ever before
                BuyersIn(log.Customers, log.Dates, start.PlusDays(-45), start.PlusDays(-1)),           // 45 days back
            };
            double[] churn =
            [
                CrmKpi.Retention.ChurnRate(columns, window, ChurnDenominator.CustomersAtStart),
                CrmKpi.Retention.ChurnRate(columns, window, ChurnDenominator.CustomersAtStart, CustomersAtStartBasis.EverBoughtBefore),
                CrmKpi.Retention.ChurnRate(columns, window, ChurnDenominator.CustomersAtStart, CustomersAtStartBasis.LookBack, Period.FromDays(45)),
            ];
            double[] crr =
            [
                CrmKpi.Retention.Crr(columns, window),
                CrmKpi.Retention.Crr(columns, window, CustomersAtStartBasis.EverBoughtBefore),
                CrmKpi.Retention.Crr(columns, window, CustomersAtStartBasis.LookBack, Period.FromDays(45)),
            ];
            bool ok = true;
            for (int b = 0; b < 3; b++)
            {
                double lost = starts[b].Count(c => !current.Contains(c)), kept = starts[b].Count(current.Contains), n = starts[b].Count;
                ok &= n == 0 ? double.IsNaN(churn[b]) && double.IsNaN(crr[b]) : churn[b] == lost / n && crr[b] == kept / n;
            }

            return ok;
        });
}
