using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): the input checks of the Rfm family that no test told apart from their removal, one case
/// per check. Each case breaks exactly one rule with every other argument valid, so only that check can throw; the test
/// asserts the exact exception type, the parameter it names and the rule its message states (with the row, the value or
/// the date of the case), so a removed check, a shifted boundary or an emptied message each fail it. The expected texts
/// are the documented rules (the XML docs' exception clauses) written out by hand for the rows of each case.
/// </summary>
public partial class RfmTests
{
    private static readonly DateInterval FebruaryWindow = new(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29));

    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's per-test coverage.
    private static readonly Dictionary<string, (Type Exception, string Parameter, string Rule, Action Call)> RejectedInputCases = new()
    {
        // Values: the window, the calendars, asOf against the window's end, a destination apart from each column.
        ["00 Values: a null window"] = (typeof(ArgumentNullException), "window", "Value cannot be null",
            () => Rfm.Values(TwoRows(), null!, FebruaryWindow.End, RfmMonetary.Total, new RfmValues[2])),
        ["01 Values: a window in the Julian calendar"] = (typeof(ArgumentException), "window",
            "window must be in the ISO calendar",
            () => Rfm.Values(TwoRows(), new DateInterval(new LocalDate(2024, 2, 1, CalendarSystem.Julian), new LocalDate(2024, 2, 28, CalendarSystem.Julian)),
                FebruaryWindow.End, RfmMonetary.Total, new RfmValues[2])),
        ["02 Values: asOf in the Julian calendar"] = (typeof(ArgumentException), "asOf",
            "asOf must be in the ISO calendar",
            () => Rfm.Values(TwoRows(), FebruaryWindow, new LocalDate(2024, 3, 20, CalendarSystem.Julian), RfmMonetary.Total, new RfmValues[2])),
        ["03 Values: asOf one day before the window's end"] = (typeof(ArgumentOutOfRangeException), "asOf",
            "asOf must not be before the window's end (2024-02-29)",
            () => Rfm.Values(TwoRows(), FebruaryWindow, new LocalDate(2024, 2, 28), RfmMonetary.Total, new RfmValues[2])),
        ["04 Values: destination overlaps the customer indexes"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.",
            () =>
            {
                RfmValues[] buffer = new RfmValues[2];
                Span<int> customers = MemoryMarshal.Cast<RfmValues, int>(buffer.AsSpan())[..2];
                customers[0] = 0;
                customers[1] = 1;
                Rfm.Values(new TransactionColumns(customers, [new(2024, 2, 5), new(2024, 2, 20)], [10.0, 20.0], 2), FebruaryWindow, FebruaryWindow.End, RfmMonetary.Total, buffer);
            }),
        ["05 Values: destination overlaps the dates"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.",
            () =>
            {
                RfmValues[] buffer = new RfmValues[2];
                Span<LocalDate> dates = MemoryMarshal.Cast<RfmValues, LocalDate>(buffer.AsSpan())[..2];
                dates[0] = new LocalDate(2024, 2, 5);
                dates[1] = new LocalDate(2024, 2, 20);
                Rfm.Values(new TransactionColumns([0, 1], dates, [10.0, 20.0], 2), FebruaryWindow, FebruaryWindow.End, RfmMonetary.Total, buffer);
            }),
        ["06 Values: destination overlaps the amounts"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.",
            () =>
            {
                RfmValues[] buffer = new RfmValues[2];
                Span<double> amounts = MemoryMarshal.Cast<RfmValues, double>(buffer.AsSpan())[..2];
                amounts[0] = 10;
                amounts[1] = 20;
                Rfm.Values(new TransactionColumns([0, 1], [new(2024, 2, 5), new(2024, 2, 20)], amounts, 2), FebruaryWindow, FebruaryWindow.End, RfmMonetary.Total, buffer);
            }),

        // Table names its own outputs, not the destination of the step it delegates to.
        ["07 Table: values shorter than the customer count"] = (typeof(ArgumentException), "values",
            "values has 1 elements; at least 2 are needed.",
            () => Rfm.Table(TwoRows(), FebruaryWindow, FebruaryWindow.End, RfmMonetary.Total, 5, RfmScoring.RankBased, new RfmValues[1], new RfmScore[2], null)),
        ["08 Table: scores shorter than the customer count"] = (typeof(ArgumentException), "scores",
            "scores has 1 elements; at least 2 are needed.",
            () => Rfm.Table(TwoRows(), FebruaryWindow, FebruaryWindow.End, RfmMonetary.Total, 5, RfmScoring.RankBased, new RfmValues[2], new RfmScore[1], null)),

        // Score: a destination apart from the values, and the first invalid customer named with its rule.
        ["09 Score: destination overlaps the values"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.",
            () =>
            {
                RfmValues[] buffer = [new(1, 1, 10), new(2, 2, 20), new(3, 3, 30)];
                Span<RfmScore> destination = MemoryMarshal.Cast<RfmValues, RfmScore>(buffer.AsSpan(1, 2))[..2];
                Rfm.Score(buffer.AsSpan(0, 2), 5, RfmScoring.RankBased, destination, null);
            }),
        ["10 Score: the only customer has a negative recency"] = (typeof(ArgumentOutOfRangeException), "values",
            "values[0] must have a recency that is not negative and a finite monetary value when the frequency is positive",
            () => Rfm.Score([new RfmValues(-1, 1, 10)], 5, RfmScoring.RankBased)),
        ["11 Score: a negative recency after an unscored customer and a recency of 0"] = (typeof(ArgumentOutOfRangeException), "values",
            "values[2] must have a recency that is not negative and a finite monetary value when the frequency is positive",
            () => Rfm.Score([RfmValues.NoPurchase, new RfmValues(0, 1, 5), new RfmValues(-1, 1, 10)], 5, RfmScoring.RankBased)),
        ["12 Score: a negative frequency"] = (typeof(ArgumentOutOfRangeException), "values",
            "values[1] must have a frequency that is not negative",
            () => Rfm.Score([new RfmValues(1, 1, 1), new RfmValues(1, -2, 10)], 5, RfmScoring.RankBased)),

        // Values from activity: asOf's calendar, the monetary kind, asOf against each customer's last purchase.
        ["13 Values from activity: asOf in the Julian calendar"] = (typeof(ArgumentException), "asOf",
            "asOf must be in the ISO calendar",
            () => Rfm.Values(TwoActivities(), new LocalDate(2024, 3, 20, CalendarSystem.Julian), RfmMonetary.Total)),
        ["14 Values from activity: an undefined monetary kind"] = (typeof(ArgumentOutOfRangeException), "monetary",
            "monetary must be a defined RfmMonetary value; was 7.",
            () => Rfm.Values(TwoActivities(), FebruaryWindow.End, (RfmMonetary)7)),
        ["15 Values from activity: asOf before customer 1's last purchase"] = (typeof(ArgumentOutOfRangeException), "asOf",
            "asOf must not be before customer 1's last purchase in the window (2024-02-20)",
            () => Rfm.Values(TwoActivities(), new LocalDate(2024, 2, 10), RfmMonetary.Total)),

        // Segments and SegmentCounts: the table, the destination, every score in 1..Bins.
        ["16 Segments: a null rule table"] = (typeof(ArgumentNullException), "rules", "Value cannot be null",
            () => Rfm.Segments([new RfmScore(5, 5, 5)], null!, new RfmSegment[1])),
        ["17 SegmentCounts: a null rule table"] = (typeof(ArgumentNullException), "rules", "Value cannot be null",
            () => Rfm.SegmentCounts([new RfmScore(5, 5, 5)], null!)),
        ["18 Segments: destination shorter than the scores"] = (typeof(ArgumentException), "destination",
            "destination has 1 elements; at least 2 are needed.",
            () => Rfm.Segments([new RfmScore(5, 5, 5), new RfmScore(1, 1, 1)], RfmSegmentRules.Default, new RfmSegment[1])),
        ["19 Segments: a monetary score of 6 with five bins"] = (typeof(ArgumentOutOfRangeException), "scores",
            "scores[1] must have every score in 1..5",
            () => Rfm.Segments([new RfmScore(5, 5, 5), new RfmScore(1, 1, 6)], RfmSegmentRules.Default, new RfmSegment[2])),
        ["20 SegmentCounts: a monetary score of 6 with five bins"] = (typeof(ArgumentOutOfRangeException), "scores",
            "scores[1] must have every score in 1..5",
            () => Rfm.SegmentCounts([new RfmScore(5, 5, 5), new RfmScore(1, 1, 6)], RfmSegmentRules.Default)),

        // The rule table: bins, the rows, the segment of each row; Classify's partly set and too high scores.
        ["21 RfmSegmentRules: one bin (a one-cell table that would otherwise be complete)"] = (typeof(ArgumentOutOfRangeException), "bins",
            "bins must be in the range [2, 10]; was 1.",
            () => _ = new RfmSegmentRules(1, [new RfmSegmentRule(RfmSegment.Lost, 1, 1, 1, 1)])),
        ["22 RfmSegmentRules: null rows"] = (typeof(ArgumentNullException), "rules", "Value cannot be null",
            () => _ = new RfmSegmentRules(2, null!)),
        ["23 RfmSegmentRules: a row naming the unscored segment, bounds valid"] = (typeof(ArgumentOutOfRangeException), "rules",
            "rules[0] must name a scored segment and bounds with 1 <= min <= max <= 2",
            () => _ = new RfmSegmentRules(2, [new RfmSegmentRule(RfmSegment.NoPurchaseInWindow, 1, 2, 1, 2)])),
        ["24 RfmSegmentRules: a row naming an undefined segment, bounds valid"] = (typeof(ArgumentOutOfRangeException), "rules",
            "rules[0] must name a scored segment and bounds with 1 <= min <= max <= 2",
            () => _ = new RfmSegmentRules(2, [new RfmSegmentRule((RfmSegment)99, 1, 2, 1, 2)])),
        ["25 ForBins: one bin"] = (typeof(ArgumentOutOfRangeException), "bins",
            "bins must be in the range [2, 10]; was 1.",
            () => RfmSegmentRules.ForBins(1)),
        ["26 Classify: frequency score 0 while recency and monetary are set"] = (typeof(ArgumentOutOfRangeException), "score",
            "score must have every score in 1..5; was 101.",
            () => RfmSegmentRules.Default.Classify(new RfmScore(1, 0, 1))),
        ["27 Classify: monetary score 0 while recency and frequency are set"] = (typeof(ArgumentOutOfRangeException), "score",
            "score must have every score in 1..5; was 110.",
            () => RfmSegmentRules.Default.Classify(new RfmScore(1, 1, 0))),
        ["28 Classify: monetary score one above the bins"] = (typeof(ArgumentOutOfRangeException), "score",
            "score must have every score in 1..5; was 116.",
            () => RfmSegmentRules.Default.Classify(new RfmScore(1, 1, 6))),

        // Two bad rows of one kind: a fold that toggled instead of accumulating would cancel them out. Direct pass (shift -1)
        // and customer blocks of two (shift 1).
        ["29 Values, direct pass: two rows in the Julian calendar"] = (typeof(ArgumentException), "dates",
            "dates[1] must be in the ISO calendar", () => TwoBadRows(julian: true, shift: -1)),
        ["30 Values, customer blocks: two rows in the Julian calendar"] = (typeof(ArgumentException), "dates",
            "dates[1] must be in the ISO calendar", () => TwoBadRows(julian: true, shift: 1)),
        ["31 Values, direct pass: two infinite amounts"] = (typeof(ArgumentOutOfRangeException), "amounts",
            "amounts[1] must be finite; was", () => TwoBadRows(julian: false, shift: -1)),
        ["32 Values, customer blocks: two infinite amounts"] = (typeof(ArgumentOutOfRangeException), "amounts",
            "amounts[1] must be finite; was", () => TwoBadRows(julian: false, shift: 1)),
    };

    // Four rows of four customers in February; rows 1 and 2 are both bad (Julian dates or infinite amounts).
    private static void TwoBadRows(bool julian, int shift)
    {
        LocalDate[] dates = [new(2024, 2, 3), new(2024, 2, 4), new(2024, 2, 5), new(2024, 2, 6)];
        double[] amounts = [1, 2, 3, 4];
        if (julian)
        {
            dates[1] = dates[1].WithCalendar(CalendarSystem.Julian);
            dates[2] = dates[2].WithCalendar(CalendarSystem.Julian);
        }
        else
        {
            amounts[1] = double.PositiveInfinity;
            amounts[2] = double.NegativeInfinity;
        }

        Rfm.Values(new TransactionColumns([0, 1, 2, 3], dates, amounts, 4), FebruaryWindow, FebruaryWindow.End, RfmMonetary.Total, new RfmValues[4], new RfmWorkspace(), shift);
    }

    public static TheoryData<string> RejectedInputs() => [.. RejectedInputCases.Keys];

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void RejectedInput_ThrowsNamingTheParameterAndTheRule(string name)
    {
        (Type exception, string parameter, string rule, Action call) = RejectedInputCases[name];
        Support.RejectedInput.Throws(exception, parameter, rule, call);
    }

    // Two customers, one row each in February: customer 0 on the 5th (10), customer 1 on the 20th (20).
    private static TransactionColumns TwoRows() => new([0, 1], TwoRowDates, [10.0, 20.0], 2);

    private static readonly LocalDate[] TwoRowDates = [new(2024, 2, 5), new(2024, 2, 20)];

    private static CustomerActivity[] TwoActivities()
    {
        var activity = new CustomerActivity[2];
        CustomerActivity.Compute(TwoRows(), FebruaryWindow, activity);
        return activity;
    }
}
