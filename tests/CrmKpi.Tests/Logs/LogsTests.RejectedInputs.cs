using System;
using System.Collections.Generic;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): every input check of the log types that no test reached, one case per check. Each case
/// breaks exactly one rule with every other argument valid, so only that check can throw; the test asserts the exact
/// exception type (a removed null check then shows as a <see cref="NullReferenceException"/>, a removed length check as an
/// <see cref="IndexOutOfRangeException"/> or as no exception), the parameter it names and the rule its message states. The
/// expected texts are the documented rules (the XML docs' exception clauses) written out by hand for each case.
/// </summary>
public partial class LogsTests
{
    private const string NotNull = "Value cannot be null.";

    // Array.MaxLength, written out: the upper bound of every capacity.
    private const string CapacityRange = "must be in the range [0, 2147483591]; was -1.";

    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's per-test coverage.
    private static readonly Dictionary<string, (Type Exception, string Parameter, string Rule, Action Call)> RejectedInputCases = new()
    {
        // AgentLog: both arrays present and at least `length` long.
        ["00 AgentLog: available seconds null"] = (typeof(ArgumentNullException), "availableSeconds", NotNull,
            () => _ = new AgentLog([1, 2], null!, 2)),
        ["01 AgentLog: staffed seconds shorter than length"] = (typeof(ArgumentException), "staffedSeconds",
            "staffedSeconds has 1 elements; at least 2 are needed.",
            () => _ = new AgentLog([1], [1, 2], 2)),

        // CallLog: six arrays, each present and at least `length` long; each case breaks one of them.
        ["02 CallLog: wait seconds null"] = (typeof(ArgumentNullException), "waitSeconds", NotNull,
            () => _ = new CallLog(null!, new double[2], new double[2], new double[2], new bool[2], new bool[2], 2)),
        ["03 CallLog: talk seconds null"] = (typeof(ArgumentNullException), "talkSeconds", NotNull,
            () => _ = new CallLog(new double[2], null!, new double[2], new double[2], new bool[2], new bool[2], 2)),
        ["04 CallLog: hold seconds null"] = (typeof(ArgumentNullException), "holdSeconds", NotNull,
            () => _ = new CallLog(new double[2], new double[2], null!, new double[2], new bool[2], new bool[2], 2)),
        ["05 CallLog: after-call work seconds null"] = (typeof(ArgumentNullException), "afterCallWorkSeconds", NotNull,
            () => _ = new CallLog(new double[2], new double[2], new double[2], null!, new bool[2], new bool[2], 2)),
        ["06 CallLog: abandoned null"] = (typeof(ArgumentNullException), "abandoned", NotNull,
            () => _ = new CallLog(new double[2], new double[2], new double[2], new double[2], null!, new bool[2], 2)),
        ["07 CallLog: wait seconds shorter than length"] = (typeof(ArgumentException), "waitSeconds",
            "waitSeconds has 1 elements; at least 2 are needed.",
            () => _ = new CallLog(new double[1], new double[2], new double[2], new double[2], new bool[2], new bool[2], 2)),
        ["08 CallLog: hold seconds shorter than length"] = (typeof(ArgumentException), "holdSeconds",
            "holdSeconds has 1 elements; at least 2 are needed.",
            () => _ = new CallLog(new double[2], new double[2], new double[1], new double[2], new bool[2], new bool[2], 2)),
        ["09 CallLog: after-call work seconds shorter than length"] = (typeof(ArgumentException), "afterCallWorkSeconds",
            "afterCallWorkSeconds has 0 elements; at least 2 are needed.",
            () => _ = new CallLog(new double[2], new double[2], new double[2], new double[0], new bool[2], new bool[2], 2)),
        ["10 CallLog: abandoned shorter than length"] = (typeof(ArgumentException), "abandoned",
            "abandoned has 1 elements; at least 2 are needed.",
            () => _ = new CallLog(new double[2], new double[2], new double[2], new double[2], new bool[1], new bool[2], 2)),
        ["11 CallLog: blocked shorter than length"] = (typeof(ArgumentException), "blocked",
            "blocked has 1 elements; at least 2 are needed.",
            () => _ = new CallLog(new double[2], new double[2], new double[2], new double[2], new bool[2], new bool[1], 2)),

        // TicketLog: three arrays, each present and at least `length` long.
        ["12 TicketLog: first-reply seconds null"] = (typeof(ArgumentNullException), "firstReplySeconds", NotNull,
            () => _ = new TicketLog(null!, new double[2], new int[2], 2)),
        ["13 TicketLog: contacts null"] = (typeof(ArgumentNullException), "contacts", NotNull,
            () => _ = new TicketLog(new double[2], new double[2], null!, 2)),
        ["14 TicketLog: first-reply seconds shorter than length"] = (typeof(ArgumentException), "firstReplySeconds",
            "firstReplySeconds has 1 elements; at least 2 are needed.",
            () => _ = new TicketLog(new double[1], new double[2], new int[2], 2)),
        ["15 TicketLog: resolution seconds shorter than length"] = (typeof(ArgumentException), "resolutionSeconds",
            "resolutionSeconds has 1 elements; at least 2 are needed.",
            () => _ = new TicketLog(new double[2], new double[1], new int[2], 2)),

        // TransactionLog: four required arguments, a length not negative, each array at least `length` long (item counts too
        // when given).
        ["16 TransactionLog: customer indexes null"] = (typeof(ArgumentNullException), "customerIndexes", NotNull,
            () => _ = new TransactionLog(null!, new LocalDate[2], new double[2], null, 2, new CustomerKeys())),
        ["17 TransactionLog: dates null"] = (typeof(ArgumentNullException), "dates", NotNull,
            () => _ = new TransactionLog(new int[2], null!, new double[2], null, 2, new CustomerKeys())),
        ["18 TransactionLog: amounts null"] = (typeof(ArgumentNullException), "amounts", NotNull,
            () => _ = new TransactionLog(new int[2], new LocalDate[2], null!, null, 2, new CustomerKeys())),
        ["19 TransactionLog: customers null"] = (typeof(ArgumentNullException), "customers", NotNull,
            () => _ = new TransactionLog(new int[2], new LocalDate[2], new double[2], null, 2, null!)),
        ["20 TransactionLog: a negative length"] = (typeof(ArgumentOutOfRangeException), "length",
            "length must not be negative; was -1.",
            () => _ = new TransactionLog(new int[2], new LocalDate[2], new double[2], null, -1, new CustomerKeys())),
        ["21 TransactionLog: customer indexes shorter than length"] = (typeof(ArgumentException), "customerIndexes",
            "customerIndexes has 1 elements; at least 2 are needed.",
            () => _ = new TransactionLog(new int[1], new LocalDate[2], new double[2], null, 2, new CustomerKeys())),
        ["22 TransactionLog: amounts shorter than length"] = (typeof(ArgumentException), "amounts",
            "amounts has 1 elements; at least 2 are needed.",
            () => _ = new TransactionLog(new int[2], new LocalDate[2], new double[1], null, 2, new CustomerKeys())),
        ["23 TransactionLog: item counts shorter than length"] = (typeof(ArgumentException), "itemCounts",
            "itemCounts has 1 elements; at least 2 are needed.",
            () => _ = new TransactionLog(new int[2], new LocalDate[2], new double[2], new int[1], 2, new CustomerKeys())),

        // TransactionLogBuilder: capacities in [0, Array.MaxLength], an index of a known customer.
        ["24 TransactionLogBuilder: a negative capacity"] = (typeof(ArgumentOutOfRangeException), "capacity",
            "capacity " + CapacityRange,
            () => _ = new TransactionLogBuilder(capacity: -1)),
        ["25 TransactionLogBuilder.EnsureCapacity: a negative row count"] = (typeof(ArgumentOutOfRangeException), "rows",
            "rows " + CapacityRange,
            () => new TransactionLogBuilder().EnsureCapacity(-1)),
        ["26 TransactionLogBuilder.AddRow: an index equal to the customer count"] = (typeof(ArgumentOutOfRangeException), "customerIndex",
            "customerIndex must be the index of a known customer, in [0, 2); was 2.",
            () =>
            {
                var builder = new TransactionLogBuilder();
                builder.Customers.GetOrAdd("a");
                builder.Customers.GetOrAdd("b");
                builder.AddRow(2, new LocalDate(2024, 1, 1), 1);
            }),
        ["27 TransactionLogBuilder.AddRow: a known customer, an amount that is not finite"] = (typeof(ArgumentOutOfRangeException), "amount",
            "amount must be finite; was NaN.",
            () =>
            {
                var builder = new TransactionLogBuilder();
                builder.Customers.GetOrAdd("a");
                builder.AddRow(0, new LocalDate(2024, 1, 1), double.NaN);
            }),

        // The EnsureCapacity of the other builders: a row count not negative.
        ["28 CallLogBuilder.EnsureCapacity: a negative call count"] = (typeof(ArgumentOutOfRangeException), "calls",
            "calls " + CapacityRange,
            () => new CallLogBuilder().EnsureCapacity(-1)),
        ["29 TicketLogBuilder.EnsureCapacity: a negative ticket count"] = (typeof(ArgumentOutOfRangeException), "tickets",
            "tickets " + CapacityRange,
            () => new TicketLogBuilder().EnsureCapacity(-1)),

        // SurveyAnswers: the array present, a length not negative and not past the array, a scale that is not empty, every
        // answer on it; and the conversion of a null log.
        ["30 SurveyAnswers: answers null"] = (typeof(ArgumentNullException), "answers", NotNull,
            () => _ = new SurveyAnswers(null!, 0, 0, 10)),
        ["31 SurveyAnswers: a negative length"] = (typeof(ArgumentOutOfRangeException), "length",
            "length must not be negative; was -1.",
            () => _ = new SurveyAnswers([5], -1, 0, 10)),
        ["32 SurveyAnswers: a length past the array"] = (typeof(ArgumentException), "answers",
            "answers has 1 elements; at least 2 are needed.",
            () => _ = new SurveyAnswers([5], 2, 0, 10)),
        ["33 SurveyAnswers: an answer above the scale"] = (typeof(ArgumentOutOfRangeException), "answers",
            "answers[1] must be on the scale 0..10; was 11.",
            () => _ = new SurveyAnswers([10, 11, 0], 3, 0, 10)),
        ["34 SurveyAnswers: an empty scale"] = (typeof(ArgumentOutOfRangeException), "scaleMax",
            "scaleMax must be above scaleMin (5); was 5.",
            () => _ = new SurveyAnswers([5], 1, 5, 5)),
        ["35 SurveyAnswers: a null log converted to a span"] = (typeof(ArgumentNullException), "answers", NotNull,
            () => _ = ((ReadOnlySpan<int>)(SurveyAnswers)null!).Length),

        // SurveyLog: the dictionary and each question's answers present, every question answered by every respondent, and a
        // question asked by name present.
        ["36 SurveyLog: questions null"] = (typeof(ArgumentNullException), "questions", NotNull,
            () => _ = new SurveyLog(null!)),
        ["37 SurveyLog: a question's answers null"] = (typeof(ArgumentNullException), "questions", NotNull,
            () => _ = new SurveyLog(Questions(("a", Answers(3)), ("b", null!)))),
        ["38 SurveyLog: a second question with fewer answers"] = (typeof(ArgumentException), "questions",
            "Question 'b' has 2 answers; the first question has 3: every respondent answers every question.",
            () => _ = new SurveyLog(Questions(("a", Answers(3)), ("b", Answers(2))))),
        ["39 SurveyLog: a first question with no answers, a second with some"] = (typeof(ArgumentException), "questions",
            "Question 'b' has 2 answers; the first question has 0: every respondent answers every question.",
            () => _ = new SurveyLog(Questions(("a", Answers(0)), ("b", Answers(2))))),
        ["40 SurveyLog: a null question name"] = (typeof(ArgumentNullException), "question", NotNull,
            () => _ = new SurveyLog(Questions(("a", Answers(1))))[null!]),
        ["41 SurveyLog: a question it does not have"] = (typeof(ArgumentException), "question",
            "The survey has no question 'nps'; it has: ces, csat.",
            () => _ = new SurveyLog(Questions(("ces", Answers(1)), ("csat", Answers(1))))["nps"]),
        ["42 SurveyLog.Has: a null question name"] = (typeof(ArgumentNullException), "question", NotNull,
            () => new SurveyLog(Questions(("a", Answers(1)))).Has(null!)),
    };

    public static TheoryData<string> RejectedInputs() => [.. RejectedInputCases.Keys];

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void RejectedInput_ThrowsNamingTheParameterAndTheRule(string name)
    {
        (Type exception, string parameter, string rule, Action call) = RejectedInputCases[name];
        Support.RejectedInput.Throws(exception, parameter, rule, call);
    }

    // Questions in ordinal order of their names, whatever order they are written in: the enumeration order is then known.
    private static SortedDictionary<string, SurveyAnswers> Questions(params (string Name, SurveyAnswers Answers)[] questions)
    {
        var sorted = new SortedDictionary<string, SurveyAnswers>(StringComparer.Ordinal);
        foreach ((string name, SurveyAnswers answers) in questions)
        {
            sorted.Add(name, answers);
        }

        return sorted;
    }

    // `count` answers of 5 on a 0-10 scale.
    private static SurveyAnswers Answers(int count)
    {
        int[] answers = new int[count];
        Array.Fill(answers, 5);
        return new SurveyAnswers(answers, count, 0, 10);
    }
}
