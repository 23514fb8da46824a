using System;
using System.Collections.Generic;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): the input checks of Gamma-Gamma and Pareto/NBD that no test reached, one case per check.
/// Each case breaks exactly one rule with every other argument valid, so only the check under test can produce the
/// asserted exception: its exact type, the parameter it names and the rule its message states (the XML docs' exception
/// clauses written out by hand).
/// </summary>
public partial class ProbabilisticTests
{
    private static readonly GammaGamma CdnowSpend = new(6.25, 3.74, 15.44);

    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's per-test coverage.
    private static readonly Dictionary<string, (Type Exception, string Parameter, string Rule, Action Call)> GammaGammaParetoRejectedInputCases = new()
    {
        ["00 GammaGamma: p 0"] = (typeof(ArgumentOutOfRangeException), "p",
            "p must be finite and greater than zero; was 0.", () => _ = new GammaGamma(0, 3.74, 15.44)),
        ["01 GammaGamma: q NaN"] = (typeof(ArgumentOutOfRangeException), "q",
            "q must be finite and greater than zero; was NaN.", () => _ = new GammaGamma(6.25, double.NaN, 15.44)),
        ["02 GammaGamma.Fit: lengths differ"] = (typeof(ArgumentException), "monetaryValue",
            "monetaryValue has 2 elements; the columns must all have 3.", () => GammaGamma.Fit([1, 2, 3], [10, 20])),
        ["03 GammaGamma.Fit: negative penalizer"] = (typeof(ArgumentOutOfRangeException), "penalizer",
            "penalizer must be finite and not negative; was -0.5.", () => GammaGamma.Fit([1, 2, 3], [10, 20, 30], -0.5)),
        ["04 GammaGamma.Fit: zero iterations"] = (typeof(ArgumentOutOfRangeException), "maxIterations",
            "maxIterations must be greater than zero; was 0.", () => GammaGamma.Fit([1, 2, 3], [10, 20, 30], 0, 0)),
        ["05 GammaGamma.Fit: fractional frequency in row 1"] = (typeof(ArgumentOutOfRangeException), "frequency",
            "frequency[1] must be a whole number, not negative; was 1.5.", () => GammaGamma.Fit([1, 1.5, 3], [10, 20, 30])),
        ["06 GammaGamma.Fit: zero spend of a repeat customer"] = (typeof(ArgumentOutOfRangeException), "monetaryValue",
            "monetaryValue[2] must be finite and greater than zero for a customer with repeat purchases; was 0.",
            () => GammaGamma.Fit([1, 2, 3], [10, 20, 0])),
        ["07 GammaGamma.ConditionalExpectedAverageSpend: fractional frequency"] = (typeof(ArgumentOutOfRangeException), "frequency",
            "frequency must be a whole number, not negative; was 1.5.", () => CdnowSpend.ConditionalExpectedAverageSpend(1.5, 10)),
        ["08 GammaGamma.ConditionalExpectedAverageSpend: negative spend"] = (typeof(ArgumentOutOfRangeException), "monetaryValue",
            "monetaryValue must be finite and not negative; was -1.", () => CdnowSpend.ConditionalExpectedAverageSpend(2, -1)),
        ["09 GammaGamma.Clv: no purchase model"] = (typeof(ArgumentNullException), "purchases",
            "purchases", () => CdnowSpend.Clv(null!, 2, 3, 10, 20, 3, 1, 0.01)),
        ["10 GammaGamma.Clv: negative periods"] = (typeof(ArgumentOutOfRangeException), "periods",
            "periods must not be negative; was -1.", () => CdnowSpend.Clv(new LinearPurchases(0.5), 2, 3, 10, 20, -1, 1, 0.01)),
        ["11 GammaGamma.Clv: period length 0"] = (typeof(ArgumentOutOfRangeException), "periodLength",
            "periodLength must be finite and greater than zero; was 0.", () => CdnowSpend.Clv(new LinearPurchases(0.5), 2, 3, 10, 20, 3, 0, 0.01)),
        ["12 GammaGamma.Clv: discount rate exactly -1"] = (typeof(ArgumentOutOfRangeException), "discountRate",
            "discountRate must be finite and greater than -1; was -1.", () => CdnowSpend.Clv(new LinearPurchases(0.5), 2, 3, 10, 20, 3, 1, -1)),
        ["13 GammaGamma.Clv: discount rate infinite"] = (typeof(ArgumentOutOfRangeException), "discountRate",
            "discountRate must be finite and greater than -1; was ",
            () => CdnowSpend.Clv(new LinearPurchases(0.5), 2, 3, 10, 20, 3, 1, double.PositiveInfinity)),
        // No periods: the purchase model is never asked, so only the Gamma-Gamma's own customer check can reject the history.
        ["14 GammaGamma.Clv: recency beyond age, no periods"] = (typeof(ArgumentOutOfRangeException), "recency",
            "recency must be in [0, age], and 0 when frequency is 0; was 12.", () => CdnowSpend.Clv(new LinearPurchases(0.5), 2, 12, 10, 20, 0, 1, 0.01)),
        ["15 GammaGamma.Clv (summary): spend column shorter"] = (typeof(ArgumentException), "monetaryValue",
            "monetaryValue has 1 elements; the columns must all have 2.",
            () => CdnowSpend.Clv(new LinearPurchases(0.5), new CustomerSummaryColumns([1, 2], [3, 4], [10, 10]), [20], 3, 1, 0.01, new double[2])),
        ["16 GammaGamma.Clv (summary): destination over the spend"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.", () => OverlappingClv(0)),
        ["17 GammaGamma.Clv (summary): destination over the frequency"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.", () => OverlappingClv(1)),
        ["18 GammaGamma.Clv (summary): destination over the recency"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.", () => OverlappingClv(2)),
        ["19 GammaGamma.Clv (summary): destination over the age"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.", () => OverlappingClv(3)),

        ["20 ParetoNbd: r 0"] = (typeof(ArgumentOutOfRangeException), "r",
            "r must be finite and greater than zero; was 0.", () => _ = new ParetoNbd(0, 10.58, 0.61, 11.67)),
        ["21 ParetoNbd: alpha NaN"] = (typeof(ArgumentOutOfRangeException), "alpha",
            "alpha must be finite and greater than zero; was NaN.", () => _ = new ParetoNbd(0.55, double.NaN, 0.61, 11.67)),
        ["22 ParetoNbd: s negative"] = (typeof(ArgumentOutOfRangeException), "s",
            "s must be finite and greater than zero; was -1.", () => _ = new ParetoNbd(0.55, 10.58, -1, 11.67)),
        ["23 ParetoNbd.Fit: negative penalizer"] = (typeof(ArgumentOutOfRangeException), "penalizer",
            "penalizer must be finite and not negative; was -0.5.", () => ParetoNbd.Fit(new CustomerSummaryColumns([], [], []), -0.5)),
        ["24 ParetoNbd.Fit: zero iterations"] = (typeof(ArgumentOutOfRangeException), "maxIterations",
            "maxIterations must be greater than zero; was 0.", () => ParetoNbd.Fit(new CustomerSummaryColumns([], [], []), 0, 0)),
        ["25 ParetoNbd.ConditionalExpectedPurchases: negative time"] = (typeof(ArgumentOutOfRangeException), "time",
            "time must be finite and not negative; was -1.", () => new ParetoNbd(0.55, 10.58, 0.61, 11.67).ConditionalExpectedPurchases(-1, 2, 3, 10)),
        ["26 ParetoNbd.ExpectedPurchasesNewCustomer: negative time"] = (typeof(ArgumentOutOfRangeException), "time",
            "time must be finite and not negative; was -1.", () => new ParetoNbd(0.55, 10.58, 0.61, 11.67).ExpectedPurchasesNewCustomer(-1)),
        // Row 1 has recency 12 beyond age 10; unchecked, the kernel would return a number.
        ["27 ParetoNbd.TotalLogLikelihood: recency beyond age in row 1"] = (typeof(ArgumentOutOfRangeException), "recency",
            "recency[1] must be in [0, age], and 0 when frequency is 0; was 12.",
            () => new ParetoNbd(0.55, 10.58, 0.61, 11.67).TotalLogLikelihood(new CustomerSummaryColumns([1, 2], [3, 12], [10, 10]))),
    };

    public static TheoryData<string> GammaGammaParetoRejectedInputs() => [.. GammaGammaParetoRejectedInputCases.Keys];

    [Theory]
    [MemberData(nameof(GammaGammaParetoRejectedInputs))]
    public void GammaGammaParetoRejectedInput_ThrowsNamingTheParameterAndTheRule(string name)
    {
        (Type exception, string parameter, string rule, Action call) = GammaGammaParetoRejectedInputCases[name];
        Support.RejectedInput.Throws(exception, parameter, rule, call);
    }

    /// <summary>The summary form of Clv with a destination laid over one input column (0 spend, 1 frequency, 2 recency, 3 age) and clear of the others.</summary>
    private static void OverlappingClv(int column)
    {
        double[][] columns = [[20, 30], [1, 2], [1, 2], [10, 10]];
        double[] shared = [.. columns[column], 0];
        columns[column] = shared;
        var summary = new CustomerSummaryColumns(columns[1].AsSpan(0, 2), columns[2].AsSpan(0, 2), columns[3].AsSpan(0, 2));
        CdnowSpend.Clv(new LinearPurchases(0.5), summary, columns[0].AsSpan(0, 2), 3, 1, 0.01, shared.AsSpan(1, 2));
    }
}
