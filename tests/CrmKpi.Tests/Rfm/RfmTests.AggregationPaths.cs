using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Rfm.Values on each aggregation path, against one hand-computed log: the direct pass, customer blocks of every size
/// whose block and day offsets fit 31 bits (February 2024: day offsets 0..28, 5 bits, so shifts up to 26), and shifts
/// past that, which must fall back to the direct pass. The destination holds stale values first, so state not cleared
/// shows. Also the scratch each path keeps in a workspace: none for a small log (the direct pass), the partition
/// (about 12 bytes a row, plus a day table) for the blocks and for a log whose state exceeds 8 MiB.
/// </summary>
public partial class RfmTests
{
    // Nine rows, five customers, window February 2024, as of 2024-02-29:
    //   c0: 02-29 (5), 02-01 (10)          recency 0,  frequency 2, monetary 15
    //   c1: 02-17 (4), 02-16 (3)           recency 12, frequency 2, monetary 7   (day offsets 16 and 15)
    //   c2: 01-31 (8), 03-01 (9)           outside the window: no purchase
    //   c3: 02-20 (-5), 02-10 (+5)         recency 9,  frequency 2, monetary 0   (a refund cancelling a purchase)
    //   c4: 02-28 (1)                      recency 1,  frequency 1, monetary 1
    private static readonly int[] PathLogCustomers = [3, 0, 1, 2, 4, 0, 1, 3, 2];

    private static readonly LocalDate[] PathLogDates =
        [new(2024, 2, 20), new(2024, 2, 29), new(2024, 2, 17), new(2024, 1, 31), new(2024, 2, 28), new(2024, 2, 1), new(2024, 2, 16), new(2024, 2, 10), new(2024, 3, 1)];

    private static readonly double[] PathLogAmounts = [-5, 5, 4, 8, 1, 10, 3, 5, 9];

    private static readonly RfmValues[] PathLogExpected =
        [new(0, 2, 15), new(12, 2, 7), RfmValues.NoPurchase, new(9, 2, 0), new(1, 1, 1)];

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(8, true)]
    [InlineData(25, true)]
    [InlineData(26, true)]    // 26 + 5 bits of day offset = 31: the largest shift that fits, so the blocks are used
    [InlineData(27, false)]   // 27 + 5 = 32 bits: must take the direct pass
    [InlineData(28, false)]
    public void Values_EveryBlockShift_MatchesHandComputation(int shift, bool partitioned)
    {
        RfmValues[] destination = [new(7, 7, 7), new(7, 7, 7), new(7, 7, 7), new(7, 7, 7), new(7, 7, 7)];
        var workspace = new RfmWorkspace();
        Rfm.Values(new TransactionColumns(PathLogCustomers, PathLogDates, PathLogAmounts, 5), FebruaryWindow, FebruaryWindow.End, RfmMonetary.Total, destination, workspace, shift);
        Assert.Equal(PathLogExpected, destination);
        Assert.Equal(partitioned, workspace.AllocatedBytes > 0);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void Values_WindowBeforeYearOne_MatchesHandComputation(int shift)
    {
        // The proleptic ISO calendar goes back to year -9998. Window March of year -5, as of its last day: customer 0 bought
        // on the 10th (2) and the 3rd (4): recency 21, frequency 2, monetary 6; customer 1 only in February: no purchase.
        var window = new DateInterval(new LocalDate(-5, 3, 1), new LocalDate(-5, 3, 31));
        var destination = new RfmValues[2];
        Rfm.Values(new TransactionColumns([0, 1, 0], [new(-5, 3, 10), new(-5, 2, 20), new(-5, 3, 3)], [2.0, 8.0, 4.0], 2), window, window.End, RfmMonetary.Total, destination, null, shift);
        Assert.Equal([new RfmValues(21, 2, 6), RfmValues.NoPurchase], destination);
    }

    [Fact]
    public void Values_SmallLogWithWorkspace_TakesNoScratch()
    {
        // 9 rows, 5 customers: 80 bytes of state, far below 8 MiB, so the direct pass runs and the workspace stays empty.
        var workspace = new RfmWorkspace();
        var destination = new RfmValues[5];
        Rfm.Values(new TransactionColumns(PathLogCustomers, PathLogDates, PathLogAmounts, 5), FebruaryWindow, FebruaryWindow.End, RfmMonetary.Total, destination, workspace);
        Assert.Equal(PathLogExpected, destination);
        Assert.Equal(0, workspace.AllocatedBytes);
    }

    [Fact]
    public void Values_CustomerBlocks_ScratchIsAboutTwelveBytesARowPlusSmallTables()
    {
        // Blocks of 2: 3 blocks, 29 days. 12 bytes a row is 108 bytes; the block bounds and the day table add a few hundred.
        var workspace = new RfmWorkspace();
        Rfm.Values(new TransactionColumns(PathLogCustomers, PathLogDates, PathLogAmounts, 5), FebruaryWindow, FebruaryWindow.End, RfmMonetary.Total, new RfmValues[5], workspace, 1);
        Assert.InRange(workspace.AllocatedBytes, 12L * PathLogCustomers.Length, 4096);
    }

    [Fact]
    public void Values_StateAboveEightMiB_PartitionsIntoTheWorkspace()
    {
        // 600,000 customers (9.6 MB of state, above 8 MiB) with one row each in February: the partition is taken, 12 bytes a row.
        const int count = 600_000;
        int[] customers = new int[count];
        LocalDate[] dates = new LocalDate[count];
        double[] amounts = new double[count];
        for (int i = 0; i < count; i++)
        {
            customers[i] = (int)((i * 7919L) % count);   // 7919 is prime and does not divide 600,000: a permutation
            dates[i] = new LocalDate(2024, 2, 1 + (i % 29));
            amounts[i] = 1;
        }

        var workspace = new RfmWorkspace();
        var destination = new RfmValues[count];
        Rfm.Values(new TransactionColumns(customers, dates, amounts, count), FebruaryWindow, FebruaryWindow.End, RfmMonetary.Total, destination, workspace);
        Assert.True(workspace.AllocatedBytes >= 12L * count, $"{workspace.AllocatedBytes} bytes");

        // Row i is customer (7919 i) mod 600,000's only purchase, on day 1 + i mod 29: recency 28 - i mod 29.
        for (int i = 0; i < count; i += 997)
        {
            Assert.Equal(new RfmValues(28 - (i % 29), 1, 1), destination[customers[i]]);
        }
    }
}
