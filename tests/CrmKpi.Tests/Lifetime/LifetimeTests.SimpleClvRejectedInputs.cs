using System;
using System.Collections.Generic;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): every input check of the simple CLV calculators (historical, margin and
/// retention-discount CLV) that no test reached, one case per check. Each case breaks exactly one rule with every other
/// argument valid, so only that check can throw; the test asserts the exact exception type, the parameter it names and
/// the rule its message states. The expected texts are the documented rules (the XML docs' exception clauses) written
/// out by hand for the values of each case.
/// </summary>
public partial class LifetimeTests
{
    private static readonly LocalDate SimpleClvDay = new(2024, 3, 1);

    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's per-test coverage.
    private static readonly Dictionary<string, (Type Exception, string Parameter, string Rule, Action Call)> SimpleClvRejectedCases = new()
    {
        // HistoricalClv(purchases, acquisitionCost, serviceCost).
        ["00 HistoricalClv: NaN purchases"] = (typeof(ArgumentOutOfRangeException), "purchases",
            "purchases must be finite; was NaN.",
            () => Lifetime.HistoricalClv(double.NaN, 300, 500)),
        ["01 HistoricalClv: a negative acquisition cost"] = (typeof(ArgumentOutOfRangeException), "acquisitionCost",
            "acquisitionCost must be finite and not negative; was -1.",
            () => Lifetime.HistoricalClv(2400, -1, 500)),
        ["02 HistoricalClv: a negative service cost"] = (typeof(ArgumentOutOfRangeException), "serviceCost",
            "serviceCost must be finite and not negative; was -1.",
            () => Lifetime.HistoricalClv(2400, 300, -1)),

        // HistoricalClv over a log, with costs: a destination apart from the costs, every cost checked.
        ["03 HistoricalClv columns: destination overlaps the costs"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.",
            () =>
            {
                // Two customers; the costs are buffer[0..2], the destination buffer[1..3] shares element 1.
                double[] buffer = [5, 5, 0];
                Lifetime.HistoricalClv(SimpleClvLog([0, 1], [10, 20]), buffer.AsSpan(0, 2), buffer.AsSpan(1, 2));
            }),
        ["04 HistoricalClv columns: a negative cost"] = (typeof(ArgumentOutOfRangeException), "customerCosts",
            "customerCosts[1] must be finite and not negative; was -1.",
            () => Lifetime.HistoricalClv(SimpleClvLog([0, 1], [10, 20]), [0, -1], new double[2])),
        ["04b HistoricalClv columns: every cost negative"] = (typeof(ArgumentOutOfRangeException), "customerCosts",
            "customerCosts[0] must be finite and not negative; was -1.",
            () => Lifetime.HistoricalClv(SimpleClvLog([0, 1], [10, 20]), [-1, -2], new double[2])),
        ["05 HistoricalClv columns: an infinite cost"] = (typeof(ArgumentOutOfRangeException), "customerCosts",
            "customerCosts[0] must be finite and not negative; was Infinity.",
            () => Lifetime.HistoricalClv(SimpleClvLog([0, 1], [10, 20]), [double.PositiveInfinity, 0], new double[2])),

        // HistoricalClv over a log, before costs: a long enough destination, indexes in range, finite amounts.
        ["06 HistoricalClv columns: destination shorter than the customer count"] = (typeof(ArgumentException), "destination",
            "destination has 1 elements; at least 2 are needed.",
            () => Lifetime.HistoricalClv(SimpleClvLog([0, 1], [10, 20]), new double[1])),
        ["07 HistoricalClv columns: a customer index equal to the customer count"] = (typeof(ArgumentOutOfRangeException), "customerIndexes",
            "customerIndexes[1] must be a customer index in [0, 2); was 2.",
            () => Lifetime.HistoricalClv(SimpleClvLog([0, 2], [10, 20]), new double[3])),
        ["08 HistoricalClv columns: a NaN amount"] = (typeof(ArgumentOutOfRangeException), "amounts",
            "amounts[1] must be finite; was NaN.",
            () => Lifetime.HistoricalClv(SimpleClvLog([0, 1], [10, double.NaN]), new double[2])),
        ["08b HistoricalClv columns: a NaN amount after two finite ones"] = (typeof(ArgumentOutOfRangeException), "amounts",
            "amounts[2] must be finite; was NaN.",
            () => Lifetime.HistoricalClv(SimpleClvLog([0, 1, 0], [10, 20, double.NaN]), new double[2])),

        // MarginClv: each argument outside its documented range.
        ["09 MarginClv: a negative average transaction"] = (typeof(ArgumentOutOfRangeException), "averageTransaction",
            "averageTransaction must be finite and not negative; was -1.",
            () => Lifetime.MarginClv(-1, 4, 3, 0.25)),
        ["10 MarginClv: a NaN purchase frequency"] = (typeof(ArgumentOutOfRangeException), "purchaseFrequency",
            "purchaseFrequency must be finite and not negative; was NaN.",
            () => Lifetime.MarginClv(50, double.NaN, 3, 0.25)),
        ["11 MarginClv: a negative lifespan"] = (typeof(ArgumentOutOfRangeException), "lifespanPeriods",
            "lifespanPeriods must be finite and not negative; was -1.",
            () => Lifetime.MarginClv(50, 4, -1, 0.25)),
        ["12 MarginClv: a margin above 1"] = (typeof(ArgumentOutOfRangeException), "profitMargin",
            "profitMargin must be in the range [0, 1]; was 1.5.",
            () => Lifetime.MarginClv(50, 4, 3, 1.5)),

        // RetentionDiscountClv, infinite and finite horizon.
        ["13 RetentionDiscountClv: a NaN margin"] = (typeof(ArgumentOutOfRangeException), "marginPerPeriod",
            "marginPerPeriod must be finite; was NaN.",
            () => Lifetime.RetentionDiscountClv(double.NaN, 0.8, 0.1)),
        ["14 RetentionDiscountClv: a negative discount rate"] = (typeof(ArgumentOutOfRangeException), "discountRate",
            "discountRate must be finite and not negative; was -0.5.",
            () => Lifetime.RetentionDiscountClv(100, 0.8, -0.5)),
        ["15 RetentionDiscountClv horizon: an infinite margin"] = (typeof(ArgumentOutOfRangeException), "marginPerPeriod",
            "marginPerPeriod must be finite; was Infinity.",
            () => Lifetime.RetentionDiscountClv(double.PositiveInfinity, 0.8, 0.1, 2)),
        ["16 RetentionDiscountClv horizon: a retention rate above 1"] = (typeof(ArgumentOutOfRangeException), "retentionRate",
            "retentionRate must be in the range [0, 1]; was 1.1.",
            () => Lifetime.RetentionDiscountClv(100, 1.1, 0.1, 2)),
        ["17 RetentionDiscountClv horizon: a NaN discount rate"] = (typeof(ArgumentOutOfRangeException), "discountRate",
            "discountRate must be finite and not negative; was NaN.",
            () => Lifetime.RetentionDiscountClv(100, 0.8, double.NaN, 2)),
    };

    public static TheoryData<string> SimpleClvRejectedInputs() => [.. SimpleClvRejectedCases.Keys];

    [Theory]
    [MemberData(nameof(SimpleClvRejectedInputs))]
    public void SimpleClvRejectedInput_ThrowsNamingTheParameterAndTheRule(string name)
    {
        (Type exception, string parameter, string rule, Action call) = SimpleClvRejectedCases[name];
        Support.RejectedInput.Throws(exception, parameter, rule, call);
    }

    /// <summary>A log of one purchase per row on one day, for a customer count of 2.</summary>
    private static TransactionColumns SimpleClvLog(int[] customers, double[] amounts)
    {
        var dates = new LocalDate[customers.Length];
        Array.Fill(dates, SimpleClvDay);
        return new TransactionColumns(customers, dates, amounts, 2);
    }
}
