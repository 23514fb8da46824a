using System.Linq;
using NodaTime;

namespace CrmKpi.Samples;

/// <summary>Sales (P1, P4-P8), marketing (M1-M5) and channel (D5) metrics over the synthetic pipeline of samples/data/sales.</summary>
public sealed class SalesMarketingSection : IReportSection
{
    public void Write(Report report, SampleData data)
    {
        SalesPipeline p = data.Sales;
        int[] won = Enumerable.Range(0, p.Outcomes.Length).Where(i => p.Outcomes[i] == DealOutcome.Won).ToArray();
        LocalDate[] firsts = won.Select(i => p.FirstContact[i]).ToArray();
        LocalDate[] closes = won.Select(i => p.CloseDate[i]!.Value).ToArray();
        SalesCycleSummary cycle = Sales.SalesCycle(firsts, closes);

        report.Section("Sales and marketing (synthetic pipeline, samples/data/sales)");
        report.Text("  Generated data (samples/data/sales/generate.cs, fixed seed): illustrative only.");
        report.Value("Deals", p.Outcomes.Length, "N0");
        report.Value("Sales cycle of won deals, mean (P1)", cycle.MeanDays, "N1", $"days over {cycle.Deals} won deals");
        report.Value("Sales cycle, median (P1)", cycle.MedianDays, "N1", "days");
        report.Value("Sales cycle, 90th percentile (P1)", Sales.SalesCyclePercentile(firsts, closes, 0.9), "N1", "days (R-7)");
        report.Percent("Win rate, all opportunities (P4)", Sales.WinRate(p.Outcomes, OpportunityDenominator.AllOpportunities));
        report.Percent("Win rate, closed only (P4)", Sales.WinRate(p.Outcomes, OpportunityDenominator.ClosedOnly));
        report.Percent("Failure rate, all opportunities (P5)", Sales.FailureRate(p.Outcomes, OpportunityDenominator.AllOpportunities));
        int[] open = Enumerable.Range(0, p.Outcomes.Length).Where(i => p.Outcomes[i] == DealOutcome.Open).ToArray();
        double[] openProbabilities = open.Select(i => p.Probabilities[i]).ToArray();
        report.Value("Expected wins among open deals (P8)", Sales.ExpectedWins(openProbabilities), "N2", $"of {open.Length} open deals");
        report.Value("Weighted pipeline (P8)", Sales.WeightedPipeline(openProbabilities, open.Select(i => p.Amounts[i]).ToArray()), "N2", "currency units");

        double[] attainment = new double[p.Quotas.Length];
        Sales.QuotaAttainment(won.Select(i => p.Reps[i]).ToArray(), won.Select(i => p.Amounts[i]).ToArray(), p.Quotas, attainment);
        report.Text("");
        report.Text("  Quota attainment per rep, won deals of 2024 (P6)");
        report.Table(
            ["rep", "quota", "attainment"],
            Enumerable.Range(0, p.Quotas.Length).Select(r => (string[])[r.ToString(System.Globalization.CultureInfo.InvariantCulture), Report.Format(p.Quotas[r], "N0"), Report.Format(attainment[r], "P1")]));

        report.Text("");
        report.Text("  Campaigns: participation (M1), response (M2), cost control (M3), ROI (M4), transaction rate (M5), CTR, CPC, ROAS (D5)");
        report.Table(
            ["campaign", "channel", "M1", "M2", "M3", "M4", "M5", "CTR", "CPC", "ROAS"],
            p.Campaigns.Select(c => (string[])[
                c.Name,
                c.Channel,
                Report.Format(Marketing.Participation(c.Engaged, c.Reached), "P1"),
                Report.Format(Marketing.ResponseRate(c.Responders, c.Reached), "P1"),
                Report.Format(Marketing.PromotionCostControlRate(c.Cost, c.PlannedCost), "P1"),
                Report.Format(Marketing.CampaignRoi(c.Revenue, c.Cost), "P1"),
                Report.Format(Marketing.TransactionRate(c.Purchasers, c.Engaged), "P1"),
                Report.Format(Advertising.Ctr(c.Clicks, c.Impressions), "P2"),
                Report.Format(Advertising.Cpc(c.Cost, c.Clicks), "N2"),
                Report.Format(Advertising.Roas(c.Revenue, c.Cost), "N2"),
            ]));
    }
}
