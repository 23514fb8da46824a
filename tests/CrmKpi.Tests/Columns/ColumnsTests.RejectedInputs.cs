using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): every input check of the column groups, <see cref="CustomerActivity"/>, its accumulator and
/// <see cref="CustomerIndexMap{TKey}"/> that no test reached, one case per check. Each case breaks exactly one rule with
/// every other argument valid, so only that check can throw; the test asserts the exact exception type, the parameter it
/// names and the rule its message states (the row and the value for a column). A removed check then either throws
/// nothing, or throws from deeper inside (an index out of a span's range, a null dereference, the list's own index
/// check), which has another type or another message. The expected texts are the documented rules written out by hand
/// for the rows of each case.
/// </summary>
public partial class ColumnsTests
{
    private static readonly LocalDate Jan5 = new(2024, 1, 5);
    private static readonly DateInterval January = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
    private static readonly LocalDate Julian10 = new(2024, 1, 10, CalendarSystem.Julian);

    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's per-test coverage.
    private static readonly Dictionary<string, (Type Exception, string Parameter, string Rule, Action Call)> RejectedInputCases = new()
    {
        // Column groups: every column as long as the first, each checked on its own (the others the right length).
        ["00 AgentColumns: fewer available than staffed rows"] = (typeof(ArgumentException), "availableSeconds",
            "availableSeconds has 1 elements; the columns must all have 2.",
            () => _ = new AgentColumns([3600, 3600], [1800])),
        ["01 CallColumns: fewer talk times than waits"] = (typeof(ArgumentException), "talkSeconds",
            "talkSeconds has 1 elements; the columns must all have 2.",
            () => _ = new CallColumns([5, 5], [60], [0, 0], [10, 10], [false, false], [false, false])),
        ["02 CallColumns: more hold times than waits"] = (typeof(ArgumentException), "holdSeconds",
            "holdSeconds has 3 elements; the columns must all have 2.",
            () => _ = new CallColumns([5, 5], [60, 60], [0, 0, 0], [10, 10], [false, false], [false, false])),
        ["03 CallColumns: fewer after-call-work times than waits"] = (typeof(ArgumentException), "afterCallWorkSeconds",
            "afterCallWorkSeconds has 1 elements; the columns must all have 2.",
            () => _ = new CallColumns([5, 5], [60, 60], [0, 0], [10], [false, false], [false, false])),
        ["04 CallColumns: fewer abandoned flags than waits"] = (typeof(ArgumentException), "abandoned",
            "abandoned has 1 elements; the columns must all have 2.",
            () => _ = new CallColumns([5, 5], [60, 60], [0, 0], [10, 10], [false], [false, false])),
        ["05 CallColumns: fewer blocked flags than waits"] = (typeof(ArgumentException), "blocked",
            "blocked has 0 elements; the columns must all have 2.",
            () => _ = new CallColumns([5, 5], [60, 60], [0, 0], [10, 10], [false, false], [])),
        ["06 TicketColumns: fewer resolution times than first replies"] = (typeof(ArgumentException), "resolutionSeconds",
            "resolutionSeconds has 1 elements; the columns must all have 2.",
            () => _ = new TicketColumns([60, 60], [600], [1, 1])),
        ["07 TicketColumns: more contact counts than first replies"] = (typeof(ArgumentException), "contacts",
            "contacts has 3 elements; the columns must all have 2.",
            () => _ = new TicketColumns([60, 60], [600, 600], [1, 1, 1])),

        // CustomerActivity.Accumulate: a window, a state for every customer.
        ["08 Accumulate: a null window"] = (typeof(ArgumentNullException), "window", "",
            () => CustomerActivity.Accumulate(new TransactionColumns([0, 1], [Jan5, Jan5], [1, 1], 2), null!, new CustomerActivity[2])),
        ["09 Accumulate: a state shorter than the customer count"] = (typeof(ArgumentException), "state",
            "state has 1 elements; at least 2 are needed.",
            () => CustomerActivity.Accumulate(new TransactionColumns([0, 1], [Jan5, Jan5], [1, 1], 2), January, new CustomerActivity[1])),

        // CustomerActivity.Compute: each row's customer, amount and date, checked in the one pass.
        ["10 Compute: a customer index equal to the customer count"] = (typeof(ArgumentOutOfRangeException), "customerIndexes",
            "customerIndexes[1] must be a customer index in [0, 2); was 2.",
            () => CustomerActivity.Compute(new TransactionColumns([0, 2], [Jan5, Jan5], [1, 1], 2), January)),
        ["11 Compute: the only amount is NaN"] = (typeof(ArgumentOutOfRangeException), "amounts",
            "amounts[0] must be finite; was NaN.",
            () => CustomerActivity.Compute(new TransactionColumns([0], [Jan5], [double.NaN], 1), January)),
        ["12 Compute: an infinite amount after two finite ones"] = (typeof(ArgumentOutOfRangeException), "amounts",
            "amounts[2] must be finite; was " + double.PositiveInfinity.ToString(CultureInfo.InvariantCulture) + ".",
            () => CustomerActivity.Compute(new TransactionColumns([0, 1, 0], [Jan5, Jan5, Jan5], [10, 20, double.PositiveInfinity], 2), January)),
        ["13 Compute: a Julian date after an ISO one"] = (typeof(ArgumentException), "dates",
            "dates[1] must be in the ISO calendar; was",
            () => CustomerActivity.Compute(new TransactionColumns([0, 0], [Jan5, Julian10], [1, 1], 1), January)),

        // Two non-ISO rows: a fold of the rows' calendar bits with XOR would cancel them out.
        ["14 Compute: two Julian dates"] = (typeof(ArgumentException), "dates",
            "dates[0] must be in the ISO calendar; was",
            () => CustomerActivity.Compute(new TransactionColumns([0, 1, 1], [Julian10, Julian10.PlusDays(1), Jan5], [1, 1, 1], 2), January)),

        // CustomerActivityAccumulator: the window at construction, the other accumulator of a merge.
        ["15 CustomerActivityAccumulator: a null window"] = (typeof(ArgumentNullException), "window", "",
            () => _ = new CustomerActivityAccumulator(null!)),
        ["16 CustomerActivityAccumulator: a Julian window"] = (typeof(ArgumentException), "window",
            "window must be in the ISO calendar; was",
            () => _ = new CustomerActivityAccumulator(new DateInterval(Julian10, Julian10.PlusDays(20)))),
        ["17 CustomerActivityAccumulator.Merge: a null other"] = (typeof(ArgumentNullException), "other", "",
            () => new CustomerActivityAccumulator(January).Merge(null!)),
        ["18 CustomerActivityAccumulator.Merge: another window"] = (typeof(ArgumentException), "other",
            "The other accumulator's window ([2024-01-01, 2024-01-30]) differs from this one's ([2024-01-01, 2024-01-31]).",
            () => new CustomerActivityAccumulator(January).Merge(new CustomerActivityAccumulator(new DateInterval(January.Start, January.End.PlusDays(-1))))),

        // CustomerIndexMap.KeyAt: an index in [0, Count); the list's own check would throw with another message.
        ["19 CustomerIndexMap.KeyAt: an index equal to the count"] = (typeof(ArgumentOutOfRangeException), "index",
            "index must be in the range [0, 1]; was 2.",
            () => OneTwo().KeyAt(2)),
        ["20 CustomerIndexMap.KeyAt: a negative index"] = (typeof(ArgumentOutOfRangeException), "index",
            "index must be in the range [0, 1]; was -1.",
            () => OneTwo().KeyAt(-1)),

        // CustomerIndexMap: a null key, whether it would be added or only looked up.
        ["21 CustomerIndexMap.GetOrAdd: a null key"] = (typeof(ArgumentNullException), "key", "",
            () => OneTwo().GetOrAdd(null!)),
        ["22 CustomerIndexMap.TryGetIndex: a null key"] = (typeof(ArgumentNullException), "key", "",
            () => OneTwo().TryGetIndex(null!, out _)),
        ["23 CustomerIndexMap.Map: a null key in the column"] = (typeof(ArgumentNullException), "key", "",
            () => OneTwo().Map(["one", null!])),
    };

    public static TheoryData<string> RejectedInputs() => [.. RejectedInputCases.Keys];

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void RejectedInput_ThrowsNamingTheParameterAndTheRule(string name)
    {
        (Type exception, string parameter, string rule, Action call) = RejectedInputCases[name];
        Support.RejectedInput.Throws(exception, parameter, rule, call);
    }

    private static CustomerIndexMap<string> OneTwo()
    {
        var map = new CustomerIndexMap<string>(StringComparer.Ordinal);
        map.Map(["one", "two", "one"]);
        return map;
    }
}
