using System;
using System.Collections.Generic;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): the input checks of BG/NBD, MBG/NBD, BG/BB and sBG that no test reached, one case per
/// check. Each case breaks exactly one rule with every other argument valid (or, where a later check would also throw,
/// arranged so the later check names a different parameter), so only the check under test can produce the asserted
/// exception: its exact type, the parameter it names and the rule its message states. The expected texts are the
/// documented rules (the XML docs' exception clauses) written out by hand.
/// </summary>
public partial class ProbabilisticTests
{
    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's per-test coverage.
    private static readonly Dictionary<string, (Type Exception, string Parameter, string Rule, Action Call)> BetaGeoFamilyRejectedInputCases = new()
    {
        // Constructors: every shape must be finite and greater than zero.
        ["00 BetaGeo: alpha 0"] = (typeof(ArgumentOutOfRangeException), "alpha",
            "alpha must be finite and greater than zero; was 0.", () => _ = new BetaGeo(0.25, 0, 0.8, 2.4)),
        ["01 BetaGeo: a negative"] = (typeof(ArgumentOutOfRangeException), "a",
            "a must be finite and greater than zero; was -1.", () => _ = new BetaGeo(0.25, 4.4, -1, 2.4)),
        ["02 BetaGeo: b 0"] = (typeof(ArgumentOutOfRangeException), "b",
            "b must be finite and greater than zero; was 0.", () => _ = new BetaGeo(0.25, 4.4, 0.8, 0)),
        ["03 ModifiedBetaGeo: r 0"] = (typeof(ArgumentOutOfRangeException), "r",
            "r must be finite and greater than zero; was 0.", () => _ = new ModifiedBetaGeo(0, 4.4, 0.8, 2.4)),
        ["04 ModifiedBetaGeo: alpha NaN"] = (typeof(ArgumentOutOfRangeException), "alpha",
            "alpha must be finite and greater than zero; was NaN.", () => _ = new ModifiedBetaGeo(0.25, double.NaN, 0.8, 2.4)),
        ["05 ModifiedBetaGeo: a 0"] = (typeof(ArgumentOutOfRangeException), "a",
            "a must be finite and greater than zero; was 0.", () => _ = new ModifiedBetaGeo(0.25, 4.4, 0, 2.4)),
        ["06 BetaGeoBetaBinomial: alpha 0"] = (typeof(ArgumentOutOfRangeException), "alpha",
            "alpha must be finite and greater than zero; was 0.", () => _ = new BetaGeoBetaBinomial(0, 2.8, 0.4, 0.6)),
        ["07 BetaGeoBetaBinomial: beta negative"] = (typeof(ArgumentOutOfRangeException), "beta",
            "beta must be finite and greater than zero; was -2.", () => _ = new BetaGeoBetaBinomial(1.2, -2, 0.4, 0.6)),
        ["08 BetaGeoBetaBinomial: delta 0"] = (typeof(ArgumentOutOfRangeException), "delta",
            "delta must be finite and greater than zero; was 0.", () => _ = new BetaGeoBetaBinomial(1.2, 2.8, 0.4, 0)),
        ["09 ShiftedBetaGeometric: alpha 0"] = (typeof(ArgumentOutOfRangeException), "alpha",
            "alpha must be finite and greater than zero; was 0.", () => _ = new ShiftedBetaGeometric(0, 1.5)),
        ["10 ShiftedBetaGeometric: beta negative"] = (typeof(ArgumentOutOfRangeException), "beta",
            "beta must be finite and greater than zero; was -1.5.", () => _ = new ShiftedBetaGeometric(0.7, -1.5)),

        // Fit options are checked first: an empty summary would otherwise throw naming the summary.
        ["11 BetaGeo.Fit: negative penalizer"] = (typeof(ArgumentOutOfRangeException), "penalizer",
            "penalizer must be finite and not negative; was -0.5.", () => BetaGeo.Fit(new CustomerSummaryColumns([], [], []), -0.5)),
        ["12 BetaGeo.Fit: zero iterations"] = (typeof(ArgumentOutOfRangeException), "maxIterations",
            "maxIterations must be greater than zero; was 0.", () => BetaGeo.Fit(new CustomerSummaryColumns([], [], []), 0, 0)),
        ["13 ModifiedBetaGeo.Fit: negative penalizer"] = (typeof(ArgumentOutOfRangeException), "penalizer",
            "penalizer must be finite and not negative; was -0.5.", () => ModifiedBetaGeo.Fit(new CustomerSummaryColumns([], [], []), -0.5)),
        ["14 ModifiedBetaGeo.Fit: zero iterations"] = (typeof(ArgumentOutOfRangeException), "maxIterations",
            "maxIterations must be greater than zero; was 0.", () => ModifiedBetaGeo.Fit(new CustomerSummaryColumns([], [], []), 0, 0)),
        ["15 BetaGeoBetaBinomial.Fit: negative penalizer"] = (typeof(ArgumentOutOfRangeException), "penalizer",
            "penalizer must be finite and not negative; was -0.5.", () => BetaGeoBetaBinomial.Fit(new DiscreteSummaryColumns([], [], []), -0.5)),
        ["16 BetaGeoBetaBinomial.Fit: zero iterations"] = (typeof(ArgumentOutOfRangeException), "maxIterations",
            "maxIterations must be greater than zero; was 0.", () => BetaGeoBetaBinomial.Fit(new DiscreteSummaryColumns([], [], []), 0, 0)),
        ["17 ShiftedBetaGeometric.Fit: negative penalizer"] = (typeof(ArgumentOutOfRangeException), "penalizer",
            "penalizer must be finite and not negative; was -0.5.", () => ShiftedBetaGeometric.Fit([], -0.5)),

        // TotalLogLikelihood checks every row (row 1: recency 12 beyond age 10); unchecked, the kernel would return a number.
        ["18 BetaGeo.TotalLogLikelihood: recency beyond age in row 1"] = (typeof(ArgumentOutOfRangeException), "recency",
            "recency[1] must be in [0, age], and 0 when frequency is 0; was 12.",
            () => new BetaGeo(0.243, 4.414, 0.793, 2.426).TotalLogLikelihood(new CustomerSummaryColumns([1, 2], [3, 12], [10, 10]))),
        ["19 ModifiedBetaGeo.TotalLogLikelihood: recency beyond age in row 1"] = (typeof(ArgumentOutOfRangeException), "recency",
            "recency[1] must be in [0, age], and 0 when frequency is 0; was 12.",
            () => new ModifiedBetaGeo(0.243, 4.414, 0.793, 2.426).TotalLogLikelihood(new CustomerSummaryColumns([1, 2], [3, 12], [10, 10]))),

        // Single-customer predictions: a horizon of 0 returns 0 at once, so only the customer check can reject the history.
        ["20 BetaGeo.ConditionalExpectedPurchases: recency beyond age at time 0"] = (typeof(ArgumentOutOfRangeException), "recency",
            "recency must be in [0, age], and 0 when frequency is 0; was 12.",
            () => new BetaGeo(0.243, 4.414, 0.793, 2.426).ConditionalExpectedPurchases(0, 2, 12, 10)),
        ["21 ModifiedBetaGeo.ConditionalExpectedPurchases: recency beyond age at time 0"] = (typeof(ArgumentOutOfRangeException), "recency",
            "recency must be in [0, age], and 0 when frequency is 0; was 12.",
            () => new ModifiedBetaGeo(0.243, 4.414, 0.793, 2.426).ConditionalExpectedPurchases(0, 2, 12, 10)),
        ["22 BetaGeo.ExpectedPurchasesNewCustomer: negative time"] = (typeof(ArgumentOutOfRangeException), "time",
            "time must be finite and not negative; was -1.", () => new BetaGeo(0.243, 4.414, 0.793, 2.426).ExpectedPurchasesNewCustomer(-1)),
        ["23 ModifiedBetaGeo.ExpectedPurchasesNewCustomer: negative time"] = (typeof(ArgumentOutOfRangeException), "time",
            "time must be finite and not negative; was -1.", () => new ModifiedBetaGeo(0.243, 4.414, 0.793, 2.426).ExpectedPurchasesNewCustomer(-1)),

        // BG/BB single-customer predictions: 3 transactions cannot fit in a last period of 2.
        ["24 BetaGeoBetaBinomial.ConditionalExpectedTransactions: frequency beyond recency"] = (typeof(ArgumentOutOfRangeException), "frequency",
            "frequency must be a whole number in [0, recency], 0 exactly when recency is 0; was 3.",
            () => new BetaGeoBetaBinomial(1.204, 0.750, 0.657, 2.783).ConditionalExpectedTransactions(5, 3, 2, 6)),
        ["25 BetaGeoBetaBinomial.DiscountedExpectedResidualTransactions: frequency beyond recency"] = (typeof(ArgumentOutOfRangeException), "frequency",
            "frequency must be a whole number in [0, recency], 0 exactly when recency is 0; was 3.",
            () => new BetaGeoBetaBinomial(1.204, 0.750, 0.657, 2.783).DiscountedExpectedResidualTransactions(0.1, 3, 2, 6)),
        // The horizon is checked before the summary is read (an empty summary would give 0).
        ["26 BetaGeoBetaBinomial.ExpectedPopulationTransactions: negative horizon"] = (typeof(ArgumentOutOfRangeException), "futurePeriods",
            "futurePeriods must be in the range [0, 10000000]; was -1.",
            () => new BetaGeoBetaBinomial(1.204, 0.750, 0.657, 2.783).ExpectedPopulationTransactions(new DiscreteSummaryColumns([], [], []), -1)),

        // sBG counts: the messages state the rule.
        ["27 ShiftedBetaGeometric.TotalLogLikelihood: no counts"] = (typeof(ArgumentException), "activeCustomers",
            "activeCustomers is empty; it needs at least the cohort size.", () => new ShiftedBetaGeometric(0.7, 1.5).TotalLogLikelihood([])),
        ["28 ShiftedBetaGeometric.TotalLogLikelihood: a count above the one before"] = (typeof(ArgumentOutOfRangeException), "activeCustomers",
            "activeCustomers[2] must not be negative nor exceed the count of the period before; was 9.",
            () => new ShiftedBetaGeometric(0.7, 1.5).TotalLogLikelihood([10, 8, 9])),
        ["29 ShiftedBetaGeometric.TotalLogLikelihood: cohort of 0"] = (typeof(ArgumentOutOfRangeException), "activeCustomers",
            "activeCustomers[0] the cohort size must be greater than zero; was 0.",
            () => new ShiftedBetaGeometric(0.7, 1.5).TotalLogLikelihood([0, 0])),
    };

    public static TheoryData<string> BetaGeoFamilyRejectedInputs() => [.. BetaGeoFamilyRejectedInputCases.Keys];

    [Theory]
    [MemberData(nameof(BetaGeoFamilyRejectedInputs))]
    public void BetaGeoFamilyRejectedInput_ThrowsNamingTheParameterAndTheRule(string name)
    {
        (Type exception, string parameter, string rule, Action call) = BetaGeoFamilyRejectedInputCases[name];
        Support.RejectedInput.Throws(exception, parameter, rule, call);
    }
}
