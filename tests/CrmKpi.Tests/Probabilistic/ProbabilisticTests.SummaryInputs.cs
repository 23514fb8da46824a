using System;
using System.Collections.Generic;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): every input check of the probabilistic models' summaries (<see cref="CustomerSummary"/>,
/// <see cref="CustomerSummaryColumns"/>, <see cref="DiscreteSummaryColumns"/> and the row and customer checks behind
/// the fits and predictions) that no test reached, one case per check. Each case breaks exactly one rule with every other
/// argument valid; the test asserts the exact exception type, the parameter named and the documented rule, written out
/// by hand for the values of the case.
/// </summary>
public partial class ProbabilisticTests
{
    private static readonly LocalDate SummaryDay = new(2024, 3, 10);
    private static readonly LocalDate JulianDay = new(2024, 3, 10, CalendarSystem.Julian);

    // Fader, Hardie and Lee's CDNOW BG/NBD and Fader, Hardie and Shang's donations BG/BB parameters; any valid model would do.
    private static readonly BetaGeo SummaryBetaGeo = new(0.243, 4.414, 0.793, 2.426);
    private static readonly BetaGeoBetaBinomial SummaryBgbb = new(1.204, 0.750, 0.657, 2.783);

    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's per-test coverage.
    private static readonly Dictionary<string, (Type Exception, string Parameter, string Rule, Action Call)> SummaryInputCases = new()
    {
        // CustomerSummary.FromTransactions: ISO dates, a defined unit, indexes in range, finite amounts.
        ["00 FromTransactions with holdout: a Julian calibration end"] = (typeof(ArgumentException), "calibrationEnd",
            "calibrationEnd must be in the ISO calendar",
            () => CustomerSummary.FromTransactions(SummaryLog([0], [SummaryDay], [5]), JulianDay, SummaryDay.PlusDays(7), SummaryTimeUnit.Days)),
        ["01 FromTransactions with holdout: a Julian holdout end"] = (typeof(ArgumentException), "holdoutEnd",
            "holdoutEnd must be in the ISO calendar",
            () => CustomerSummary.FromTransactions(SummaryLog([0], [SummaryDay], [5]), SummaryDay, JulianDay.PlusDays(7), SummaryTimeUnit.Days)),
        ["02 FromTransactions: an undefined unit"] = (typeof(ArgumentOutOfRangeException), "unit",
            "unit must be a defined SummaryTimeUnit value; was 3.",
            () => CustomerSummary.FromTransactions(SummaryLog([0], [SummaryDay], [5]), SummaryDay, (SummaryTimeUnit)3)),
        ["03 FromTransactions: a Julian calibration end"] = (typeof(ArgumentException), "calibrationEnd",
            "calibrationEnd must be in the ISO calendar",
            () => CustomerSummary.FromTransactions(SummaryLog([0], [SummaryDay], [5]), JulianDay, SummaryTimeUnit.Days)),
        ["04 FromTransactions: a Julian purchase date"] = (typeof(ArgumentException), "dates",
            "dates[1] must be in the ISO calendar",
            () => CustomerSummary.FromTransactions(SummaryLog([0, 1], [SummaryDay, JulianDay], [5, 5]), SummaryDay, SummaryTimeUnit.Days)),
        ["05 FromTransactions: a customer index equal to the customer count"] = (typeof(ArgumentOutOfRangeException), "customerIndexes",
            "customerIndexes[1] must be in [0, 2); was 2.",
            () => CustomerSummary.FromTransactions(SummaryLog([0, 2], [SummaryDay, SummaryDay], [5, 5]), SummaryDay, SummaryTimeUnit.Days)),
        ["06 FromTransactions: a NaN amount"] = (typeof(ArgumentOutOfRangeException), "amounts",
            "amounts[1] must be finite; was NaN.",
            () => CustomerSummary.FromTransactions(SummaryLog([0, 1], [SummaryDay, SummaryDay], [5, double.NaN]), SummaryDay, SummaryTimeUnit.Days)),

        // The column groups: every column as long as the frequency column.
        ["07 CustomerSummaryColumns: a short recency column"] = (typeof(ArgumentException), "recency",
            "recency has 1 elements; the columns must all have 2.",
            () => _ = new CustomerSummaryColumns([1, 0], [1], [2, 2])),
        ["08 DiscreteSummaryColumns: a short recency column"] = (typeof(ArgumentException), "recency",
            "recency has 1 elements; the columns must all have 2.",
            () => _ = new DiscreteSummaryColumns([1, 0], [1], [2, 2])),
        ["09 DiscreteSummaryColumns: a short periods column"] = (typeof(ArgumentException), "periods",
            "periods has 1 elements; the columns must all have 2.",
            () => _ = new DiscreteSummaryColumns([1, 0], [1, 0], [2])),

        // BG/BB rows (DiscreteSummaryColumns rules), through the public log-likelihood.
        ["10 BG/BB rows: periods not a whole number"] = (typeof(ArgumentOutOfRangeException), "periods",
            "periods[0] must be a whole number in [0, 100000]; was 1.5.",
            () => BgbbLogLikelihood([0], [0], [1.5], [])),
        ["11 BG/BB rows: negative whole periods"] = (typeof(ArgumentOutOfRangeException), "periods",
            "periods[0] must be a whole number in [0, 100000]; was -1.",
            () => BgbbLogLikelihood([0], [0], [-1], [])),
        ["12 BG/BB rows: a recency not a whole number"] = (typeof(ArgumentOutOfRangeException), "recency",
            "recency[0] must be a whole number in [0, periods]; was 0.5.",
            () => BgbbLogLikelihood([0], [0.5], [2], [])),
        ["13 BG/BB rows: a frequency above the recency"] = (typeof(ArgumentOutOfRangeException), "frequency",
            "frequency[0] must be a whole number in [0, recency], 0 exactly when recency is 0; was 2.",
            () => BgbbLogLikelihood([2], [1], [3], [])),
        ["14 BG/BB rows: a negative weight"] = (typeof(ArgumentOutOfRangeException), "weights",
            "weights[0] must be finite and not negative; was -1.",
            () => BgbbLogLikelihood([1], [1], [2], [-1])),
        ["15 BG/BB fit: the only repeat row has weight 0"] = (typeof(ArgumentException), "summary",
            "summary.Frequency is 0 for every customer",
            () => BetaGeoBetaBinomial.Fit(new DiscreteSummaryColumns([0, 0, 1], [0, 0, 1], [2, 3, 2], [1, 1, 0]))),

        // BG/BB single-customer history.
        ["16 BG/BB customer: periods not a whole number"] = (typeof(ArgumentOutOfRangeException), "periods",
            "periods must be a whole number in [0, 100000]; was 1.5.",
            () => SummaryBgbb.ProbabilityAlive(0, 0, 1.5)),
        ["17 BG/BB customer: a recency above the periods"] = (typeof(ArgumentOutOfRangeException), "recency",
            "recency must be a whole number in [0, periods]; was 3.",
            () => SummaryBgbb.ProbabilityAlive(1, 3, 2)),
        ["18 BG/BB customer: a frequency not a whole number"] = (typeof(ArgumentOutOfRangeException), "frequency",
            "frequency must be a whole number in [0, recency], 0 exactly when recency is 0; was 0.5.",
            () => SummaryBgbb.ProbabilityAlive(0.5, 1, 2)),
        ["19 BG/BB customer: a zero discount rate"] = (typeof(ArgumentOutOfRangeException), "discountRate",
            "discountRate must be finite and at least 0.0001 per period; was 0.",
            () => SummaryBgbb.DiscountedExpectedResidualTransactions(0, 1, 1, 2)),

        // Continuous-time rows (CustomerSummaryColumns rules), through the BG/NBD fit.
        ["20 BG/NBD rows: a frequency not a whole number"] = (typeof(ArgumentOutOfRangeException), "frequency",
            "frequency[1] must be a whole number, not negative; was 1.5.",
            () => BetaGeo.Fit(new CustomerSummaryColumns([2, 1.5], [3, 1], [4, 4]))),
        ["21 BG/NBD rows: a negative age"] = (typeof(ArgumentOutOfRangeException), "age",
            "age[0] must be finite and not negative; was -1.",
            () => BetaGeo.Fit(new CustomerSummaryColumns([0, 2], [0, 1], [-1, 4]))),
        ["22 BG/NBD rows: a recency above the age"] = (typeof(ArgumentOutOfRangeException), "recency",
            "recency[0] must be in [0, age], and 0 when frequency is 0; was 5.",
            () => BetaGeo.Fit(new CustomerSummaryColumns([2, 0], [5, 0], [4, 4]))),
        ["23 BG/NBD fit: every age 0"] = (typeof(ArgumentException), "summary",
            "summary.Age is 0 for every customer",
            () => BetaGeo.Fit(new CustomerSummaryColumns([1, 0], [0, 0], [0, 0]))),

        // BG/NBD single-customer history and population forecast.
        ["24 BG/NBD customer: a frequency not a whole number"] = (typeof(ArgumentOutOfRangeException), "frequency",
            "frequency must be a whole number, not negative; was 1.5.",
            () => SummaryBetaGeo.ProbabilityAlive(1.5, 1, 2)),
        ["25 BG/NBD customer: a negative age"] = (typeof(ArgumentOutOfRangeException), "age",
            "age must be finite and not negative; was -1.",
            () => SummaryBetaGeo.ProbabilityAlive(0, 0, -1)),
        ["26 BG/NBD customer: a recency above the age"] = (typeof(ArgumentOutOfRangeException), "recency",
            "recency must be in [0, age], and 0 when frequency is 0; was 5.",
            () => SummaryBetaGeo.ProbabilityAlive(1, 5, 4)),
        ["27 BG/NBD population: a NaN time"] = (typeof(ArgumentOutOfRangeException), "time",
            "time must be finite; was NaN.",
            () => SummaryBetaGeo.ExpectedPopulationRepeatPurchases([1], double.NaN)),
        ["28 BG/NBD population: a negative age"] = (typeof(ArgumentOutOfRangeException), "ages",
            "ages[1] must be finite and not negative; was -1.",
            () => SummaryBetaGeo.ExpectedPopulationRepeatPurchases([1, -1], 1)),
    };

    public static TheoryData<string> SummaryInputs() => [.. SummaryInputCases.Keys];

    [Theory]
    [MemberData(nameof(SummaryInputs))]
    public void SummaryInput_ThrowsNamingTheParameterAndTheRule(string name)
    {
        (Type exception, string parameter, string rule, Action call) = SummaryInputCases[name];
        Support.RejectedInput.Throws(exception, parameter, rule, call);
    }

    private static TransactionColumns SummaryLog(int[] customers, LocalDate[] dates, double[] amounts) =>
        new(customers, dates, amounts, 2);

    private static void BgbbLogLikelihood(double[] x, double[] recency, double[] periods, double[] weights) =>
        SummaryBgbb.TotalLogLikelihood(new DiscreteSummaryColumns(x, recency, periods, weights));
}
