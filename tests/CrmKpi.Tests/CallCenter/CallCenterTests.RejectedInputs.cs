using System;
using System.Collections.Generic;
using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): every input check of the CallCenter family that no test reached, one case per check.
/// Each case breaks exactly one rule with every other argument valid, so only that check can throw; the test asserts the
/// exact exception type, the parameter it names and the rule its message states (the row and the value for a column), so
/// a removed check, a shifted boundary or an emptied message each fail it. The expected texts are the documented rules
/// (the XML docs' exception clauses) written out by hand for the rows of each case.
/// </summary>
public partial class CallCenterTests
{
    /// <summary>Two answered calls (waits 10 and 12 s, talk 100, hold 5, work 20), with <paramref name="bad"/> in row 1 of one column.</summary>
    private static RandomCalls TwoAnsweredCalls(string column, double bad)
    {
        var log = new RandomCalls([10, 12], [100, 100], [5, 5], [20, 20], [false, false], [false, false]);
        double[] target = column switch
        {
            "waitSeconds" => log.Wait,
            "talkSeconds" => log.Talk,
            "holdSeconds" => log.Hold,
            "afterCallWorkSeconds" => log.Work,
            _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a duration column"),
        };
        target[1] = bad;
        return log;
    }

    private const string BadRow1 = "[1] must be finite and not negative; was -1.";

    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's per-test coverage.
    private static readonly Dictionary<string, (Type Exception, string Parameter, string Rule, Action Call)> RejectedInputCases = new()
    {
        // AbandonmentRate from counts: both counts not negative, abandoned at most offered.
        ["00 AbandonmentRate(counts): negative abandoned"] = (typeof(ArgumentOutOfRangeException), "abandoned",
            "abandoned must not be negative; was -1.", () => CrmKpi.CallCenter.AbandonmentRate(-1, 10)),
        ["01 AbandonmentRate(counts): negative offered"] = (typeof(ArgumentOutOfRangeException), "offered",
            "offered must not be negative; was -1.", () => CrmKpi.CallCenter.AbandonmentRate(0, -1)),
        ["02 AbandonmentRate(counts): abandoned exceeds offered by one"] = (typeof(ArgumentOutOfRangeException), "abandoned",
            "abandoned must not exceed offered (4); was 5.", () => CrmKpi.CallCenter.AbandonmentRate(5, 4)),

        // AbandonmentRate of a log: the short-abandon limit, then each wait.
        ["03 AbandonmentRate(log): negative short-abandon limit"] = (typeof(ArgumentOutOfRangeException), "shortAbandon",
            "shortAbandon must not be negative", () => CrmKpi.CallCenter.AbandonmentRate(TwoAnsweredCalls("waitSeconds", 1).Columns, Sec(-1))),
        ["04 AbandonmentRate(log): a negative wait"] = (typeof(ArgumentOutOfRangeException), "waitSeconds",
            "waitSeconds" + BadRow1, () => CrmKpi.CallCenter.AbandonmentRate(TwoAnsweredCalls("waitSeconds", -1).Columns)),

        // AverageHandleTime from totals: each Duration and the count.
        ["05 AverageHandleTime(totals): negative talk"] = (typeof(ArgumentOutOfRangeException), "talk",
            "talk must not be negative", () => CrmKpi.CallCenter.AverageHandleTime(Sec(-1), Sec(0), Sec(0), 1)),
        ["06 AverageHandleTime(totals): negative hold"] = (typeof(ArgumentOutOfRangeException), "hold",
            "hold must not be negative", () => CrmKpi.CallCenter.AverageHandleTime(Sec(10), Sec(-1), Sec(0), 1)),
        ["07 AverageHandleTime(totals): negative after-call work"] = (typeof(ArgumentOutOfRangeException), "afterCallWork",
            "afterCallWork must not be negative", () => CrmKpi.CallCenter.AverageHandleTime(Sec(10), Sec(0), Sec(-1), 1)),
        ["08 AverageHandleTime(totals): negative handled calls"] = (typeof(ArgumentOutOfRangeException), "handledCalls",
            "handledCalls must not be negative; was -1.", () => CrmKpi.CallCenter.AverageHandleTime(Sec(10), Sec(0), Sec(0), -1)),

        // AverageHandleTime of a log: the definition, then each of the three columns it reads.
        ["09 AverageHandleTime(log): an undefined definition"] = (typeof(ArgumentOutOfRangeException), "definition",
            "definition must be a defined HandleTimeDefinition value; was 5.",
            () => CrmKpi.CallCenter.AverageHandleTime(TwoAnsweredCalls("waitSeconds", 1).Columns, (HandleTimeDefinition)5)),
        ["10 AverageHandleTime(log): a negative talk"] = (typeof(ArgumentOutOfRangeException), "talkSeconds",
            "talkSeconds" + BadRow1, () => CrmKpi.CallCenter.AverageHandleTime(TwoAnsweredCalls("talkSeconds", -1).Columns, HandleTimeDefinition.TalkHoldAfterCallWork)),
        ["11 AverageHandleTime(log): a negative hold (even when hold does not count)"] = (typeof(ArgumentOutOfRangeException), "holdSeconds",
            "holdSeconds" + BadRow1, () => CrmKpi.CallCenter.AverageHandleTime(TwoAnsweredCalls("holdSeconds", -1).Columns, HandleTimeDefinition.TalkAfterCallWork)),
        ["12 AverageHandleTime(log): a negative after-call work"] = (typeof(ArgumentOutOfRangeException), "afterCallWorkSeconds",
            "afterCallWorkSeconds" + BadRow1, () => CrmKpi.CallCenter.AverageHandleTime(TwoAnsweredCalls("afterCallWorkSeconds", -1).Columns, HandleTimeDefinition.TalkHoldAfterCallWork)),

        // The means over answered calls name their own column.
        ["13 AverageSpeedOfAnswer: a negative wait"] = (typeof(ArgumentOutOfRangeException), "waitSeconds",
            "waitSeconds" + BadRow1, () => CrmKpi.CallCenter.AverageSpeedOfAnswer(TwoAnsweredCalls("waitSeconds", -1).Columns)),
        ["14 AverageTalkTime: a negative talk"] = (typeof(ArgumentOutOfRangeException), "talkSeconds",
            "talkSeconds" + BadRow1, () => CrmKpi.CallCenter.AverageTalkTime(TwoAnsweredCalls("talkSeconds", -1).Columns)),
        ["15 AverageAfterCallWork: a negative after-call work"] = (typeof(ArgumentOutOfRangeException), "afterCallWorkSeconds",
            "afterCallWorkSeconds" + BadRow1, () => CrmKpi.CallCenter.AverageAfterCallWork(TwoAnsweredCalls("afterCallWorkSeconds", -1).Columns)),

        // BlockedShare from counts.
        ["16 BlockedShare(counts): negative blocked"] = (typeof(ArgumentOutOfRangeException), "blocked",
            "blocked must not be negative; was -1.", () => CrmKpi.CallCenter.BlockedShare(-1, 10)),
        ["17 BlockedShare(counts): negative attempts"] = (typeof(ArgumentOutOfRangeException), "attempts",
            "attempts must not be negative; was -1.", () => CrmKpi.CallCenter.BlockedShare(0, -1)),
        ["18 BlockedShare(counts): blocked exceeds attempts by one"] = (typeof(ArgumentOutOfRangeException), "blocked",
            "blocked must not exceed attempts (9); was 10.", () => CrmKpi.CallCenter.BlockedShare(10, 9)),

        // ConnectTimeRatio from totals and over agents.
        ["19 ConnectTimeRatio(totals): negative preparation"] = (typeof(ArgumentOutOfRangeException), "preparation",
            "preparation must not be negative", () => CrmKpi.CallCenter.ConnectTimeRatio(Sec(-1), Sec(100))),
        ["20 ConnectTimeRatio(totals): negative assigned"] = (typeof(ArgumentOutOfRangeException), "assigned",
            "assigned must not be negative", () => CrmKpi.CallCenter.ConnectTimeRatio(Sec(10), Sec(-1))),
        ["21 ConnectTimeRatio(columns): fewer assigned than preparation values"] = (typeof(ArgumentException), "assignedSeconds",
            "assignedSeconds has 1 elements; the columns must all have 2.", () => CrmKpi.CallCenter.ConnectTimeRatio([600, 1_200], [14_400])),

        // CostPerCall.
        ["22 CostPerCall: a NaN total cost"] = (typeof(ArgumentOutOfRangeException), "totalCost",
            "totalCost must be finite and not negative; was NaN.", () => CrmKpi.CallCenter.CostPerCall(double.NaN, 10)),
        ["23 CostPerCall: negative calls"] = (typeof(ArgumentOutOfRangeException), "calls",
            "calls must not be negative; was -1.", () => CrmKpi.CallCenter.CostPerCall(100, -1)),

        // QualityScores over a calls-by-items matrix: the shape, the destination, then the weights.
        ["24 QualityScores: no rubric items"] = (typeof(ArgumentException), "weights",
            "weights must name at least one rubric item.", () => CrmKpi.CallCenter.QualityScores([], [], new double[1])),
        ["25 QualityScores: a ragged matrix"] = (typeof(ArgumentException), "itemScores",
            "itemScores has 3 elements, not a whole number of rows of 2 items.", () => CrmKpi.CallCenter.QualityScores([1, 2, 3], [1, 1], new double[2])),
        ["26 QualityScores: a destination one row short"] = (typeof(ArgumentException), "destination",
            "destination has 1 elements; at least 2 are needed.", () => CrmKpi.CallCenter.QualityScores([4, 5, 2, 3], [1, 3], new double[1])),
        ["27 QualityScores: destination overlaps the scores"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.",
            () =>
            {
                // Two rows of two scores in elements 0-3; the two results would land on elements 3-4.
                double[] buffer = [4, 5, 2, 3, 0];
                CrmKpi.CallCenter.QualityScores(buffer.AsSpan(0, 4), [1, 3], buffer.AsSpan(3, 2));
            }),
        ["28 QualityScores: destination overlaps the weights"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.",
            () =>
            {
                double[] buffer = [1, 3, 0];
                CrmKpi.CallCenter.QualityScores([4, 5, 2, 3], buffer.AsSpan(0, 2), buffer.AsSpan(1, 2));
            }),
        ["29 QualityScores: a negative weight"] = (typeof(ArgumentOutOfRangeException), "weights",
            "weights[1] must be finite and not negative; was -1.", () => CrmKpi.CallCenter.QualityScores([4, 5, 2, 3], [3, -1], new double[2])),

        // ServiceLevel from counts and of a log.
        ["30 ServiceLevel(counts): negative within"] = (typeof(ArgumentOutOfRangeException), "answeredWithinThreshold",
            "answeredWithinThreshold must not be negative; was -1.", () => CrmKpi.CallCenter.ServiceLevel(-1, 10)),
        ["31 ServiceLevel(counts): negative calls counted"] = (typeof(ArgumentOutOfRangeException), "callsCounted",
            "callsCounted must not be negative; was -1.", () => CrmKpi.CallCenter.ServiceLevel(0, -1)),
        ["32 ServiceLevel(log): negative threshold"] = (typeof(ArgumentOutOfRangeException), "threshold",
            "threshold must not be negative",
            () => CrmKpi.CallCenter.ServiceLevel(TwoAnsweredCalls("waitSeconds", 1).Columns, Sec(-1), ServiceLevelDefinition.AbandonedInDenominator, Sec(0))),
        ["33 ServiceLevel(log): negative short-abandon limit"] = (typeof(ArgumentOutOfRangeException), "shortAbandon",
            "shortAbandon must not be negative",
            () => CrmKpi.CallCenter.ServiceLevel(TwoAnsweredCalls("waitSeconds", 1).Columns, Sec(20), ServiceLevelDefinition.AbandonedInDenominator, Sec(-1))),
        ["34 ServiceLevel(log): a negative wait"] = (typeof(ArgumentOutOfRangeException), "waitSeconds",
            "waitSeconds" + BadRow1,
            () => CrmKpi.CallCenter.ServiceLevel(TwoAnsweredCalls("waitSeconds", -1).Columns, Sec(20), ServiceLevelDefinition.AbandonedInDenominator)),

        // Summarize: the short-abandon limit (the threshold has its own test).
        ["35 Summarize: negative short-abandon limit"] = (typeof(ArgumentOutOfRangeException), "shortAbandon",
            "shortAbandon must not be negative", () => CrmKpi.CallCenter.Summarize(TwoAnsweredCalls("waitSeconds", 1).Columns, Sec(20), Sec(-1))),

        // Utilization from totals and over agents (each basis names its own column).
        ["36 Utilization(totals): negative handling"] = (typeof(ArgumentOutOfRangeException), "handling",
            "handling must not be negative", () => CrmKpi.CallCenter.Utilization(Sec(-1), Sec(100))),
        ["37 Utilization(totals): negative agent time"] = (typeof(ArgumentOutOfRangeException), "agentTime",
            "agentTime must not be negative", () => CrmKpi.CallCenter.Utilization(Sec(10), Sec(-1))),
        ["38 Utilization(agents): a negative available time"] = (typeof(ArgumentOutOfRangeException), "availableSeconds",
            "availableSeconds" + BadRow1,
            () => CrmKpi.CallCenter.Utilization(CrmKpi.CallCenter.Summarize(TwoAnsweredCalls("waitSeconds", 1).Columns, Sec(20), Sec(0)),
                new AgentColumns([1_000, 1_000], [900, -1]), UtilizationBase.AvailableTime)),

        // Volume: one category per call, each in [0, destination.Length), every duration checked.
        ["39 Volume: fewer categories than calls"] = (typeof(ArgumentException), "categories",
            "categories has 1 elements; the columns must all have 2.", () => CrmKpi.CallCenter.Volume(TwoAnsweredCalls("waitSeconds", 1).Columns, [0], new CallVolume[2])),
        ["40 Volume: a category equal to the destination length"] = (typeof(ArgumentOutOfRangeException), "categories",
            "categories[1] must be in [0, 2); was 2.", () => CrmKpi.CallCenter.Volume(TwoAnsweredCalls("waitSeconds", 1).Columns, [1, 2], new CallVolume[2])),
        ["41 Volume: a negative hold"] = (typeof(ArgumentOutOfRangeException), "holdSeconds",
            "holdSeconds" + BadRow1, () => CrmKpi.CallCenter.Volume(TwoAnsweredCalls("holdSeconds", -1).Columns, [0, 1], new CallVolume[2])),

        // Merge: summaries with different thresholds, either one.
        ["42 CallCenterSummary.Merge: different service-level thresholds"] = (typeof(ArgumentException), "other",
            "Summaries made with different thresholds cannot be merged.",
            () =>
            {
                CallColumns calls = TwoAnsweredCalls("waitSeconds", 1).Columns;
                CrmKpi.CallCenter.Summarize(calls, Sec(20), Sec(0)).Merge(CrmKpi.CallCenter.Summarize(calls, Sec(30), Sec(0)));
            }),
        ["43 CallCenterSummary.Merge: different short-abandon limits"] = (typeof(ArgumentException), "other",
            "Summaries made with different thresholds cannot be merged.",
            () =>
            {
                CallColumns calls = TwoAnsweredCalls("waitSeconds", 1).Columns;
                CrmKpi.CallCenter.Summarize(calls, Sec(20), Sec(0)).Merge(CrmKpi.CallCenter.Summarize(calls, Sec(20), Sec(5)));
            }),
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
