using System;
using System.Linq;
using CrmKpi.Internal;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public class WindowTotalsTests
{
    // Every length 0..300 (vector blocks of 8 plus every remainder), sliced out of larger columns
    // whose outer elements are poison, against a LINQ derivation.
    [Fact]
    public void Compute_EveryLengthTo300_MatchesLinq()
    {
        var random = new Random(5);
        var window = new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 8, 31));
        const int customers = 70;   // not a multiple of 64: the last bit-set word is partial
        for (int length = 0; length <= 300; length++)
        {
            int[] idx = Poisoned(length, int.MinValue);
            LocalDate[] dates = Poisoned(length, new LocalDate(2024, 5, 5));
            double[] amounts = Poisoned(length, double.NaN);
            for (int i = 8; i < 8 + length; i++)
            {
                idx[i] = random.Next(customers);
                dates[i] = new LocalDate(2024, 1, 1).PlusDays(random.Next(366));
                amounts[i] = random.Next(0, 100_000) / 100.0;
            }

            var tx = new TransactionColumns(idx.AsSpan(8, length), dates.AsSpan(8, length), amounts.AsSpan(8, length), customers);
            WindowTotals totals = WindowTotals.Compute(tx, window);

            int[] rows = Enumerable.Range(8, length).Where(i => window.Contains(dates[i])).ToArray();
            Assert.Equal(rows.Length, totals.Rows);
            Assert.Equal(rows.Select(i => idx[i]).Distinct().Count(), totals.DistinctCustomers);
            Approx.Equal((double)rows.Sum(i => (decimal)amounts[i]), totals.Amount, Tolerances.AccurateSumRelative);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(13)]
    [InlineData(40)]
    public void Compute_BadIndexInVectorBlockOrRemainder_NamesTheRow(int badRow)
    {
        int[] idx = new int[41];
        idx[badRow] = 64;   // inside the bit set's last word, but not a customer
        LocalDate[] dates = Enumerable.Repeat(new LocalDate(2024, 5, 1), 41).ToArray();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WindowTotals.Compute(new TransactionColumns(idx, dates, new double[41], 64), SmallLog.February));
        Assert.Equal("customerIndexes", e.ParamName);
        Assert.Contains($"customerIndexes[{badRow}]", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, double.NaN)]
    [InlineData(17, double.PositiveInfinity)]
    [InlineData(40, double.NegativeInfinity)]
    public void Compute_NonFiniteAmountAnywhere_NamesTheRow(int badRow, double bad)
    {
        double[] amounts = new double[41];
        amounts[badRow] = bad;
        LocalDate[] dates = Enumerable.Repeat(new LocalDate(2020, 5, 1), 41).ToArray();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WindowTotals.Compute(new TransactionColumns(new int[41], dates, amounts, 1), SmallLog.February));
        Assert.Equal("amounts", e.ParamName);
        Assert.Contains($"amounts[{badRow}]", e.Message, StringComparison.Ordinal);
    }

    private static T[] Poisoned<T>(int length, T poison)
    {
        T[] array = new T[length + 16];
        array.AsSpan().Fill(poison);
        return array;
    }
}
