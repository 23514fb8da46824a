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
}
