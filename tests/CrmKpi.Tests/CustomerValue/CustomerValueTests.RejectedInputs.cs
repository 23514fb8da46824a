using System;
using System.Collections.Generic;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): every input check of the CustomerValue family that no test reached, one case per check.
/// Each case breaks exactly one rule with every other argument valid, so only that check can throw; the test asserts the
/// exact exception type, the parameter it names and the rule its message states (with the row and the value for a
/// column). The expected texts are the documented rules (the XML docs' exception clauses) written out by hand.
/// The column cases also pick their rows so that a check folded wrongly over the rows shows: a log whose only bad row is
/// its only row (a flag started "valid" and never cleared), a bad row after an even number of good ones (a flag toggled
/// per row instead of cleared), and a bad row that is only bad by one rule (+infinity, a negative value on its own).
/// </summary>
public partial class CustomerValueTests
{
    private static readonly LocalDate Day = new(2024, 3, 1);

    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's per-test coverage.
    private static readonly Dictionary<string, (Type Exception, string Parameter, string Rule, Action Call)> RejectedInputCases = new()
    {
        // Scalar forms: each argument on its own.
        ["00 AverageOrderValue: a NaN sales amount"] = (typeof(ArgumentOutOfRangeException), "salesAmount",
            "salesAmount must be finite; was NaN.",
            () => CustomerValue.AverageOrderValue(double.NaN, 10)),
        ["01 AverageOrderValue: a negative transaction count"] = (typeof(ArgumentOutOfRangeException), "transactions",
            "transactions must not be negative; was -1.",
            () => CustomerValue.AverageOrderValue(100, -1)),
        ["02 ItemsPerTransaction: a negative item count"] = (typeof(ArgumentOutOfRangeException), "items",
            "items must not be negative; was -1.",
            () => CustomerValue.ItemsPerTransaction(-1, 10)),
        ["03 ItemsPerTransaction: a negative transaction count"] = (typeof(ArgumentOutOfRangeException), "transactions",
            "transactions must not be negative; was -1.",
            () => CustomerValue.ItemsPerTransaction(10, -1)),
        ["04 PurchaseFrequency: a negative transaction count"] = (typeof(ArgumentOutOfRangeException), "transactions",
            "transactions must not be negative; was -1.",
            () => CustomerValue.PurchaseFrequency(-1, 10)),
        ["05 PurchaseFrequency: a negative customer count"] = (typeof(ArgumentOutOfRangeException), "customers",
            "customers must not be negative; was -1.",
            () => CustomerValue.PurchaseFrequency(10, -1)),
        ["06 NetProfit: a NaN revenue"] = (typeof(ArgumentOutOfRangeException), "revenue",
            "revenue must be finite; was NaN.",
            () => CustomerValue.NetProfit(double.NaN, 0)),
        ["07 CategoryEngagement: a negative category spend"] = (typeof(ArgumentOutOfRangeException), "categorySpend",
            "categorySpend must be finite and not negative; was -1.",
            () => CustomerValue.CategoryEngagement(-1, 600)),
        ["08 CategoryEngagement: a NaN total spend (a zero category spend is not above it)"] = (typeof(ArgumentOutOfRangeException), "totalSpend",
            "totalSpend must be finite and not negative; was NaN.",
            () => CustomerValue.CategoryEngagement(0, double.NaN)),
        ["09 CategoryEngagement: a negative total spend"] = (typeof(ArgumentOutOfRangeException), "totalSpend",
            "totalSpend must be finite and not negative; was -1.",
            () => CustomerValue.CategoryEngagement(0, -1)),
        ["10 CategoryEngagement: a category spend one above the total"] = (typeof(ArgumentOutOfRangeException), "categorySpend",
            "categorySpend must not exceed totalSpend (600); was 601.",
            () => CustomerValue.CategoryEngagement(601, 600)),

        // CategoryEngagement over a log: the shape of the category column and of the destination.
        ["11 CategoryEngagement columns: fewer categories than rows"] = (typeof(ArgumentException), "categories",
            "categories has 1 elements; the columns must all have 2.",
            () => CustomerValue.CategoryEngagement(new TransactionColumns([0, 0], [Day, Day], [1, 2], 1), [1], 1, new double[1])),
        ["12 CategoryEngagement columns: a destination shorter than the customer count"] = (typeof(ArgumentException), "destination",
            "destination has 2 elements; at least 3 are needed.",
            () => CustomerValue.CategoryEngagement(new TransactionColumns([0, 2], [Day, Day], [1, 2], 3), [1, 1], 1, new double[2])),

        // CategoryEngagement over a log: the rows.
        ["13 CategoryEngagement columns: a customer index equal to the customer count"] = (typeof(ArgumentOutOfRangeException), "customerIndexes",
            "customerIndexes[1] must be a customer index in [0, 2); was 2.",
            () => CustomerValue.CategoryEngagement(new TransactionColumns([0, 2], [Day, Day], [1, 2], 2), [1, 1], 1)),
        ["14 CategoryEngagement columns: a negative customer index"] = (typeof(ArgumentOutOfRangeException), "customerIndexes",
            "customerIndexes[0] must be a customer index in [0, 2); was -1.",
            () => CustomerValue.CategoryEngagement(new TransactionColumns([-1, 0], [Day, Day], [1, 2], 2), [1, 1], 1)),
        ["15 CategoryEngagement columns: the only row has a negative amount"] = (typeof(ArgumentOutOfRangeException), "amounts",
            "amounts[0] must be finite and not negative; was -5.",
            () => CustomerValue.CategoryEngagement(new TransactionColumns([0], [Day], [-5], 1), [1], 1)),
        ["16 CategoryEngagement columns: an infinite amount after a good one"] = (typeof(ArgumentOutOfRangeException), "amounts",
            "amounts[1] must be finite and not negative",
            () => CustomerValue.CategoryEngagement(new TransactionColumns([0, 1], [Day, Day], [5, double.PositiveInfinity], 2), [1, 1], 1)),
        ["17 CategoryEngagement columns: a negative amount after two good ones"] = (typeof(ArgumentOutOfRangeException), "amounts",
            "amounts[2] must be finite and not negative; was -5.",
            () => CustomerValue.CategoryEngagement(new TransactionColumns([0, 1, 0], [Day, Day, Day], [5, 5, -5], 2), [1, 1, 1], 1)),

        // NetProfit over columns.
        ["18 NetProfit columns: destination overlaps the costs"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.",
            () =>
            {
                double[] buffer = [1, 2, 3, 0, 0];
                CustomerValue.NetProfit([10, 20, 30], buffer.AsSpan(0, 3), buffer.AsSpan(2, 3));
            }),
        ["19 NetProfit columns: the only row has a NaN revenue and a good cost"] = (typeof(ArgumentOutOfRangeException), "revenues",
            "revenues[0] must be finite; was NaN.",
            () => CustomerValue.NetProfit([double.NaN], [1], new double[1])),
        ["20 NetProfit columns: a NaN revenue after a good row"] = (typeof(ArgumentOutOfRangeException), "revenues",
            "revenues[1] must be finite; was NaN.",
            () => CustomerValue.NetProfit([5, double.NaN], [1, 1], new double[2])),
        ["21 NetProfit columns: the only row has a negative cost"] = (typeof(ArgumentOutOfRangeException), "costs",
            "costs[0] must be finite and not negative; was -1.",
            () => CustomerValue.NetProfit([1], [-1], new double[1])),
        ["22 NetProfit columns: an infinite cost after a good row"] = (typeof(ArgumentOutOfRangeException), "costs",
            "costs[1] must be finite and not negative",
            () => CustomerValue.NetProfit([1, 2], [0, double.PositiveInfinity], new double[2])),
        ["23 NetProfit columns: a negative cost after two good rows"] = (typeof(ArgumentOutOfRangeException), "costs",
            "costs[2] must be finite and not negative; was -1.",
            () => CustomerValue.NetProfit([1, 2, 3], [0, 0, -1], new double[3])),
    };

    public static TheoryData<string> RejectedInputs() => [.. RejectedInputCases.Keys];

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void RejectedInput_ThrowsNamingTheParameterAndTheRule(string name)
    {
        (Type exception, string parameter, string rule, Action call) = RejectedInputCases[name];
        Support.RejectedInput.Throws(exception, parameter, rule, call);
    }
}
