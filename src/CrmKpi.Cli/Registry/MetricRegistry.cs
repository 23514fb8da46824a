using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmKpi.Cli.Registry;

/// <summary>
/// The explicit map from catalog ids and member names to library calls: one entry per overload a
/// spec can select, with the inputs that select it. Scalar input names are the library's parameter
/// names (a test checks them by reflection); CSV columns use the logical names customer, date,
/// amount, items, category.
/// </summary>
internal static partial class MetricRegistry
{
    private static readonly InputSpec[] TransactionLog = [TextColumn("customer"), DateColumn("date"), NumberColumn("amount"), CountColumn("items", optional: true)];

    private static readonly InputSpec[] Window = [Date("windowStart"), Date("windowEnd")];

    /// <summary>Every entry, in catalog order.</summary>
    public static IReadOnlyList<MetricEntry> Entries { get; } = 
    [
        .. AcquisitionEntries(), .. CustomerValueEntries(), .. LifetimeEntries(), .. ProbabilisticEntries(), .. ProbabilisticPart2Entries(), .. RetentionEntries(), .. SatisfactionEntries(),
        .. CallCenterEntries(), .. StaffingEntries(), .. SalesEntries(), .. MarketingEntries(), .. AdvertisingEntries(), .. DataQualityEntries(),
    ];

    /// <summary>
    /// The entries of a metric given by catalog id (<c>A1</c>); a case given by id uses the first
    /// entry, in catalog order, whose inputs match (by member name it selects among that member's overloads).
    /// Also by member name (<c>Acquisition.Cac</c>, or <c>Cac</c> when unique); empty when unknown.</summary>
    public static IReadOnlyList<MetricEntry> Find(string metric)
    {
        MetricEntry[] byId = [.. Entries.Where(e => string.Equals(e.Id, metric, StringComparison.OrdinalIgnoreCase))];
        if (byId.Length > 0)
        {
            return byId;
        }

        MetricEntry[] byMember = [.. Entries.Where(e => string.Equals(e.Member, metric, StringComparison.Ordinal))];
        if (byMember.Length > 0)
        {
            return byMember;
        }

        MetricEntry[] byShortName = [.. Entries.Where(e => string.Equals(e.Member[(e.Member.IndexOf('.', StringComparison.Ordinal) + 1)..], metric, StringComparison.Ordinal))];
        return byShortName.Select(e => e.Member).Distinct().Count() == 1 ? byShortName : [];
    }

    private static IEnumerable<MetricEntry> AcquisitionEntries() =>
    [
        Scalar("A1", "Acquisition.Cac", [Number("spend"), Count("newCustomers")], a => Acquisition.Cac(a.Number("spend"), a.Count("newCustomers"))),
        Scalar("A1", "Acquisition.Cac", [Number("marketingSpend"), Number("salesSpend"), Count("newCustomers")],
            a => Acquisition.Cac(a.Number("marketingSpend"), a.Number("salesSpend"), a.Count("newCustomers"))),
        Scalar("A2", "Acquisition.CacPaybackMonths", [Number("cac"), Number("monthlyRevenuePerCustomer"), Number("grossMargin")],
            a => Acquisition.CacPaybackMonths(a.Number("cac"), a.Number("monthlyRevenuePerCustomer"), a.Number("grossMargin"))),
        Scalar("A3", "Acquisition.ClvToCac", [Number("clv"), Number("cac")], a => Acquisition.ClvToCac(a.Number("clv"), a.Number("cac"))),
        Scalar("A4", "Acquisition.Arpu", [Number("revenue"), Count("customers")], a => Acquisition.Arpu(a.Number("revenue"), a.Count("customers"))),
        Scalar("A4", "Acquisition.Arpu", [.. TransactionLog, .. Window], a => Acquisition.Arpu(a.Transactions(), a.Window())),
        Scalar("A9", "Acquisition.NewCustomers", [.. TransactionLog, .. Window], a => Acquisition.NewCustomers(a.Transactions(), a.Window())),
        Scalar("A9", "Acquisition.NewCustomers", [DateColumn("firstPurchaseDate"), .. Window], a => Acquisition.NewCustomers(a.Dates("firstPurchaseDate"), a.Window())),
        Scalar("A10", "Acquisition.NewCustomerPenetration", [Count("recruitedByLine"), Count("totalNewCustomers")],
            a => Acquisition.NewCustomerPenetration(a.Count("recruitedByLine"), a.Count("totalNewCustomers"))),
    ];

    private static IEnumerable<MetricEntry> CustomerValueEntries() =>
    [
        Scalar("A5", "CustomerValue.AverageOrderValue", [Number("salesAmount"), Count("transactions")],
            a => CustomerValue.AverageOrderValue(a.Number("salesAmount"), a.Count("transactions"))),
        Scalar("A5", "CustomerValue.AverageOrderValue", [NumberColumn("amount")], a => CustomerValue.AverageOrderValue(a.Numbers("amount"))),
        Scalar("A6", "CustomerValue.ItemsPerTransaction", [Count("items"), Count("transactions")],
            a => CustomerValue.ItemsPerTransaction(a.Count("items"), a.Count("transactions"))),
        Scalar("A6", "CustomerValue.ItemsPerTransaction", [CountColumn("items")], a => CustomerValue.ItemsPerTransaction(a.Counts("items"))),
        Scalar("A7", "CustomerValue.PurchaseFrequency", [Count("transactions"), Count("customers")],
            a => CustomerValue.PurchaseFrequency(a.Count("transactions"), a.Count("customers"))),
        Scalar("A7", "CustomerValue.PurchaseFrequency", [.. TransactionLog, .. Window], a => CustomerValue.PurchaseFrequency(a.Transactions(), a.Window())),
        Scalar("A8", "CustomerValue.NetProfit", [Number("revenue"), Number("costs")], a => CustomerValue.NetProfit(a.Number("revenue"), a.Number("costs"))),
        Vector("A8", "CustomerValue.NetProfit", [NumberColumn("revenue"), NumberColumn("costs")], ResultShape.PerRow, a =>
        {
            double[] revenues = a.Numbers("revenue");
            double[] destination = new double[revenues.Length];
            CustomerValue.NetProfit(revenues, a.Numbers("costs"), destination);
            return destination;
        }),
        Scalar("A11", "CustomerValue.CategoryEngagement", [Number("categorySpend"), Number("totalSpend")],
            a => CustomerValue.CategoryEngagement(a.Number("categorySpend"), a.Number("totalSpend"))),
        Vector("A11", "CustomerValue.CategoryEngagement", [.. TransactionLog, TextColumn("category"), Text("category")], ResultShape.PerCustomer, a =>
        {
            (int[] codes, CustomerIndexMap<string> map) = a.Codes("category");
            int category = map.TryGetIndex(a.Text("category"), out int code) ? code : -1;   // a label not in the file matches no row
            return CustomerValue.CategoryEngagement(a.Transactions(), codes, category);
        }),
    ];

    private static IEnumerable<MetricEntry> LifetimeEntries() =>
    [
        Scalar("V1", "Lifetime.HistoricalClv", [Number("purchases"), Number("acquisitionCost"), Number("serviceCost")],
            a => Lifetime.HistoricalClv(a.Number("purchases"), a.Number("acquisitionCost"), a.Number("serviceCost"))),
        Vector("V1", "Lifetime.HistoricalClv", TransactionLog, ResultShape.PerCustomer, a => Lifetime.HistoricalClv(a.Transactions())),
        Scalar("V2", "Lifetime.SimpleClv", [Number("averagePurchaseValue"), Number("purchasesPerPeriod"), Number("lifespanPeriods")],
            a => Lifetime.SimpleClv(a.Number("averagePurchaseValue"), a.Number("purchasesPerPeriod"), a.Number("lifespanPeriods"))),
        Scalar("V3", "Lifetime.MarginClv", [Number("averageTransaction"), Number("purchaseFrequency"), Number("lifespanPeriods"), Number("profitMargin")],
            a => Lifetime.MarginClv(a.Number("averageTransaction"), a.Number("purchaseFrequency"), a.Number("lifespanPeriods"), a.Number("profitMargin"))),
        Scalar("V4", "Lifetime.RetentionDiscountClv", [Number("marginPerPeriod"), Number("retentionRate"), Number("discountRate")],
            a => Lifetime.RetentionDiscountClv(a.Number("marginPerPeriod"), a.Number("retentionRate"), a.Number("discountRate"))),
        Scalar("V4", "Lifetime.RetentionDiscountClv", [Number("marginPerPeriod"), Number("retentionRate"), Number("discountRate"), Count("periods")],
            a => Lifetime.RetentionDiscountClv(a.Number("marginPerPeriod"), a.Number("retentionRate"), a.Number("discountRate"), a.Int("periods"))),
        Scalar("V5", "Lifetime.ExpectedLifespan", [Number("churnRate")], a => Lifetime.ExpectedLifespan(a.Number("churnRate"))),
    ];

    private static MetricEntry Scalar(string id, string member, InputSpec[] inputs, Func<MetricArguments, double> compute) =>
        new(id, member, inputs, ResultShape.Scalar, a => [compute(a)]);

    private static MetricEntry Vector(string id, string member, InputSpec[] inputs, ResultShape shape, Func<MetricArguments, double[]> compute) =>
        new(id, member, inputs, shape, compute);

    private static InputSpec Number(string name) => new(name, InputKind.Number);

    private static InputSpec Count(string name) => new(name, InputKind.Count);

    private static InputSpec Date(string name) => new(name, InputKind.Date);

    private static InputSpec Text(string name) => new(name, InputKind.Text);

    /// <summary>A variant: a label that must name a member of <typeparamref name="TEnum"/> (read with <see cref="MetricArguments.Choice{TEnum}"/>).</summary>
    private static InputSpec Choice<TEnum>(string name)
        where TEnum : struct, Enum => new(name, InputKind.Text, Choices: Enum.GetNames<TEnum>());

    private static InputSpec NumberColumn(string name) => new(name, InputKind.NumberColumn);

    private static InputSpec CountColumn(string name, bool optional = false) => new(name, InputKind.CountColumn, optional);

    private static InputSpec DateColumn(string name) => new(name, InputKind.DateColumn);

    private static InputSpec FlagColumn(string name, bool optional = false) => new(name, InputKind.FlagColumn, optional);

    private static InputSpec Optional(InputSpec input) => input with { Optional = true };

    private static InputSpec TextColumn(string name) => new(name, InputKind.TextColumn);

    /// <summary>A column of variants: labels that must name members of <typeparamref name="TEnum"/> (read with <see cref="MetricArguments.Choices{TEnum}"/>).</summary>
    private static InputSpec ChoiceColumn<TEnum>(string name)
        where TEnum : struct, Enum => new(name, InputKind.TextColumn, Choices: Enum.GetNames<TEnum>());
}
