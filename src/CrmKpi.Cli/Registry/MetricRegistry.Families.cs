using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NodaTime;

namespace CrmKpi.Cli.Registry;

/// <summary>
/// The entries of the retention (R1-R11), sales (P1-P11), marketing and RFM (M1-M8), advertising
/// (D1-D5), data quality (Q1-Q2) and probabilistic CLV (V6) families. Results that are a record of
/// several numbers (<see cref="RetentionCounts"/>, <see cref="RevenueMovement"/>, <see cref="SalesTotals"/>,
/// <see cref="SalesCycleSummary"/>, fitted parameters) are <see cref="ResultShape.List"/>s in the
/// order of the record's members (docs/verify.md lists them).
/// </summary>
internal static partial class MetricRegistry
{
    private static IEnumerable<MetricEntry> RetentionEntries() =>
    [
        Scalar("R1", "Retention.ChurnRate", [Count("lost"), Count("customersAtStart")], a => Retention.ChurnRate(a.Count("lost"), a.Count("customersAtStart"))),
        Scalar("R1", "Retention.ChurnRate", [Count("lost"), Count("customersAtStart"), Count("totalCustomers"), Choice<ChurnDenominator>("denominator")],
            a => Retention.ChurnRate(a.Count("lost"), a.Count("customersAtStart"), a.Count("totalCustomers"), a.Choice<ChurnDenominator>("denominator"))),
        Scalar("R1", "Retention.ChurnRate", [.. TransactionLog, .. Window, Choice<ChurnDenominator>("denominator")],
            a => Retention.ChurnRate(a.Transactions(), a.Window(), a.Choice<ChurnDenominator>("denominator"))),
        Scalar("R1", "Retention.ChurnRate", [.. TransactionLog, .. Window, Choice<ChurnDenominator>("denominator"), Choice<CustomersAtStartBasis>("basis")],
            a => Retention.ChurnRate(a.Transactions(), a.Window(), a.Choice<ChurnDenominator>("denominator"), a.Choice<CustomersAtStartBasis>("basis"))),
        Scalar("R1", "Retention.ChurnRate", [.. TransactionLog, .. Window, Choice<ChurnDenominator>("denominator"), Choice<CustomersAtStartBasis>("basis"), Count("lookBackDays")],
            a => Retention.ChurnRate(a.Transactions(), a.Window(), a.Choice<ChurnDenominator>("denominator"), a.Choice<CustomersAtStartBasis>("basis"), Period.FromDays(a.Int("lookBackDays")))),
        Vector("R1", "Retention.Classify", [.. TransactionLog, .. Window], ResultShape.List, a => Counts(Retention.Classify(a.Transactions(), a.Window()))),
        Vector("R1", "Retention.Classify", [.. TransactionLog, .. Window, Choice<CustomersAtStartBasis>("basis")], ResultShape.List,
            a => Counts(Retention.Classify(a.Transactions(), a.Window(), a.Choice<CustomersAtStartBasis>("basis")))),
        Vector("R1", "Retention.Classify", [.. TransactionLog, .. Window, Choice<CustomersAtStartBasis>("basis"), Count("lookBackDays")], ResultShape.List,
            a => Counts(Retention.Classify(a.Transactions(), a.Window(), a.Choice<CustomersAtStartBasis>("basis"), Period.FromDays(a.Int("lookBackDays"))))),
        Vector("R1", "Retention.Classify", [.. TransactionLog, .. Window, .. WindowNamed("baseWindow")], ResultShape.List,
            a => Counts(Retention.Classify(a.Transactions(), a.Window(), a.Window("baseWindow")))),
        Scalar("R2", "Retention.Crr", [Count("customersAtEnd"), Count("newCustomers"), Count("customersAtStart")],
            a => Retention.Crr(a.Count("customersAtEnd"), a.Count("newCustomers"), a.Count("customersAtStart"))),
        Scalar("R2", "Retention.Crr", [.. TransactionLog, .. Window], a => Retention.Crr(a.Transactions(), a.Window())),
        Scalar("R2", "Retention.Crr", [.. TransactionLog, .. Window, Choice<CustomersAtStartBasis>("basis")], a => Retention.Crr(a.Transactions(), a.Window(), a.Choice<CustomersAtStartBasis>("basis"))),
        Scalar("R2", "Retention.Crr", [.. TransactionLog, .. Window, Choice<CustomersAtStartBasis>("basis"), Count("lookBackDays")],
            a => Retention.Crr(a.Transactions(), a.Window(), a.Choice<CustomersAtStartBasis>("basis"), Period.FromDays(a.Int("lookBackDays")))),
        Scalar("R3", "Retention.RenewalRate", [Count("renewed"), Count("upForRenewal")], a => Retention.RenewalRate(a.Count("renewed"), a.Count("upForRenewal"))),
        Scalar("R3", "Retention.RenewalRate", [Count("renewed"), Count("upForRenewal"), Count("totalUsers"), Choice<RenewalDenominator>("denominator")],
            a => Retention.RenewalRate(a.Count("renewed"), a.Count("upForRenewal"), a.Count("totalUsers"), a.Choice<RenewalDenominator>("denominator"))),
        Scalar("R3", "Retention.RenewalRate", [DateColumn("renewalDueDates"), FlagColumn("renewed"), .. Window],
            a => Retention.RenewalRate(a.Dates("renewalDueDates"), a.Flags("renewed"), a.Window())),
        Scalar("R4", "Retention.YearOverYearRetention", [Count("boughtInBoth"), Count("boughtInPrevious")],
            a => Retention.YearOverYearRetention(a.Count("boughtInBoth"), a.Count("boughtInPrevious"))),
        Scalar("R4", "Retention.YearOverYearRetention", [.. TransactionLog, .. WindowNamed("current"), .. WindowNamed("previous")],
            a => Retention.YearOverYearRetention(a.Transactions(), a.Window("current"), a.Window("previous"))),
        Scalar("R4", "Retention.YearOverYearRetention", [.. TransactionLog, Count("year")], a => Retention.YearOverYearRetention(a.Transactions(), a.Int("year"))),
        Scalar("R5", "Retention.RepurchaseRate", [Count("repeatCustomers"), Count("activeCustomers")],
            a => Retention.RepurchaseRate(a.Count("repeatCustomers"), a.Count("activeCustomers"))),
        Scalar("R5", "Retention.RepurchaseRate", [.. TransactionLog, .. Window], a => Retention.RepurchaseRate(a.Transactions(), a.Window())),
        Scalar("R6", "Retention.RetentionCost", [Number("retentionSpend"), Count("retainedCustomers")],
            a => Retention.RetentionCost(a.Number("retentionSpend"), a.Count("retainedCustomers"))),
        Scalar("R6", "Retention.RetentionCost", [.. TransactionLog, .. Window, Number("retentionSpend")],
            a => Retention.RetentionCost(a.Transactions(), a.Window(), a.Number("retentionSpend"))),
        Scalar("R8", "Retention.GrossRevenueRetention", [Number("startRevenue"), Number("contraction"), Number("churned")],
            a => Retention.GrossRevenueRetention(a.Number("startRevenue"), a.Number("contraction"), a.Number("churned"))),
        Scalar("R8", "Retention.GrossRevenueRetention", [NumberColumn("startRevenue"), NumberColumn("endRevenue")],
            a => Retention.GrossRevenueRetention(Retention.DecomposeRevenue(a.Numbers("startRevenue"), a.Numbers("endRevenue")))),
        Scalar("R8", "Retention.GrossRevenueRetention", [.. TransactionLog, .. WindowNamed("startWindow"), .. WindowNamed("endWindow")],
            a => Retention.GrossRevenueRetention(Retention.DecomposeRevenue(a.Transactions(), a.Window("startWindow"), a.Window("endWindow")))),
        Scalar("R8", "Retention.NetRevenueRetention", [Number("startRevenue"), Number("expansion"), Number("contraction"), Number("churned")],
            a => Retention.NetRevenueRetention(a.Number("startRevenue"), a.Number("expansion"), a.Number("contraction"), a.Number("churned"))),
        Scalar("R8", "Retention.NetRevenueRetention", [NumberColumn("startRevenue"), NumberColumn("endRevenue")],
            a => Retention.NetRevenueRetention(Retention.DecomposeRevenue(a.Numbers("startRevenue"), a.Numbers("endRevenue")))),
        Scalar("R8", "Retention.NetRevenueRetention", [.. TransactionLog, .. WindowNamed("startWindow"), .. WindowNamed("endWindow")],
            a => Retention.NetRevenueRetention(Retention.DecomposeRevenue(a.Transactions(), a.Window("startWindow"), a.Window("endWindow")))),
        Vector("R8", "Retention.DecomposeRevenue", [NumberColumn("startRevenue"), NumberColumn("endRevenue")], ResultShape.List,
            a => Movement(Retention.DecomposeRevenue(a.Numbers("startRevenue"), a.Numbers("endRevenue")))),
        Vector("R8", "Retention.DecomposeRevenue", [.. TransactionLog, .. WindowNamed("startWindow"), .. WindowNamed("endWindow")], ResultShape.List,
            a => Movement(Retention.DecomposeRevenue(a.Transactions(), a.Window("startWindow"), a.Window("endWindow")))),
        Scalar("R9", "Retention.LoyaltyIndex", [Number("satisfaction"), Number("repurchaseRate"), Number("referralRate"), .. LoyaltyWeightInputs],
            a => Retention.LoyaltyIndex(a.Number("satisfaction"), a.Number("repurchaseRate"), a.Number("referralRate"), Weights(a))),
        Scalar("R9", "Retention.LoyaltyIndex", [.. TransactionLog, .. Window, Number("satisfaction"), Number("referralRate"), .. LoyaltyWeightInputs],
            a => Retention.LoyaltyIndex(a.Transactions(), a.Window(), a.Number("satisfaction"), a.Number("referralRate"), Weights(a))),
        Scalar("R10", "Retention.CustomerGrowthRate", [Count("customersAtEnd"), Count("customersAtStart")],
            a => Retention.CustomerGrowthRate(a.Count("customersAtEnd"), a.Count("customersAtStart"))),
        Scalar("R10", "Retention.CustomerGrowthRate", [.. TransactionLog, .. Window, Choice<CustomerGrowthBase>("basis")],
            a => Retention.CustomerGrowthRate(a.Transactions(), a.Window(), a.Choice<CustomerGrowthBase>("basis"))),
        Scalar("R11", "Retention.UnsubscribeRate", [Count("unsubscribes"), Count("subscribersAtStart")],
            a => Retention.UnsubscribeRate(a.Count("unsubscribes"), a.Count("subscribersAtStart"))),
    ];

    private static IEnumerable<MetricEntry> SalesEntries()
    {
        InputSpec[] deals = [DateColumn("firstContact"), DateColumn("closed")];
        return
        [
            Vector("P1", "Sales.SalesCycle", deals, ResultShape.List, a =>
            {
                SalesCycleSummary s = Sales.SalesCycle(a.Dates("firstContact"), a.Dates("closed"));
                return [s.Deals, s.MeanDays, s.MedianDays, s.MinDays, s.MaxDays];
            }),
            Scalar("P1", "Sales.SalesCyclePercentile", [.. deals, Number("probability")],
                a => Sales.SalesCyclePercentile(a.Dates("firstContact"), a.Dates("closed"), a.Number("probability"))),
            Vector("P1", "Sales.SalesCycleDays", deals, ResultShape.PerRow, a =>
            {
                LocalDate[] first = a.Dates("firstContact");
                int[] days = new int[first.Length];
                Sales.SalesCycleDays(first, a.Dates("closed"), days);
                return Array.ConvertAll(days, d => (double)d);
            }),
            Scalar("P2", "Sales.ConversionRate", [Count("converted"), Count("prospects")], a => Sales.ConversionRate(a.Count("converted"), a.Count("prospects"))),
            Scalar("P3", "Sales.CloseRate", [Count("closedDeals"), Count("leads")], a => Sales.CloseRate(a.Count("closedDeals"), a.Count("leads"))),
            Scalar("P4", "Sales.WinRate", [Count("won"), Count("lost"), Count("open"), Choice<OpportunityDenominator>("denominator")],
                a => Sales.WinRate(a.Count("won"), a.Count("lost"), a.Count("open"), a.Choice<OpportunityDenominator>("denominator"))),
            Scalar("P4", "Sales.WinRate", [ChoiceColumn<DealOutcome>("outcomes"), Choice<OpportunityDenominator>("denominator")],
                a => Sales.WinRate(a.Choices<DealOutcome>("outcomes"), a.Choice<OpportunityDenominator>("denominator"))),
            Scalar("P5", "Sales.FailureRate", [Count("won"), Count("lost"), Count("open"), Choice<OpportunityDenominator>("denominator")],
                a => Sales.FailureRate(a.Count("won"), a.Count("lost"), a.Count("open"), a.Choice<OpportunityDenominator>("denominator"))),
            Scalar("P5", "Sales.FailureRate", [ChoiceColumn<DealOutcome>("outcomes"), Choice<OpportunityDenominator>("denominator")],
                a => Sales.FailureRate(a.Choices<DealOutcome>("outcomes"), a.Choice<OpportunityDenominator>("denominator"))),
            Scalar("P6", "Sales.QuotaAttainment", [Number("actualSales"), Number("quota")], a => Sales.QuotaAttainment(a.Number("actualSales"), a.Number("quota"))),
            Scalar("P7", "Sales.SalesGrowthRate", [Number("currentSales"), Number("previousSales")],
                a => Sales.SalesGrowthRate(a.Number("currentSales"), a.Number("previousSales"))),
            Scalar("P7", "Sales.SalesGrowthRate", [.. TransactionLog, .. WindowNamed("current"), .. WindowNamed("previous")],
                a => Sales.SalesGrowthRate(a.Transactions(), a.Window("current"), a.Window("previous"))),
            Scalar("P8", "Sales.ExpectedWins", [NumberColumn("probabilities")], a => Sales.ExpectedWins(a.Numbers("probabilities"))),
            Scalar("P8", "Sales.WeightedPipeline", [NumberColumn("probabilities"), NumberColumn("amounts")],
                a => Sales.WeightedPipeline(a.Numbers("probabilities"), a.Numbers("amounts"))),
            Vector("P9", "Sales.Totals", [.. TransactionLog, .. Window], ResultShape.List, a =>
            {
                SalesTotals t = Sales.Totals(a.Transactions(), a.Window());
                return [t.NewCustomerAmount, t.NewCustomerCount, t.ExistingCustomerAmount, t.ExistingCustomerCount];
            }),
            Scalar("P10", "Sales.TrainingEffectiveness", [Number("salesAfter"), Number("salesBefore")],
                a => Sales.TrainingEffectiveness(a.Number("salesAfter"), a.Number("salesBefore"))),
            Scalar("P10", "Sales.TrainingEffectiveness", [DateColumn("date"), NumberColumn("amount"), .. WindowNamed("after"), .. WindowNamed("before")],
                a => Sales.TrainingEffectiveness(a.Dates("date"), a.Numbers("amount"), a.Window("after"), a.Window("before"))),
            Vector("P11", "Sales.SalesExpenses", [DateColumn("dates"), ChoiceColumn<SalesExpenseCategory>("categories"), NumberColumn("amounts"), .. Window], ResultShape.List, a =>
            {
                SalesExpenseTotals t = Sales.SalesExpenses(a.Dates("dates"), a.Choices<SalesExpenseCategory>("categories"), a.Numbers("amounts"), a.Window());
                return [t.Travel, t.Communication, t.Entertainment, t.InternalResources, t.ThirdParty, t.Total];
            }),
            Scalar("P11", "Sales.SalesExpenseRatio", [Number("salesExpense"), Number("salesRevenue")],
                a => Sales.SalesExpenseRatio(a.Number("salesExpense"), a.Number("salesRevenue"))),
        ];
    }

    private static IEnumerable<MetricEntry> MarketingEntries() =>
    [
        Scalar("M1", "Marketing.Participation", [Count("engaged"), Count("reached")], a => Marketing.Participation(a.Count("engaged"), a.Count("reached"))),
        Scalar("M2", "Marketing.ResponseRate", [Count("responders"), Count("contacted")], a => Marketing.ResponseRate(a.Count("responders"), a.Count("contacted"))),
        Scalar("M3", "Marketing.PromotionCostControlRate", [Number("actualSpend"), Number("plannedSpend")],
            a => Marketing.PromotionCostControlRate(a.Number("actualSpend"), a.Number("plannedSpend"))),
        Scalar("M4", "Marketing.CampaignRoi", [Number("attributableRevenue"), Number("campaignCost")],
            a => Marketing.CampaignRoi(a.Number("attributableRevenue"), a.Number("campaignCost"))),
        Scalar("M5", "Marketing.TransactionRate", [Count("purchasers"), Count("participants")], a => Marketing.TransactionRate(a.Count("purchasers"), a.Count("participants"))),
        Scalar("M6", "Marketing.AverageInteractionCost", [Number("totalCost"), Count("interactions")],
            a => Marketing.AverageInteractionCost(a.Number("totalCost"), a.Count("interactions"))),
        Vector("M6", "Marketing.AverageInteractionCost", [TextColumn("channel"), NumberColumn("costs")], ResultShape.PerGroup,
            a => PerGroup(a, "channel", (channels, destination) => Marketing.AverageInteractionCost(channels, a.Numbers("costs"), destination))),
        Vector("M7", "Rfm.Score", RfmInputs, ResultShape.PerCustomer, a => Array.ConvertAll(RfmScores(a), s => RfmCode(s, a.Int("bins")))),
        Vector("M7", "Rfm.SegmentCounts", RfmInputs, ResultShape.List,
            a => Array.ConvertAll(Rfm.SegmentCounts(RfmScores(a), RfmSegmentRules.ForBins(a.Int("bins"))), c => (double)c)),
        Scalar("M8", "Marketing.EmailOpenRate", [Count("uniqueOpens"), Count("delivered")], a => Marketing.EmailOpenRate(a.Count("uniqueOpens"), a.Count("delivered"))),
        Scalar("M8", "Marketing.EmailOpenRate", [Count("uniqueOpens"), Count("delivered"), Count("sent"), Choice<EmailOpenDenominator>("denominator")],
            a => Marketing.EmailOpenRate(a.Count("uniqueOpens"), a.Count("delivered"), a.Count("sent"), a.Choice<EmailOpenDenominator>("denominator"))),
        Scalar("M8", "Marketing.ClickToOpenRate", [Count("uniqueClicks"), Count("uniqueOpens")], a => Marketing.ClickToOpenRate(a.Count("uniqueClicks"), a.Count("uniqueOpens"))),
    ];

    private static IEnumerable<MetricEntry> AdvertisingEntries() =>
    [
        Scalar("D1", "Advertising.AdEffectivenessRatio", [Number("adSpendGrowth"), Number("salesGrowth")],
            a => Advertising.AdEffectivenessRatio(a.Number("adSpendGrowth"), a.Number("salesGrowth"))),
        Scalar("D1", "Advertising.SalesGrowthPerAdSpendGrowth", [Number("salesGrowth"), Number("adSpendGrowth")],
            a => Advertising.SalesGrowthPerAdSpendGrowth(a.Number("salesGrowth"), a.Number("adSpendGrowth"))),
        Scalar("D2", "Advertising.AdCostControl", [Number("actualSpend"), Number("budget")], a => Advertising.AdCostControl(a.Number("actualSpend"), a.Number("budget"))),
        Scalar("D3", "Advertising.AdSuccessIndex", [NumberColumn("scores"), NumberColumn("weights")], a => Advertising.AdSuccessIndex(a.Numbers("scores"), a.Numbers("weights"))),
        Scalar("D4", "Advertising.AdAwareness", [Count("aware"), Count("respondents")], a => Advertising.AdAwareness(a.Count("aware"), a.Count("respondents"))),
        Scalar("D5", "Advertising.Ctr", [Count("clicks"), Count("impressions")], a => Advertising.Ctr(a.Count("clicks"), a.Count("impressions"))),
        Scalar("D5", "Advertising.ClickConversionRate", [Count("conversions"), Count("clicks")], a => Advertising.ClickConversionRate(a.Count("conversions"), a.Count("clicks"))),
        Scalar("D5", "Advertising.Cpc", [Number("spend"), Count("clicks")], a => Advertising.Cpc(a.Number("spend"), a.Count("clicks"))),
        Scalar("D5", "Advertising.Cpm", [Number("spend"), Count("impressions")], a => Advertising.Cpm(a.Number("spend"), a.Count("impressions"))),
        Scalar("D5", "Advertising.Cpa", [Number("spend"), Count("acquisitions")], a => Advertising.Cpa(a.Number("spend"), a.Count("acquisitions"))),
        Scalar("D5", "Advertising.Roas", [Number("attributedRevenue"), Number("spend")], a => Advertising.Roas(a.Number("attributedRevenue"), a.Number("spend"))),
        Vector("D5", "Advertising.RevenueByChannel", [TextColumn("channel"), NumberColumn("revenue")], ResultShape.PerGroup,
            a => PerGroup(a, "channel", (channels, destination) => Advertising.RevenueByChannel(channels, a.Numbers("revenue"), destination))),
    ];

    private static IEnumerable<MetricEntry> DataQualityEntries() =>
    [
        Scalar("Q1", "DataQuality.Completeness", [Count("filled"), Count("required")], a => DataQuality.Completeness(a.Count("filled"), a.Count("required"))),
        Scalar("Q1", "DataQuality.FieldCompleteness", [new InputSpec("values", InputKind.FieldColumn), Choice<MissingText>("missing")],
            a => DataQuality.FieldCompleteness(a.Fields("values"), a.Choice<MissingText>("missing"))),
        Scalar("Q2", "DataQuality.Accuracy", [Count("valid"), Count("filled")], a => DataQuality.Accuracy(a.Count("valid"), a.Count("filled"))),
        Scalar("Q2", "DataQuality.FieldAccuracy", [new InputSpec("values", InputKind.FieldColumn), Choice<MissingText>("missing"), Text("isValid")],
            a => DataQuality.FieldAccuracy(a.Fields("values"), a.Choice<MissingText>("missing"), FullMatch(a, "isValid"))),
    ];

    private static IEnumerable<MetricEntry> ProbabilisticEntries()
    {
        InputSpec[] betaGeo = [Number("r"), Number("alpha"), Number("a"), Number("b")];
        InputSpec[] paretoNbd = [Number("r"), Number("alpha"), Number("s"), Number("beta")];
        InputSpec[] customer = [Number("frequency"), Number("recency"), Number("age")];
        InputSpec[] summary = [NumberColumn("frequency"), NumberColumn("recency"), NumberColumn("age")];
        static BetaGeo Bg(MetricArguments a) => new(a.Number("r"), a.Number("alpha"), a.Number("a"), a.Number("b"));
        static ParetoNbd Pn(MetricArguments a) => new(a.Number("r"), a.Number("alpha"), a.Number("s"), a.Number("beta"));
        static CustomerSummaryColumns Summary(MetricArguments a) => new(a.Numbers("frequency"), a.Numbers("recency"), a.Numbers("age"));
        return
        [
            Vector("V6", "BetaGeo.Fit", summary, ResultShape.List, a =>
            {
                BetaGeo m = BetaGeo.Fit(Summary(a));
                return [m.R, m.Alpha, m.A, m.B];
            }),
            Scalar("V6", "BetaGeo.ConditionalExpectedPurchases", [.. betaGeo, Number("time"), .. customer],
                a => Bg(a).ConditionalExpectedPurchases(a.Number("time"), a.Number("frequency"), a.Number("recency"), a.Number("age"))),
            Scalar("V6", "BetaGeo.ProbabilityAlive", [.. betaGeo, .. customer], a => Bg(a).ProbabilityAlive(a.Number("frequency"), a.Number("recency"), a.Number("age"))),
            Scalar("V6", "BetaGeo.ExpectedPurchasesNewCustomer", [.. betaGeo, Number("time")], a => Bg(a).ExpectedPurchasesNewCustomer(a.Number("time"))),
            Vector("V6", "ParetoNbd.Fit", summary, ResultShape.List, a =>
            {
                ParetoNbd m = ParetoNbd.Fit(Summary(a));
                return [m.R, m.Alpha, m.S, m.Beta];
            }),
            Scalar("V6", "ParetoNbd.ConditionalExpectedPurchases", [.. paretoNbd, Number("time"), .. customer],
                a => Pn(a).ConditionalExpectedPurchases(a.Number("time"), a.Number("frequency"), a.Number("recency"), a.Number("age"))),
            Scalar("V6", "ParetoNbd.ProbabilityAlive", [.. paretoNbd, .. customer], a => Pn(a).ProbabilityAlive(a.Number("frequency"), a.Number("recency"), a.Number("age"))),
            Scalar("V6", "ParetoNbd.ExpectedPurchasesNewCustomer", [.. paretoNbd, Number("time")], a => Pn(a).ExpectedPurchasesNewCustomer(a.Number("time"))),
            Vector("V6", "GammaGamma.Fit", [NumberColumn("frequency"), NumberColumn("monetaryValue")], ResultShape.List, a =>
            {
                GammaGamma m = GammaGamma.Fit(a.Numbers("frequency"), a.Numbers("monetaryValue"));
                return [m.P, m.Q, m.Gamma];
            }),
            Scalar("V6", "GammaGamma.ConditionalExpectedAverageSpend", [Number("p"), Number("q"), Number("gamma"), Number("frequency"), Number("monetaryValue")],
                a => new GammaGamma(a.Number("p"), a.Number("q"), a.Number("gamma")).ConditionalExpectedAverageSpend(a.Number("frequency"), a.Number("monetaryValue"))),
        ];
    }

    /// <summary>The loyalty weights as inputs: the constructor's parameters prefixed by the parameter's name (the registry test checks them so).</summary>
    private static InputSpec[] LoyaltyWeightInputs => [Number("weightsSatisfaction"), Number("weightsRepurchase"), Number("weightsReferral")];

    private static LoyaltyWeights Weights(MetricArguments a) =>
        new(a.Number("weightsSatisfaction"), a.Number("weightsRepurchase"), a.Number("weightsReferral"));

    private static InputSpec[] WindowNamed(string name) => [Date(name + "Start"), Date(name + "End")];

    /// <summary>A validation rule given as a .NET regular expression that a whole value must match (Q2's <c>isValid</c>); a bad pattern names the input.</summary>
    private static Func<string, bool> FullMatch(MetricArguments a, string name)
    {
        string pattern = a.Text(name);
        try
        {
            var regex = new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return regex.IsMatch;
        }
        catch (ArgumentException e)
        {
            throw new InputException(name, $"{name} must be a regular expression; '{pattern}' is not: {e.Message}");
        }
    }

    private static double[] Counts(RetentionCounts c) => [c.AtStart, c.New, c.Retained, c.Lost, c.Reactivated, c.Active, c.Repeat, c.Total];

    private static double[] Movement(RevenueMovement m) => [m.StartRevenue, m.Expansion, m.Contraction, m.Churned, m.NewRevenue];

    private static InputSpec[] RfmInputs => [.. TransactionLog, .. Window, Date("asOf"), Count("bins"), Choice<RfmScoring>("scoring"), Choice<RfmMonetary>("monetary")];

    /// <summary>The RFM scores of a case: values of the log in the window as of asOf, scored in bins.</summary>
    private static RfmScore[] RfmScores(MetricArguments a) =>
        Rfm.Score(Rfm.Values(a.Transactions(), a.Window(), a.Date("asOf"), a.Choice<RfmMonetary>("monetary")), a.Int("bins"), a.Choice<RfmScoring>("scoring"));

    /// <summary>The combined RFM code as a number: R·100 + F·10 + M (R·10,000 + F·100 + M with 10 bins); 0 for a customer without a purchase.</summary>
    private static double RfmCode(RfmScore s, int bins) =>
        bins < 10 ? (s.Recency * 100) + (s.Frequency * 10) + s.Monetary : (s.Recency * 10_000) + (s.Frequency * 100) + s.Monetary;

    /// <summary>A per-group form: the group column as dense codes in order of first appearance, one result per group.</summary>
    private static double[] PerGroup(MetricArguments a, string column, Action<int[], double[]> compute)
    {
        (int[] codes, CustomerIndexMap<string> map) = a.Codes(column);
        double[] destination = new double[map.Count];
        compute(codes, destination);
        return destination;
    }
}
