using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Merging two summaries adds every count and every sum: two small logs counted by hand, each holding at least one call of
/// every kind (answered within and after T, short abandon, abandon after T, blocked), so each total of the second summary
/// is non-zero and a total taken as a difference, or left out, shows.
/// </summary>
public partial class CallCenterTests
{
    // T = 20 s, short-abandon limit 5 s. Part A: answered after 10 s (talk 100, hold 10, work 20); abandoned after 3 s (short);
    // abandoned after 30 s (after T); blocked.
    private static RandomCalls MergePartA => new(
        Wait: [10, 3, 30, 0],
        Talk: [100, 0, 0, 0],
        Hold: [10, 0, 0, 0],
        Work: [20, 0, 0, 0],
        Abandoned: [false, true, true, false],
        Blocked: [false, false, false, true]);

    // Part B: answered after 30 s (talk 200, hold 20, work 40) and after 5 s (talk 50, work 10); abandoned after 2 s (short),
    // 25 s (after T) and 15 s (counted, within T); blocked.
    private static RandomCalls MergePartB => new(
        Wait: [30, 5, 2, 25, 15, 0],
        Talk: [200, 50, 0, 0, 0, 0],
        Hold: [20, 0, 0, 0, 0, 0],
        Work: [40, 10, 0, 0, 0, 0],
        Abandoned: [false, false, true, true, true, false],
        Blocked: [false, false, false, false, false, true]);

    [Fact]
    public void Merge_TwoHandCountedParts_AddsEveryCountAndSum()
    {
        CallCenterSummary a = CrmKpi.CallCenter.Summarize(MergePartA.Columns, Sec(20), Sec(5));
        CallCenterSummary b = CrmKpi.CallCenter.Summarize(MergePartB.Columns, Sec(20), Sec(5));

        // Hand totals: A (4 calls, 1 blocked, 1 answered, 1 within, 2 abandoned, 1 short, 1 after; 10 / 100 / 10 / 20 s) plus
        // B (6 calls, 1 blocked, 2 answered, 1 within, 3 abandoned, 1 short, 1 after; 35 / 250 / 20 / 50 s).
        foreach (CallCenterSummary merged in new[] { a.Merge(b), b.Merge(a) })
        {
            Assert.Equal(20.0, merged.ThresholdSeconds);
            Assert.Equal(5.0, merged.ShortAbandonSeconds);
            Assert.Equal(
                (10L, 2L, 8L, 3L, 2L, 5L, 2L, 2L),
                (merged.Calls, merged.Blocked, merged.Offered, merged.Answered, merged.AnsweredWithinThreshold, merged.Abandoned, merged.ShortAbandoned, merged.AbandonedAfterThreshold));
            Assert.Equal((45.0, 350.0, 30.0, 70.0), (merged.AnsweredWaitSeconds, merged.TalkSeconds, merged.HoldSeconds, merged.AfterCallWorkSeconds));

            // The metrics of the merged counts: 3 abandoned (5 - 2 short) of 6 offered (8 - 2 short); 2 within of 3 answered + 3 abandoned.
            Assert.Equal(0.5, merged.AbandonmentRate);
            Assert.Equal(2.0 / 6, merged.ServiceLevel(ServiceLevelDefinition.AbandonedInDenominator));
            Assert.Equal(15.0, merged.AverageSpeedOfAnswer);
            Assert.Equal(150.0, merged.AverageHandleTime(HandleTimeDefinition.TalkHoldAfterCallWork));   // (130 + 260 + 60) / 3
        }
    }
}
