using System;
using System.Threading.Tasks;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public class CallLogTests
{
    // A log that lives in a field and crosses an await: what the CallColumns ref struct cannot do.
    private readonly CallLog _four = FourCalls();

    // Hand calculation: three answered calls waiting 10, 30 and 5 s (talk 100/200/300, hold 0/20/10, wrap 30/30/60), one
    // abandoned after 50 s, one blocked. Offered 4 (5 attempts less 1 blocked); ASA (10+30+5)/3 = 15 s; abandonment 1/4;
    // AHT talk+hold+wrap (130+250+370)/3 = 250 s; talk+wrap (130+230+360)/3 = 240 s.
    private static CallLog FourCalls()
    {
        var builder = new CallLogBuilder();
        builder.Add(Duration.FromSeconds(10), Duration.FromSeconds(100), Duration.Zero, Duration.FromSeconds(30));
        builder.Add(Duration.FromSeconds(30), Duration.FromSeconds(200), Duration.FromSeconds(20), Duration.FromSeconds(30));
        builder.Add(Duration.FromSeconds(5), Duration.FromSeconds(300), Duration.FromSeconds(10), Duration.FromSeconds(60));
        builder.Add(Duration.FromSeconds(50), Duration.Zero, Duration.Zero, Duration.Zero, abandoned: true);
        builder.Add(Duration.Zero, Duration.Zero, Duration.Zero, Duration.Zero, blocked: true);
        return builder.ToLog();
    }

    [Fact]
    public async Task LogInAFieldAcrossAnAwait_PassedWhereColumnsAreTaken_HandCalculation()
    {
        await Task.Yield();
        CallCenterSummary s = CallCenter.Summarize(_four, Duration.FromSeconds(20), Duration.Zero);
        Assert.Equal(5, s.Calls);
        Assert.Equal(4, s.Offered);
        Assert.Equal(3, s.Answered);
        Assert.Equal(15, s.AverageSpeedOfAnswer, 12);
        Assert.Equal(0.25, s.AbandonmentRate, 12);
        Assert.Equal(250, s.AverageHandleTime(HandleTimeDefinition.TalkHoldAfterCallWork), 12);
        Assert.Equal(240, s.AverageHandleTime(HandleTimeDefinition.TalkAfterCallWork), 12);
    }

    [Fact]
    public void Columns_AreViewsOfTheLogsRows_InTheOrderAdded()
    {
        CallColumns c = _four.ToCallColumns();
        Assert.Equal(5, c.Length);
        Assert.Equal([10.0, 30, 5, 50, 0], c.WaitSeconds.ToArray());
        Assert.Equal([100.0, 200, 300, 0, 0], _four.TalkSeconds.ToArray());
        Assert.Equal([0.0, 20, 10, 0, 0], _four.HoldSeconds.ToArray());
        Assert.Equal([30.0, 30, 60, 0, 0], _four.AfterCallWorkSeconds.ToArray());
        Assert.Equal([false, false, false, true, false], _four.Abandoned.ToArray());
        Assert.Equal([false, false, false, false, true], _four.Blocked.ToArray());
        Assert.True(_four.Columns.WaitSeconds == _four.WaitSeconds);   // the same memory, not a copy
    }

    [Theory]
    [InlineData(0, "wait")]
    [InlineData(1, "talk")]
    [InlineData(2, "hold")]
    [InlineData(3, "afterCallWork")]
    public void Add_NegativeTime_ThrowsNamingIt_AndAddsNoRow(int which, string name)
    {
        var builder = new CallLogBuilder();
        Duration[] times = [Duration.FromSeconds(1), Duration.FromSeconds(1), Duration.FromSeconds(1), Duration.FromSeconds(1)];
        times[which] = Duration.FromNanoseconds(-1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(times[0], times[1], times[2], times[3]));
        Assert.Equal(name, e.ParamName);
        Assert.Equal(0, builder.Length);
    }

    [Fact]
    public void Builder_GrowsPastItsCapacity_ToLogHandsOverAndEmpties()
    {
        var builder = new CallLogBuilder(capacity: 3);
        for (int i = 0; i < 5000; i++)
        {
            builder.Add(Duration.FromSeconds(i), Duration.FromSeconds(2 * i), Duration.Zero, Duration.FromSeconds(1), abandoned: i % 7 == 0);
        }

        CallLog log = builder.ToLog();
        Assert.Equal(5000, log.Length);
        Assert.Equal(4999, log.WaitSeconds[4999]);
        Assert.Equal(2 * 4321, log.TalkSeconds[4321]);
        Assert.True(log.Abandoned[4998]);
        Assert.False(log.Abandoned[4999]);
        Assert.Equal(0, builder.Length);
        Assert.Equal(0, builder.ToLog().Length);
    }

    [Fact]
    public void Constructor_WrapsWithoutCopy_ChecksLengthsAndNulls()
    {
        double[] wait = [1, 2, 3];
        var log = new CallLog(wait, new double[3], new double[3], new double[3], new bool[3], new bool[3], length: 2);
        Assert.Equal(2, log.Length);
        wait[0] = 9;   // a view: the log sees the array it was given
        Assert.Equal(9, log.WaitSeconds[0]);
        var shortColumn = Assert.Throws<ArgumentException>(() => new CallLog(wait, new double[1], new double[3], new double[3], new bool[3], new bool[3], length: 2));
        Assert.Equal("talkSeconds", shortColumn.ParamName);
        Assert.Throws<ArgumentNullException>(() => new CallLog(wait, new double[3], new double[3], new double[3], new bool[3], null!, length: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CallLog(wait, new double[3], new double[3], new double[3], new bool[3], new bool[3], length: -1));
        Assert.Throws<ArgumentNullException>(() => { CallColumns _ = (CallLog)null!; });
    }
}
