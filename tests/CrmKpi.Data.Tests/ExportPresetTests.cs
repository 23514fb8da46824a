using System;
using System.IO;
using System.Linq;
using CrmKpi.Data;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

/// <summary>Each built-in preset reads its fixture (written from the vendor's column names) to the exact values in it.</summary>
public sealed class ExportPresetTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static TransactionLog Load(string file, ExportPreset preset) => TransactionCsv.Load(Fixture.Path(Path.Combine("presets", file)), preset);

    private static string[] Keys(TransactionLog log) => [.. log.CustomerIndexes.ToArray().Select(log.CustomerKey)];

    [Fact]
    public void SalesforceOpportunitiesReadsAccountCloseDateAmountWithUsDates()
    {
        TransactionLog log = Load("salesforce-opportunities.csv", Presets.SalesforceOpportunities);
        Assert.Equal(["Acme Corp", "Globex", "Acme Corp"], Keys(log));
        Assert.Equal([D(2024, 1, 31), D(2024, 12, 5), D(2025, 2, 1)], log.Dates.ToArray());
        Assert.Equal([12500.00, 1200.50, 300], log.Amounts.ToArray());
    }

    [Fact]
    public void SalesforceOrdersReadsOrderStartDateAndOrderAmount()
    {
        TransactionLog log = Load("salesforce-orders.csv", Presets.SalesforceOrders);
        Assert.Equal(["Acme Corp", "Initech"], Keys(log));
        Assert.Equal([D(2024, 3, 15), D(2024, 11, 2)], log.Dates.ToArray());
        Assert.Equal([999.99, 45], log.Amounts.ToArray());
    }

    [Fact]
    public void HubSpotDealsReadsCloseDateWithOrWithoutTime()
    {
        TransactionLog log = Load("hubspot-deals.csv", Presets.HubSpotDeals);
        Assert.Equal(["Acme Corp", "Hooli"], Keys(log));
        Assert.Equal([D(2024, 5, 6), D(2024, 5, 7)], log.Dates.ToArray());
        Assert.Equal([5000, 250.5], log.Amounts.ToArray());
    }

    [Fact]
    public void ZohoDealsReadsClosingDate()
    {
        TransactionLog log = Load("zoho-deals.csv", Presets.ZohoDeals);
        Assert.Equal(["Acme Corp", "Acme Corp"], Keys(log));
        Assert.Equal([D(2024, 3, 29), D(2024, 6, 30)], log.Dates.ToArray());
        Assert.Equal([7800, 1200.75], log.Amounts.ToArray());
        Assert.Equal(1, log.CustomerCount);
    }

    [Fact]
    public void ZohoSalesOrdersReadsCreatedTimeAndGrandTotal()
    {
        TransactionLog log = Load("zoho-sales-orders.csv", Presets.ZohoSalesOrders);
        Assert.Equal(["Initech", "Globex"], Keys(log));
        Assert.Equal([D(2024, 2, 10), D(2024, 2, 11)], log.Dates.ToArray());
        Assert.Equal([640.00, 80.5], log.Amounts.ToArray());
    }

    [Fact]
    public void FxiaokeSalesOrdersReadsChineseHeadersAndZhCnNumbers()
    {
        TransactionLog log = Load("fxiaoke-sales-orders.csv", Presets.FxiaokeSalesOrders);
        Assert.Equal(["上海某某贸易有限公司", "北京某某科技有限公司"], Keys(log));
        Assert.Equal([D(2024, 1, 8), D(2024, 1, 9)], log.Dates.ToArray());
        Assert.Equal([12800.00, 560.5], log.Amounts.ToArray());
    }

    [Fact]
    public void ShopifyOrdersDatesTheOrderAsWrittenInTheStoreZone()
    {
        TransactionLog log = Load("shopify-orders.csv", Presets.ShopifyOrders);
        Assert.Equal(["ann@example.com", "bob@example.com"], Keys(log));
        // 23:05 at -05:00 is 1 February in UTC; the export's own date is the store's, 31 January.
        Assert.Equal([D(2024, 1, 31), D(2024, 2, 1)], log.Dates.ToArray());
        Assert.Equal([100.00, 25.50], log.Amounts.ToArray());
        Assert.False(log.HasItemCounts);
    }

    [Fact]
    public void GoogleAnalyticsPurchasesReadsTheFlattenedBigQueryColumns()
    {
        TransactionLog log = Load("ga4-purchases.csv", Presets.GoogleAnalyticsPurchases);
        Assert.Equal(["1234567890.1705312800", "987654321.1705399200"], Keys(log));
        Assert.Equal([D(2024, 1, 15), D(2024, 1, 16)], log.Dates.ToArray());
        Assert.Equal([49.99, 120], log.Amounts.ToArray());
    }

    [Fact]
    public void AHeaderThatDoesNotFitListsEveryMissingColumnAndTheHeader()
    {
        CsvDataException e = Assert.Throws<CsvDataException>(() => Load("salesforce-wrong-header.csv", Presets.SalesforceOpportunities));
        Assert.Equal(1, e.Line);
        Assert.Contains("preset 'salesforce-opportunities'", e.Message, StringComparison.Ordinal);
        Assert.Contains("missing 'Account Name' (customer), 'Amount' (amount);", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'Close Date' (date)", e.Message, StringComparison.Ordinal);
        Assert.Contains("the file has 'Account', 'Close Date', 'Opportunity Name'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AUserPresetFileReadsItsExport()
    {
        ExportPreset preset = Assert.Single(Presets.Load(Fixture.Path(Path.Combine("presets", "my-preset.json"))));
        Assert.Equal("my-shop", preset.Name);
        Assert.Equal(["Kunde", "Datum", "Betrag"], preset.Columns);
        TransactionLog log = Load("my-shop.csv", preset);
        Assert.Equal(["K1", "K2"], Keys(log));
        Assert.Equal([D(2024, 1, 5), D(2024, 1, 6)], log.Dates.ToArray());
        Assert.Equal([1234.50, 20.25], log.Amounts.ToArray());
    }

    [Theory]
    [InlineData("""{"name":"x","customer":"c","date":"d"}""", "no 'amount'")]
    [InlineData("""{"name":"x","customer":"c","date":"d","amount":"a","dateFromat":"yyyy"}""", "unknown property 'dateFromat'")]
    [InlineData("""{"name":"x","customer":"c","date":"d","amount":"a","timeZone":"Mars/Base"}""", "'Mars/Base' is not a tzdb time zone id")]
    [InlineData("""{"name":"x","customer":"c","date":"d","amount":"a","culture":"xx-NOPE"}""", "'xx-NOPE' is not a known culture")]
    [InlineData("""{"name":"x y","customer":"c","date":"d","amount":"a"}""", "'x y' must be letters, digits and hyphens")]
    [InlineData("""{"name":"x","customer":"c","date":"d","amount":"a","separator":";;"}""", "'separator' must be one character")]
    [InlineData("""{"name":"x",""", "not valid JSON")]
    [InlineData("[]", "defines no preset")]
    public void ABadPresetFileIsAnErrorThatSaysWhat(string json, string expected)
    {
        FormatException e = Assert.Throws<FormatException>(() => Presets.Parse(json, "my.json"));
        Assert.StartsWith("my.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindIgnoresCaseAndListsTheNamesWhenThereIsNone()
    {
        Assert.Same(Presets.ShopifyOrders, Presets.Find("Shopify-Orders"));
        ArgumentException e = Assert.Throws<ArgumentException>(() => Presets.Find("shopify"));
        Assert.Contains("shopify-orders, ga4-purchases", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBuiltInPresetHasValidOptionsAndAUniqueName()
    {
        Assert.Equal(Presets.All.Count, Presets.All.Select(p => p.Name).Distinct().Count());
        Assert.All(Presets.All, p => Assert.Equal(p.Name, p.ToOptions().PresetName));
    }
}
