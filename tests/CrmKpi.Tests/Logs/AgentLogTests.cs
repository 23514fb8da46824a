using System;
using System.Threading.Tasks;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public class AgentLogTests
{
    // A log that lives in a field and crosses an await: what the AgentColumns ref struct cannot do.
    private readonly AgentLog _three = ThreeAgents();

    // Three agents staffed 12,000 s each (36,000 s), available 10,000, 9,000 and 9,000 s (28,000 s).
    private static AgentLog ThreeAgents()
    {
        var builder = new AgentLogBuilder();
        builder.Add(Duration.FromSeconds(12_000), Duration.FromSeconds(10_000));
        builder.Add(Duration.FromSeconds(12_000), Duration.FromSeconds(9_000));
        builder.Add(Duration.FromSeconds(12_000), Duration.FromSeconds(9_000));
        return builder.ToLog();
    }

    // The example of CallCenter.Utilization (catalog C7): 25,200 handling seconds in 36,000 staffed seconds give 0.7.
    // Handling here: two answered calls of 12,000 + 600 + 0 and 12,000 + 0 + 600 seconds.
    [Fact]
    public async Task Utilization_C7Example_LogInAFieldAcrossAnAwait_EqualsTheColumnPath()
    {
        var calls = new CallLogBuilder();
        calls.Add(Duration.FromSeconds(5), Duration.FromSeconds(12_000), Duration.FromSeconds(600), Duration.Zero);
        calls.Add(Duration.FromSeconds(5), Duration.FromSeconds(12_000), Duration.Zero, Duration.FromSeconds(600));
        CallCenterSummary summary = CallCenter.Summarize(calls.ToLog(), Duration.FromSeconds(20), Duration.Zero);
        await Task.Yield();
        Assert.Equal(0.7, CallCenter.Utilization(summary, _three, UtilizationBase.StaffedTime), 15);
        Assert.Equal(0.9, CallCenter.Utilization(summary, _three, UtilizationBase.AvailableTime), 15);
        var columns = new AgentColumns([12_000, 12_000, 12_000], [10_000, 9_000, 9_000]);
        Assert.Equal(CallCenter.Utilization(summary, columns, UtilizationBase.StaffedTime), CallCenter.Utilization(summary, _three.ToAgentColumns(), UtilizationBase.StaffedTime));
        Assert.True(_three.Columns.StaffedSeconds == _three.StaffedSeconds);   // the same memory, not a copy
    }

    [Fact]
    public void Add_NegativeTime_OrAvailableAboveStaffed_ThrowsNamingIt_AndAddsNoRow()
    {
        var builder = new AgentLogBuilder();
        Assert.Equal("staffed", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(Duration.FromSeconds(-1), Duration.Zero)).ParamName);
        Assert.Equal("available", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(Duration.FromSeconds(10), Duration.FromSeconds(-1))).ParamName);
        var above = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(Duration.FromSeconds(10), Duration.FromSeconds(11)));
        Assert.Equal("available", above.ParamName);
        Assert.Contains("staffed", above.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.Length);
        builder.Add(Duration.FromSeconds(10), Duration.FromSeconds(10));   // available all the time staffed: allowed
        Assert.Equal(1, builder.Length);
    }

    [Fact]
    public void Builder_GrowsPastItsCapacity_ToLogHandsOverAndEmpties()
    {
        var builder = new AgentLogBuilder(capacity: 1);
        builder.EnsureCapacity(100);
        for (int i = 0; i < 3000; i++)
        {
            builder.Add(Duration.FromSeconds(2 * i), Duration.FromSeconds(i));
        }

        AgentLog log = builder.ToLog();
        Assert.Equal(3000, log.Length);
        Assert.Equal(2 * 2999, log.StaffedSeconds[2999]);
        Assert.Equal(1234, log.AvailableSeconds[1234]);
        Assert.Equal(0, builder.Length);
        Assert.Equal(0, builder.ToLog().Length);
    }

    [Fact]
    public void Constructor_WrapsWithoutCopy_ChecksLengthsAndNulls()
    {
        double[] staffed = [10, 20];
        var log = new AgentLog(staffed, [5, 5], length: 2);
        staffed[1] = 30;   // a view: the log sees the array it was given
        Assert.Equal(30, log.StaffedSeconds[1]);
        Assert.Equal("availableSeconds", Assert.Throws<ArgumentException>(() => new AgentLog(staffed, [1], length: 2)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new AgentLog(null!, [1], length: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgentLog(staffed, [1, 1], length: -1));
        Assert.Throws<ArgumentNullException>(() => { AgentColumns _ = (AgentLog)null!; });
    }
}
