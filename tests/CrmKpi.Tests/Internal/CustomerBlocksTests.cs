using System;
using System.Linq;
using CrmKpi.Internal;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

public class CustomerBlocksTests
{
    // The partition is a stable counting sort: bucket b holds, in row order, exactly the kept rows whose customer is in block b.
    [Property]
    public Property Scatter_RandomCustomers_EqualsStableGroupingByBlock() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 50)
             from rows in Gen.Choose(0, 300)
             from c in Gen.ArrayOf(Gen.Choose(0, n - 1), rows)
             select (Count: n, Customers: c)).ToArbitrary(),
            Gen.Choose(0, 5).ToArbitrary(),
            (log, shift) =>
            {
                int blocks = CustomerBlocks.BlockCount(log.Count, shift);
                int[] starts = new int[blocks];
                int[] ends = new int[blocks];
                CustomerBlocks.Count(log.Customers, log.Count, shift, starts);
                starts.CopyTo(ends);
                var encoder = new EveryThirdDropped(log.Customers);
                long[] payloads = new long[log.Customers.Length];
                CustomerBlocks.Scatter(log.Customers, shift, ends, payloads, ref encoder);
                return Enumerable.Range(0, blocks).All(b =>
                {
                    long[] expected = Enumerable.Range(0, log.Customers.Length)
                        .Where(i => log.Customers[i] >> shift == b && i % 3 != 2)
                        .Select(i => ((long)i << 32) | (uint)(log.Customers[i] - (b << shift)))
                        .ToArray();
                    return payloads.AsSpan(starts[b], ends[b] - starts[b]).SequenceEqual(expected);
                });
            });

    // Block starts are the prefix sums of the rows per block: block 0 starts at 0, and a block without rows starts where the next does.
    [Fact]
    public void Count_HandLog_WritesPrefixSumsOfBlockRows()
    {
        int[] starts = new int[4];
        CustomerBlocks.Count([7, 0, 1, 7, 6, 7], 8, 1, starts);   // blocks of 2: {0,1} -> 2 rows, {2,3} -> 0, {4,5} -> 0, {6,7} -> 4
        Assert.Equal([0, 2, 2, 2], starts);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(-1)]
    public void Count_CustomerOutOfRange_ThrowsNamingColumnAndRow(int bad)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerBlocks.Count([1, 2, bad, 9], 8, 1, new int[4]));
        Assert.Equal("customerIndexes", e.ParamName);
        Assert.Equal(bad, e.ActualValue);
        Assert.Contains("[2]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockCount_PartialLastBlock_RoundsUp()
    {
        Assert.Equal(0, CustomerBlocks.BlockCount(0, 3));
        Assert.Equal(1, CustomerBlocks.BlockCount(8, 3));
        Assert.Equal(2, CustomerBlocks.BlockCount(9, 3));
        Assert.Equal(1 << 16, CustomerBlocks.BlockCount(int.MaxValue, 15));
    }

    /// <summary>Payload = row index (high half) and block offset (low half); drops every third row.</summary>
    private ref struct EveryThirdDropped(ReadOnlySpan<int> customers) : CustomerBlocks.IRowEncoder<long>
    {
        private readonly ReadOnlySpan<int> _customers = customers;

        public long Encode(int row, int local, out bool keep)
        {
            keep = row % 3 != 2 && _customers[row] >= 0;
            return ((long)row << 32) | (uint)local;
        }
    }
}
