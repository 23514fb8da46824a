using System;
using System.Buffers;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): <see cref="Satisfaction.AverageResolutionTimeByType"/> keeps its per-type counts in an
/// array from the shared pool, which hands back arrays as they were returned. The test returns a dirty array of the same
/// size class first (on the same thread, so the pool's per-thread slot serves it to the next rent): the result must be the
/// hand calculation all the same.
/// </summary>
public partial class SatisfactionTests
{
    [Fact]
    public void AverageResolutionTimeByType_AfterADirtyArrayWasReturnedToThePool_CountsFromZero()
    {
        long[] dirty = ArrayPool<long>.Shared.Rent(3);
        Array.Fill(dirty, 1_000L);
        ArrayPool<long>.Shared.Return(dirty);

        // Type 0: 100 s and 300 s (mean 200); type 1: 50 s (mean 50); type 2: only an unresolved ticket (NaN).
        var tickets = new TicketColumns([1, 1, 1, 1], [100, 50, 300, double.NaN], [1, 1, 1, 1]);
        double[] byType = new double[3];
        Satisfaction.AverageResolutionTimeByType(tickets, [0, 1, 0, 2], byType);
        Assert.Equal(200, byType[0]);
        Assert.Equal(50, byType[1]);
        Assert.True(double.IsNaN(byType[2]));
    }
}
