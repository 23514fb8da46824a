using System;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Golden values. A value with a source in its comment or name is that source's worked example, as the catalog
/// (docs/catalog/METRICS.md) quotes it: 000-004 are the catalog's Chinese CRM guides. Every other value is a hand calculation:
/// inputs chosen for the test and the result worked out by hand from the catalog's formula (the comment shows the arithmetic).
/// </summary>
public partial class CustomerValueTests
{
    [Fact]
    public void AverageOrderValue_Totals_WorkedExample_Returns40() => Assert.Equal(40, CustomerValue.AverageOrderValue(12_000, 300));

    [Fact]
    public void AverageOrderValue_Span_MeanOfAmounts() => Assert.Equal(40, CustomerValue.AverageOrderValue([25.0, 40.0, 55.0]));

    [Fact]
    public void AverageOrderValue_EmptySpan_IsNaN() => Assert.Equal(double.NaN, CustomerValue.AverageOrderValue(ReadOnlySpan<double>.Empty));

    [Fact]
    public void ItemsPerTransaction_Totals_WorkedExample_Returns2Point5() => Assert.Equal(2.5, CustomerValue.ItemsPerTransaction(750, 300));

    // SmallLog items: 1 + 2 + 3 + 1 + 1 + 4 + 2 + 1 + 5 = 20 over 9 rows.
    [Fact]
    public void ItemsPerTransaction_Span_SmallLog() => Assert.Equal(20.0 / 9, CustomerValue.ItemsPerTransaction(SmallLog.Items));

    [Fact]
    public void PurchaseFrequency_Totals_WorkedExample_Returns2Point5() => Assert.Equal(2.5, CustomerValue.PurchaseFrequency(300, 120));

    // February 2024 in SmallLog: 5 rows (2, 3, 5, 7, 8) by customers {0, 2, 3}.
    [Fact]
    public void PurchaseFrequency_SmallLogFebruary_RowsPerDistinctCustomer() =>
        Assert.Equal(5.0 / 3, CustomerValue.PurchaseFrequency(SmallLog.Columns, SmallLog.February), 12);

    [Fact]
    public void NetProfit_Source002Example_Returns400() => Assert.Equal(400, CustomerValue.NetProfit(1_000, 600));   // 002: 1,000 - 600

    [Fact]
    public void NetProfit_Columns_ElementByElement()
    {
        double[] destination = new double[3];
        CustomerValue.NetProfit([1_000, 50, 0], [600, 80, 0], destination);
        Assert.Equal([400, -30, 0], destination);
    }

    [Fact]
    public void CategoryEngagement_Scalar_WorkedExample_ReturnsQuarter() => Assert.Equal(0.25, CustomerValue.CategoryEngagement(150, 600));

    // SmallLog with categories per row: 7 for rows 0, 3, 6; 1 otherwise.
    // c0: rows 0 (10, cat 7), 2 (30), 6 (70, cat 7): (10 + 70) / 110. c1: rows 1, 4: 0 / 25.
    // c2: rows 3 (40, cat 7), 5, 8: 40 / 125. c3: row 7: 0 / 15. c4: no spend: NaN.
    [Fact]
    public void CategoryEngagement_Columns_SharePerCustomer()
    {
        int[] categories = [7, 1, 1, 7, 1, 1, 7, 1, 1];
        double[] shares = CustomerValue.CategoryEngagement(SmallLog.Columns, categories, 7);
        Assert.Equal(80.0 / 110, shares[0], 15);
        Assert.Equal(0, shares[1]);
        Assert.Equal(40.0 / 125, shares[2], 15);
        Assert.Equal(0, shares[3]);
        Assert.Equal(double.NaN, shares[4]);
    }
}
