using System;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Retention on the CDNOW master log (69,659 purchases by the 23,570 customers who first bought in the first
/// quarter of 1997, followed to 30 June 1998), checked against an independent computation written here with
/// plain LINQ over the raw customer ids and dates, never against the library's own output. Counts are exact
/// integers, so they must match exactly; ratios of those counts match to the last bit.
/// </summary>
public class CdnowRetentionReferenceTests
{
    private sealed record Row(string Customer, LocalDate Date, double Amount);

    private static readonly Lazy<Row[]> Log = new(() => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "cdnow", "CDNOW_master.txt"))
        .Skip(1)
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Where(f => f.Length == 4)
        .Select(f => new Row(f[0], LocalDate.FromDateTime(DateTime.ParseExact(f[1], "yyyyMMdd", CultureInfo.InvariantCulture)), double.Parse(f[3], CultureInfo.InvariantCulture)))
        .ToArray());

    private static readonly DateInterval Range = new(new LocalDate(1997, 1, 1), new LocalDate(1998, 6, 30));

    private static (int[] Customers, LocalDate[] Dates, double[] Amounts, int Count) Columns()
    {
        var map = new CustomerIndexMap<string>(StringComparer.Ordinal);
        Row[] rows = Log.Value;
        int[] customers = rows.Select(r => map.GetOrAdd(r.Customer)).ToArray();
        return (customers, rows.Select(r => r.Date).ToArray(), rows.Select(r => r.Amount).ToArray(), map.Count);
    }

    private static int MonthNumber(LocalDate d) => ((d.Year - 1997) * 12) + d.Month - 1;

    [Fact]
    public void MonthlyCohorts_Cdnow_EqualLinqGrouping()
    {
        (int[] customers, LocalDate[] dates, double[] amounts, int count) = Columns();
        CohortTable table = Retention.Cohorts(new TransactionColumns(customers, dates, amounts, count), Range, PeriodUnit.Month);

        // Independent: first month per customer id, then distinct (customer, month) pairs by cohort and offset.
        var firstMonth = Log.Value.GroupBy(r => r.Customer).ToDictionary(g => g.Key, g => MonthNumber(g.Min(r => r.Date)));
        var cells = Log.Value
            .Select(r => (r.Customer, Month: MonthNumber(r.Date)))
            .Distinct()
            .GroupBy(x => (Cohort: firstMonth[x.Customer], After: x.Month - firstMonth[x.Customer]))
            .ToDictionary(g => g.Key, g => (long)g.Count());

        Assert.Equal(18, table.CohortCount);
        Assert.Equal(23_570, table.TotalCustomers);   // the data set's documented customer count
        for (int q = 0; q < 18; q++)
        {
            Assert.Equal(firstMonth.Values.Count(m => m == q), table.Size(q));
            for (int k = 0; k < 18 - q; k++)
            {
                Assert.Equal((cells.TryGetValue((q, k), out long n) ? n : 0), table.Active(q, k));
            }
        }

        // The data set holds only customers acquired in January to March 1997.
        Assert.All(Enumerable.Range(3, 15), q => Assert.Equal(0, table.Size(q)));
        Assert.Equal((double)cells[(0, 1)] / firstMonth.Values.Count(m => m == 0), table.Share(0, 1));
    }

    [Fact]
    public void YearOverYearRetention_Cdnow1997To1998_EqualsLinqSets()
    {
        (int[] customers, LocalDate[] dates, double[] amounts, int count) = Columns();
        var tx = new TransactionColumns(customers, dates, amounts, count);

        var buyers1997 = Log.Value.Where(r => r.Date.Year == 1997).Select(r => r.Customer).ToHashSet();
        var buyers1998 = Log.Value.Where(r => r.Date.Year == 1998).Select(r => r.Customer).ToHashSet();
        long both = buyers1997.Count(buyers1998.Contains);

        Assert.Equal(23_570, buyers1997.Count);   // everyone first bought in 1997
        Assert.Equal((double)both / buyers1997.Count, Retention.YearOverYearRetention(tx, 1998));

        // Window 1998 with "first purchase before the window": nobody is new, so CRR = 1 - churn on real data.
        RetentionCounts counts = Retention.Classify(tx, new DateInterval(new LocalDate(1998, 1, 1), new LocalDate(1998, 12, 31)));
        Assert.Equal(new RetentionCounts(23_570, 0, both, 23_570 - both, 0, buyers1998.Count, counts.Repeat, 23_570), counts);
        long repeat1998 = Log.Value.Where(r => r.Date.Year == 1998).GroupBy(r => r.Customer).Count(g => g.Count() >= 2);
        Assert.Equal(repeat1998, counts.Repeat);
        Assert.Equal(1 - Retention.ChurnRate(counts, ChurnDenominator.CustomersAtStart), Retention.Crr(counts), 15);
    }
}
