using System;
using CrmKpi.Internal;
using Xunit;

namespace CrmKpi.Tests;

// CustomerBlocks where the partition tests do not reach: an out-of-range customer inside the vectorised maximum (the first
// eight rows of a longer column), a payload buffer shorter than the rows, and the scratch's memory accounting and return.
public class CustomerBlocksEdgeTests
{
    [Theory]
    [InlineData(2, 8)]
    [InlineData(9, 8)]
    [InlineData(5, 9)]
    public void Count_OutOfRangeCustomerAmongTheVectorisedRows_Throws(int row, int bad)
    {
        int[] customers = new int[24];
        for (int i = 0; i < customers.Length; i++)
        {
            customers[i] = i % 8;
        }

        customers[row] = bad;
        int[] room = new int[64];   // the starts are a slice: a missed check would write inside this array, not past it
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerBlocks.Count(customers, 8, 1, room.AsSpan(0, 4)));
        Assert.Equal("customerIndexes", e.ParamName);
        Assert.Contains($"customerIndexes[{row}]", e.Message, StringComparison.Ordinal);
    }

    private struct Identity : CustomerBlocks.IRowEncoder<long>
    {
        public long Encode(int row, int local, out bool keep)
        {
            keep = true;
            return row;
        }
    }

    [Fact]
    public void Scatter_PayloadsShorterThanTheRows_Throws()
    {
        var encoder = new Identity();
        int[] cursors = new int[1];
        var e = Assert.Throws<ArgumentException>(() => CustomerBlocks.Scatter<long, Identity>([0, 1, 0], 1, cursors, new long[2], ref encoder));
        Assert.Equal("payloads", e.ParamName);
        Assert.StartsWith("The payload buffer is shorter than the rows.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scratch_Unpooled_AllocatedBytesCountsEveryArray()
    {
        var scratch = new CustomerBlocks.Scratch(pooled: false);
        Assert.Equal(0, scratch.AllocatedBytes);
        scratch.Cursors(10);
        scratch.Starts(20);
        scratch.Lookup(30);
        scratch.Payloads<long>(5);
        Assert.Equal(((10 + 20 + 30) * 4) + (5 * 8), scratch.AllocatedBytes);
        scratch.Payloads<int>(3);   // already large enough: nothing new
        Assert.Equal(280, scratch.AllocatedBytes);
    }

    [Fact]
    public void Scratch_Pooled_ReturnReleasesEveryArray()
    {
        var scratch = new CustomerBlocks.Scratch(pooled: true);
        scratch.Return();   // nothing rented yet: nothing to return
        scratch.Cursors(10);
        scratch.Starts(20);
        scratch.Lookup(30);
        scratch.Payloads<long>(5);
        Assert.True(scratch.AllocatedBytes >= 280);
        scratch.Return();
        Assert.Equal(0, scratch.AllocatedBytes);
    }

    [Fact]
    public void Scratch_PayloadsBeyondAnArraysReach_ThrowsOverflow()
    {
        // 2^30 payloads of 16 bytes need 2^31 words of 8 bytes: more than an array can index. Fails before allocating.
        Assert.Throws<OverflowException>(() => new CustomerBlocks.Scratch(pooled: false).Payloads<Guid>(1 << 30).Length);
    }
}
