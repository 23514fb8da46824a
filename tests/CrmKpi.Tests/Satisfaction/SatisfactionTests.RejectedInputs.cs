using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): every input check of the Satisfaction family that no test reached, one case per check.
/// Each case breaks exactly one rule with every other argument valid, so only that check can throw; the test asserts the
/// exact exception type, the parameter it names and the rule its message states (the row and the value for a column), so
/// a removed check, a shifted boundary or an emptied message each fail it. The expected texts are the documented rules
/// (the XML docs' exception clauses) written out by hand for the rows of each case.
/// </summary>
public partial class SatisfactionTests
{
    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's per-test coverage.
    private static readonly Dictionary<string, (Type Exception, string Parameter, string Rule, Action Call)> RejectedInputCases = new()
    {
        // AverageAgentsToResolve: one agent count per ticket, none negative, and every resolved duration checked.
        ["00 AverageAgentsToResolve: more agent counts than tickets"] = (typeof(ArgumentException), "distinctAgents",
            "distinctAgents has 3 elements; the columns must all have 2.",
            () => Satisfaction.AverageAgentsToResolve(new TicketColumns([1, 1], [10, 20], [1, 1]), [1, 2, 3])),
        ["01 AverageAgentsToResolve: a negative agent count"] = (typeof(ArgumentOutOfRangeException), "distinctAgents",
            "distinctAgents[1] must not be negative; was -1.",
            () => Satisfaction.AverageAgentsToResolve(new TicketColumns([1, 1], [10, 20], [1, 1]), [1, -1])),
        ["02 AverageAgentsToResolve: a negative resolution time"] = (typeof(ArgumentOutOfRangeException), "resolutionSeconds",
            "resolutionSeconds[1] must be finite and not negative",
            () => Satisfaction.AverageAgentsToResolve(new TicketColumns([1, 1], [10, -1], [1, 1]), [1, 1])),

        // DistinctAgentsPerTicket: columns of one length, a destination apart from both inputs, tickets in [0, destination.Length).
        ["03 DistinctAgentsPerTicket: more agent ids than ticket indexes"] = (typeof(ArgumentException), "contactAgentIds",
            "contactAgentIds has 3 elements; the columns must all have 2.",
            () => Satisfaction.DistinctAgentsPerTicket([0, 1], [7, 8, 9], new int[2])),
        ["04 DistinctAgentsPerTicket: destination overlaps the ticket indexes"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.",
            () =>
            {
                // Indexes 0, 1, 0, 1 are all valid for the 4-long destination, which shares the buffer's elements 2-3.
                int[] buffer = [0, 1, 0, 1, 0, 0];
                Satisfaction.DistinctAgentsPerTicket(buffer.AsSpan(0, 4), [7, 7, 8, 8], buffer.AsSpan(2, 4));
            }),
        ["05 DistinctAgentsPerTicket: destination overlaps the agent ids"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.",
            () =>
            {
                int[] buffer = [7, 8, 7, 8, 0, 0];
                Satisfaction.DistinctAgentsPerTicket([0, 1, 2, 3], buffer.AsSpan(0, 4), buffer.AsSpan(2, 4));
            }),
        ["06 DistinctAgentsPerTicket: a ticket index equal to the destination length"] = (typeof(ArgumentOutOfRangeException), "contactTicketIndexes",
            "contactTicketIndexes[1] must be in [0, 2); was 2.",
            () => Satisfaction.DistinctAgentsPerTicket([0, 2], [7, 7], new int[2])),
        ["07 DistinctAgentsPerTicket: a negative ticket index"] = (typeof(ArgumentOutOfRangeException), "contactTicketIndexes",
            "contactTicketIndexes[0] must be in [0, 2); was -1.",
            () => Satisfaction.DistinctAgentsPerTicket([-1, 0], [7, 7], new int[2])),

        // AverageResolutionTimeByType: a destination apart from the durations, types in range, every resolved duration checked.
        ["08 AverageResolutionTimeByType: destination overlaps the resolution times"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.",
            () =>
            {
                double[] seconds = [10, 20, 30];
                Satisfaction.AverageResolutionTimeByType(new TicketColumns([1, 1, 1], seconds, [1, 1, 1]), [0, 1, 0], seconds.AsSpan(1, 2));
            }),
        ["09 AverageResolutionTimeByType: a type equal to the destination length"] = (typeof(ArgumentOutOfRangeException), "enquiryTypes",
            "enquiryTypes[1] must be in [0, 2); was 2.",
            () => Satisfaction.AverageResolutionTimeByType(new TicketColumns([1, 1], [10, 20], [1, 1]), [0, 2], new double[2])),
        ["10 AverageResolutionTimeByType: a negative resolution time"] = (typeof(ArgumentOutOfRangeException), "resolutionSeconds",
            "resolutionSeconds[1] must be finite and not negative",
            () => Satisfaction.AverageResolutionTimeByType(new TicketColumns([1, 1], [10, -5], [1, 1]), [0, 1], new double[2])),

        // AverageWaitToReply names the first-reply column, not the resolution column.
        ["11 AverageWaitToReply: a negative first-reply time"] = (typeof(ArgumentOutOfRangeException), "firstReplySeconds",
            "firstReplySeconds[1] must be finite and not negative",
            () => Satisfaction.AverageWaitToReply(new TicketColumns([60, -1], [100, 100], [1, 1]))),

        // CsatTopBox: the scale itself, then each answer against both ends of it.
        ["12 CsatTopBox: an empty scale (max equal to min)"] = (typeof(ArgumentOutOfRangeException), "scaleMax",
            "scaleMax must be greater than scaleMin (3); was 3.",
            () => Satisfaction.CsatTopBox([3], 3, 3, 1)),
        ["13 CsatTopBox: an answer below the scale"] = (typeof(ArgumentOutOfRangeException), "scores",
            "scores[1] must be on the 1-5 scale; was 0.",
            () => Satisfaction.CsatTopBox([5, 0], 1, 5, 2)),
        ["14 CsatTopBox: an answer above the scale"] = (typeof(ArgumentOutOfRangeException), "scores",
            "scores[2] must be on the 1-5 scale; was 6.",
            () => Satisfaction.CsatTopBox([5, 1, 6], 1, 5, 2)),
        ["15 Csat: an answer below the scale"] = (typeof(ArgumentOutOfRangeException), "scores",
            "scores[0] must be on the 1-5 scale; was 0.",
            () => Satisfaction.Csat([0, 5], 1, 5)),
        ["16 Ces: a reversed scale"] = (typeof(ArgumentOutOfRangeException), "scaleMax",
            "scaleMax must be greater than scaleMin (7); was 1.",
            () => Satisfaction.Ces([1], 7, 1)),

        // FirstContactResolution over tickets: an undefined denominator is rejected at once, before the log is read (the log
        // here also holds a bad row, which would throw naming resolutionSeconds if the log were read first).
        ["17 FirstContactResolution: an undefined denominator with a bad log"] = (typeof(ArgumentOutOfRangeException), "denominator",
            "denominator must be a defined FcrDenominator value; was 7.",
            () => Satisfaction.FirstContactResolution(new TicketColumns([1], [-5], [1]), (FcrDenominator)7)),

        // InteractionFrequency over a log: a destination apart from the indexes, and the index rule in the message.
        ["18 InteractionFrequency: destination overlaps the customer indexes"] = (typeof(ArgumentException), "destination",
            "destination must not overlap an input span.",
            () =>
            {
                // Four zero indexes in the first 16 bytes; the 4 doubles of the destination are the same 32 bytes.
                int[] buffer = new int[8];
                Satisfaction.InteractionFrequency(buffer.AsSpan(0, 4), 2, 1, MemoryMarshal.Cast<int, double>(buffer.AsSpan()));
            }),
        ["19 InteractionFrequency: an index equal to the customer count"] = (typeof(ArgumentOutOfRangeException), "customerIndexes",
            "customerIndexes[1] must be in [0, 2); was 2.",
            () => Satisfaction.InteractionFrequency([0, 2], 2, 1, new double[2])),

        // Nps: the level of an interval, and answers off the 0-10 scale on each path of the byte count and in the int count.
        ["20 NpsResult.ConfidenceInterval: a level above 1"] = (typeof(ArgumentOutOfRangeException), "level",
            "level must be strictly between 0 and 1; was 1.5.",
            () => Satisfaction.Nps(7, 2, 1).ConfidenceInterval(1.5)),
        ["21 Nps(bytes): off the scale after the vector blocks (row 66 of 67)"] = (typeof(ArgumentOutOfRangeException), "answers",
            "answers[66] must be on the 0-10 scale; was 11.",
            () =>
            {
                byte[] answers = new byte[67];
                answers[66] = 11;
                Satisfaction.Nps(answers);
            }),
        ["22 Nps(bytes): off the scale inside the vector blocks, after answers of exactly 10"] = (typeof(ArgumentOutOfRangeException), "answers",
            "answers[700] must be on the 0-10 scale; was 11.",
            () =>
            {
                // Rows 0-699 sit on the top of the scale (10 is allowed); row 700 is the first off it, row 900 the second.
                byte[] answers = new byte[1_000];
                Array.Fill(answers, (byte)10);
                answers[700] = 11;
                answers[900] = 12;
                Satisfaction.Nps(answers);
            }),
        ["23 Nps(ints): an answer above the scale"] = (typeof(ArgumentOutOfRangeException), "answers",
            "answers[1] must be on the 0-10 scale; was 11.",
            () => Satisfaction.Nps(new[] { 10, 11 })),
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
