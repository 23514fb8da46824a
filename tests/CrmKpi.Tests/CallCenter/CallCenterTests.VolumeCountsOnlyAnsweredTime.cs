using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Volume writes each category afresh and adds seconds of answered calls only: a destination that arrives holding old
/// values, and abandoned and blocked calls that carry talk, hold and after-call-work seconds of their own (hand counts).
/// </summary>
public partial class CallCenterTests
{
    [Fact]
    public void Volume_StaleDestinationAndUnansweredSeconds_CountsOnlyThisLogsAnsweredCalls()
    {
        // Category 0: answered (talk 100, hold 10, work 20) and abandoned after 30 s (talk 40, hold 15, work 5).
        // Category 1: blocked (talk 7, hold 3, work 2) and answered (talk 50).
        var log = new RandomCalls(
            Wait: [10, 30, 0, 5],
            Talk: [100, 40, 7, 50],
            Hold: [10, 15, 3, 0],
            Work: [20, 5, 2, 0],
            Abandoned: [false, true, false, false],
            Blocked: [false, false, true, false]);
        var stale = new CallVolume(99, 99, 99, 99, 99, 99);
        CallVolume[] volume = [stale, stale];

        CrmKpi.CallCenter.Volume(log.Columns, [0, 0, 1, 1], volume);

        Assert.Equal(new CallVolume(Calls: 2, Blocked: 0, Answered: 1, Abandoned: 1, TalkSeconds: 100, HandleSeconds: 130), volume[0]);
        Assert.Equal(new CallVolume(Calls: 2, Blocked: 1, Answered: 1, Abandoned: 0, TalkSeconds: 50, HandleSeconds: 50), volume[1]);
    }
}
