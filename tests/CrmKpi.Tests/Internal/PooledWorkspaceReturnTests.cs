using CrmKpi.Internal;
using Xunit;

namespace CrmKpi.Tests;

// A pooled workspace hands every rented array back and forgets it: an array still referenced after its return could be
// written while another caller holds it. AllocatedBytes shows what the workspace still holds.
public class PooledWorkspaceReturnTests
{
    [Fact]
    public void RetentionWorkspace_ReturnPooled_ReleasesEveryArray()
    {
        RetentionWorkspace workspace = RetentionWorkspace.RentPooled();
        workspace.Flags(100);
        workspace.Bits(100);
        workspace.Table(100);
        workspace.Amounts(100);
        workspace.Blocks.Cursors(100);
        workspace.Blocks.Payloads<long>(100);
        Assert.True(workspace.AllocatedBytes >= 100 + 800 + 400 + 800 + 400 + 800);
        workspace.ReturnPooled();
        Assert.Equal(0, workspace.AllocatedBytes);
    }

    [Fact]
    public void RfmWorkspace_ReturnPooled_ReleasesEveryArray()
    {
        RfmWorkspace workspace = RfmWorkspace.RentPooled();
        workspace.Doubles(100);
        workspace.Spare(100);
        workspace.Ints(100);
        _ = workspace.RecencyCounts;
        _ = workspace.FrequencyCounts;
        _ = workspace.RadixCounts;
        workspace.Blocks.Lookup(100);
        Assert.True(workspace.AllocatedBytes >= (200 * 8) + (100 * 4) + (3 * RfmWorkspace.HistogramLength * 4) + 400);
        workspace.ReturnPooled();
        Assert.Equal(0, workspace.AllocatedBytes);
    }

    [Fact]
    public void RfmWorkspace_Unpooled_BlocksAreNotPooledEither()
    {
        // A caller's own workspace allocates plainly (it is never returned), its block scratch included.
        var workspace = new RfmWorkspace(customerCapacity: 10);
        workspace.Blocks.Lookup(100);
        Assert.Equal(400, workspace.Blocks.AllocatedBytes);   // exactly the length asked for: a pooled rent would round up to 128
    }
}
