using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>The README's example, line for line, with the values its comments promise.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_ProducesTheCommentedValues()
    {
        double cac = Acquisition.Cac(spend: 100_000, newCustomers: 200);
        double clv = Lifetime.SimpleClv(averagePurchaseValue: 100, purchasesPerPeriod: 2, lifespanPeriods: 5);
        double ratio = Acquisition.ClvToCac(clv, cac);
        double aov = CustomerValue.AverageOrderValue([25.0, 40.0, 55.0]);
        var tx = new TransactionColumns([0, 1, 0], [new LocalDate(2024, 2, 3), new(2024, 2, 9), new(2024, 3, 1)], [30.0, 20.0, 70.0], customerCount: 2);
        double arpu = Acquisition.Arpu(tx, new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)));

        Assert.Equal(500, cac);
        Assert.Equal(1_000, clv);
        Assert.Equal(2, ratio);
        Assert.Equal(40, aov);
        Assert.Equal(25, arpu);   // February: 30 + 20 from customers 0 and 1
    }

    [Fact]
    public void ReadmeLibrarySection_ProducesTheCommentedValues()
    {
        double cac = Acquisition.Cac(spend: 100_000, newCustomers: 200);
        double nps = Satisfaction.Nps(promoters: 70, passives: 20, detractors: 10).Score;
        var map = new CustomerIndexMap<string>(StringComparer.Ordinal);
        int[] customers = map.Map(["alice", "bob", "alice"]);
        LocalDate[] dates = [new(2024, 2, 1), new(2024, 2, 3), new(2024, 2, 20)];
        double[] amounts = [30, 40, 60];
        var log = new TransactionColumns(customers, dates, amounts, map.Count);
        var february = new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29));
        double arpu = Acquisition.Arpu(log, february);

        Assert.Equal(500, cac);
        Assert.Equal(60, nps, 12);
        Assert.Equal(65, arpu);   // (30 + 40 + 60) / 2 customers
    }
}
