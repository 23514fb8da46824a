using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

public partial class SalesTests
{
    private static Gen<DealOutcome[]> Outcomes => Gen.ArrayOf(Gen.Elements(DealOutcome.Open, DealOutcome.Won, DealOutcome.Lost));

    // Win and failure rates are fractions; over closed deals they sum to 1; the column form equals the count form.
    [Property]
    public Property WinAndFailureRate_AnyOutcomes_FractionsAndComplementary() =>
        Prop.ForAll(
            Outcomes.ToArbitrary(),
            outcomes =>
            {
                long won = outcomes.Count(o => o == DealOutcome.Won), lost = outcomes.Count(o => o == DealOutcome.Lost), open = outcomes.Count(o => o == DealOutcome.Open);
                double win = Sales.WinRate(outcomes, OpportunityDenominator.ClosedOnly);
                double fail = Sales.FailureRate(outcomes, OpportunityDenominator.ClosedOnly);
                double winAll = Sales.WinRate(outcomes, OpportunityDenominator.AllOpportunities);
                bool closedOk = won + lost == 0 ? double.IsNaN(win) && double.IsNaN(fail) : win is >= 0 and <= 1 && Approx.Close(1, win + fail, Tolerances.FewUlpsRelative);
                bool allOk = outcomes.Length == 0 ? double.IsNaN(winAll) : winAll is >= 0 and <= 1 && (won + lost == 0 || winAll <= win);
                return closedOk && allOk && winAll.Equals(Sales.WinRate(won, lost, open, OpportunityDenominator.AllOpportunities));
            });

    // Conversion and close rates are fractions for consistent counts.
    [Property]
    public Property ConversionAndCloseRate_ConsistentCounts_InUnitInterval() =>
        Prop.ForAll(
            Gens.Count().ToArbitrary(),
            Gens.PositiveCount().ToArbitrary(),
            (a, b) =>
            {
                long part = System.Math.Min(a, b), whole = System.Math.Max(a, b);
                return Sales.ConversionRate(part, whole) is >= 0 and <= 1 && Sales.CloseRate(part, whole) is >= 0 and <= 1;
            });

    // Per-rep attainment x quota = the rep's summed sales (decimal oracle).
    [Property]
    public Property QuotaAttainment_PerGroup_TimesQuotaEqualsGroupSum() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 3)).ToArbitrary(),
            Gen.Choose(1, 1000).ToArbitrary(),
            (groups, seed) =>
            {
                var random = new System.Random(seed);
                double[] amounts = groups.Select(_ => random.Next(0, 100_000) / 100.0).ToArray();
                double[] quotas = [100, 250, 1_000, 7.5];
                double[] result = new double[4];
                Sales.QuotaAttainment(groups, amounts, quotas, result);
                return Enumerable.Range(0, 4).All(g =>
                    Approx.Close((double)groups.Select((x, i) => (x, i)).Where(p => p.x == g).Sum(p => (decimal)amounts[p.i]), result[g] * quotas[g], 1e-13));
            });

    // The new/existing split covers every row of the window: totals equal the window's totals.
    [Property]
    public Property Totals_AnyLog_SplitAddsUpToTheWindow() =>
        Prop.ForAll(
            TransactionGens.Log().ToArbitrary(),
            TransactionGens.Window.ToArbitrary(),
            (log, window) =>
            {
                SalesTotals t = Sales.Totals(log.Columns, window);
                int[] rows = Enumerable.Range(0, log.Length).Where(i => window.Contains(log.Dates[i])).ToArray();
                return t.TotalCount == rows.Length && Approx.Close((double)rows.Sum(i => (decimal)log.Amounts[i]), t.TotalAmount, 1e-12);
            });

    // Expected wins never exceed the number of leads, and the weighted pipeline never exceeds the pipeline.
    [Property]
    public Property WeightedPipeline_AnyLeads_BoundedByUnweighted() =>
        Prop.ForAll(
            Gen.ArrayOf(Gens.Fraction).ToArbitrary(),
            probabilities =>
            {
                double[] amounts = probabilities.Select((_, i) => 100.0 * (i + 1)).ToArray();
                return Sales.ExpectedWins(probabilities) <= probabilities.Length + 1e-9
                    && Sales.WeightedPipeline(probabilities, amounts) <= amounts.Sum() + 1e-9;
            });
}
