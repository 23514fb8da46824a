using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Erlang A with an arrival rate that underflows: the smallest double of traffic (4.9e-324 Erlangs) over a 2 s handle
/// time is an arrival rate of 2.5e-324 per second, which rounds to 0. Every true value is then below 1e-300 (P(wait) is at
/// most B(1, A) = A / (1 + A)): nobody waits, queues or abandons, and the mean wait is 0, never NaN (once 0 / 0 here).
/// </summary>
public partial class StaffingTests
{
    [Theory]
    [InlineData(2.0, 1)]
    [InlineData(1e6, 3)]
    public void ErlangA_ArrivalRateUnderflowsToZero_IsAllZeroNotNaN(double ahtSeconds, int agents)
    {
        ErlangAResult result = Staffing.ErlangA(double.Epsilon, agents, Sec(ahtSeconds), Sec(1));
        Assert.Equal(0.0, result.ProbabilityOfWaiting);
        Assert.Equal(0.0, result.ProbabilityOfAbandonment);
        Assert.Equal(0.0, result.AverageQueueLength);
        Assert.Equal(0.0, result.AverageWaitSeconds);
        Assert.Equal(1.0, Staffing.ErlangAServiceLevel(double.Epsilon, agents, Sec(ahtSeconds), Sec(1), Sec(20)));
    }
}
