using System.Collections.Generic;
using System.Linq;

namespace CrmKpi.Cli.Registry;

/// <summary>
/// The entries of the MBG/NBD and BG/BB purchase models (catalog V6) and of the sBG renewal model
/// (catalog R3 for survival and retention, V4 for discounted lifetimes). Fitted parameters are
/// <see cref="ResultShape.List"/>s in the order of the constructor's parameters (docs/verify.md lists them).
/// </summary>
internal static partial class MetricRegistry
{
    private static IEnumerable<MetricEntry> ProbabilisticPart2Entries()
    {
        InputSpec[] modifiedBetaGeo = [Number("r"), Number("alpha"), Number("a"), Number("b")];
        InputSpec[] customer = [Number("frequency"), Number("recency"), Number("age")];
        InputSpec[] summary = [NumberColumn("frequency"), NumberColumn("recency"), NumberColumn("age")];
        InputSpec[] bgbb = [Number("alpha"), Number("beta"), Number("gamma"), Number("delta")];
        InputSpec[] history = [Number("frequency"), Number("recency"), Number("periods")];
        InputSpec[] patterns = [NumberColumn("frequency"), NumberColumn("recency"), NumberColumn("periods"), Optional(NumberColumn("weights"))];
        InputSpec[] sbg = [Number("alpha"), Number("beta")];
        static ModifiedBetaGeo Mbg(MetricArguments a) => new(a.Number("r"), a.Number("alpha"), a.Number("a"), a.Number("b"));
        static BetaGeoBetaBinomial Bgbb(MetricArguments a) => new(a.Number("alpha"), a.Number("beta"), a.Number("gamma"), a.Number("delta"));
        static ShiftedBetaGeometric Sbg(MetricArguments a) => new(a.Number("alpha"), a.Number("beta"));
        static DiscreteSummaryColumns Patterns(MetricArguments a) =>
            new(a.Numbers("frequency"), a.Numbers("recency"), a.Numbers("periods"), a.HasColumn("weights") ? a.Numbers("weights") : default);
        return
        [
            Vector("V6", "ModifiedBetaGeo.Fit", summary, ResultShape.List, a =>
            {
                ModifiedBetaGeo m = ModifiedBetaGeo.Fit(new CustomerSummaryColumns(a.Numbers("frequency"), a.Numbers("recency"), a.Numbers("age")));
                return [m.R, m.Alpha, m.A, m.B];
            }),
            Scalar("V6", "ModifiedBetaGeo.ConditionalExpectedPurchases", [.. modifiedBetaGeo, Number("time"), .. customer],
                a => Mbg(a).ConditionalExpectedPurchases(a.Number("time"), a.Number("frequency"), a.Number("recency"), a.Number("age"))),
            Scalar("V6", "ModifiedBetaGeo.ProbabilityAlive", [.. modifiedBetaGeo, .. customer], a => Mbg(a).ProbabilityAlive(a.Number("frequency"), a.Number("recency"), a.Number("age"))),
            Scalar("V6", "ModifiedBetaGeo.ExpectedPurchasesNewCustomer", [.. modifiedBetaGeo, Number("time")], a => Mbg(a).ExpectedPurchasesNewCustomer(a.Number("time"))),
            Vector("V6", "BetaGeoBetaBinomial.Fit", patterns, ResultShape.List, a =>
            {
                BetaGeoBetaBinomial m = BetaGeoBetaBinomial.Fit(Patterns(a));
                return [m.Alpha, m.Beta, m.Gamma, m.Delta];
            }),
            Scalar("V6", "BetaGeoBetaBinomial.ProbabilityAlive", [.. bgbb, .. history], a => Bgbb(a).ProbabilityAlive(a.Number("frequency"), a.Number("recency"), a.Number("periods"))),
            Scalar("V6", "BetaGeoBetaBinomial.ExpectedTransactions", [.. bgbb, Count("periods")], a => Bgbb(a).ExpectedTransactions(a.Int("periods"))),
            Scalar("V6", "BetaGeoBetaBinomial.ConditionalExpectedTransactions", [.. bgbb, Count("futurePeriods"), .. history],
                a => Bgbb(a).ConditionalExpectedTransactions(a.Int("futurePeriods"), a.Number("frequency"), a.Number("recency"), a.Number("periods"))),
            Scalar("V6", "BetaGeoBetaBinomial.DiscountedExpectedResidualTransactions", [.. bgbb, Number("discountRate"), .. history],
                a => Bgbb(a).DiscountedExpectedResidualTransactions(a.Number("discountRate"), a.Number("frequency"), a.Number("recency"), a.Number("periods"))),
            Scalar("V6", "BetaGeoBetaBinomial.ExpectedPopulationTransactions", [.. bgbb, .. patterns, Count("futurePeriods")],
                a => Bgbb(a).ExpectedPopulationTransactions(Patterns(a), a.Int("futurePeriods"))),
            Vector("R3", "ShiftedBetaGeometric.Fit", [CountColumn("activeCustomers")], ResultShape.List, a =>
            {
                ShiftedBetaGeometric m = ShiftedBetaGeometric.Fit(a.Counts("activeCustomers").Select(c => (long)c).ToArray());
                return [m.Alpha, m.Beta];
            }),
            Scalar("R3", "ShiftedBetaGeometric.Survival", [.. sbg, Count("period")], a => Sbg(a).Survival(a.Int("period"))),
            Scalar("R3", "ShiftedBetaGeometric.RetentionRate", [.. sbg, Count("period")], a => Sbg(a).RetentionRate(a.Int("period"))),
            Vector("R3", "ShiftedBetaGeometric.ProjectSurvivors", [.. sbg, Number("cohortSize"), Count("periods")], ResultShape.List,
                a => Sbg(a).ProjectSurvivors(a.Number("cohortSize"), a.Int("periods"))),
            Scalar("V4", "ShiftedBetaGeometric.DiscountedExpectedLifetime", [.. sbg, Number("discountRate")], a => Sbg(a).DiscountedExpectedLifetime(a.Number("discountRate"))),
            Scalar("V4", "ShiftedBetaGeometric.DiscountedExpectedResidualLifetime", [.. sbg, Number("discountRate"), Count("renewals")],
                a => Sbg(a).DiscountedExpectedResidualLifetime(a.Number("discountRate"), a.Int("renewals"))),
        ];
    }
}
