using CrmKpi.Data.Warehouse;
using Xunit;

namespace CrmKpi.Data.Tests;

/// <summary>The warehouse route's oracle: the in-memory <see cref="Rfm.Values(TransactionColumns, NodaTime.DateInterval, NodaTime.LocalDate, RfmMonetary)"/> on the same rows.</summary>
internal static class WarehouseAssert
{
    /// <summary>
    /// Every customer with a purchase in the window, and only those, comes back with the in-memory values;
    /// at least <paramref name="minimumPurchasing"/> of them, so the data really exercises the route.
    /// </summary>
    public static void SameAsInMemory(TransactionLog log, RfmValues[] expected, WarehouseRfmResult result, int minimumPurchasing)
    {
        int purchasing = 0;
        foreach (RfmValues v in expected)
        {
            purchasing += v.HasPurchase ? 1 : 0;
        }

        Assert.True(purchasing >= minimumPurchasing, $"the generated table should give at least {minimumPurchasing} customers a purchase in the window ({purchasing})");
        Assert.Equal(purchasing, result.Customers.Count);
        for (int i = 0; i < result.Customers.Count; i++)
        {
            Assert.True(log.Customers.TryGetIndex(result.Customers[i], out int c), result.Customers[i]);
            Assert.Equal(expected[c].RecencyDays, result.Values[i].RecencyDays);
            Assert.Equal(expected[c].Frequency, result.Values[i].Frequency);
            Assert.Equal(expected[c].Monetary, result.Values[i].Monetary, 1e-9);
        }
    }
}
