using System;
using System.Linq;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// Which path a cohort table takes shows in the caller's workspace (RetentionWorkspace.AllocatedBytes documents it):
// 8 bytes a customer per 64 periods for the direct pass, 4 bytes a row and at most 256 KB of masks for the customer-block
// partition. The path never changes the table (Cohorts_PartitionedPath_EqualsDirectPath), so these tests check that the
// choice is the documented one, and that a forced path is really taken (else the partition properties would compare the
// direct pass with itself). Also the size limits: 4,096 periods accepted, and more customers than an array can mark
// refused with OverflowException before any row is read.
public class CohortPathTests
{
    private static readonly DateInterval Year = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

    // The day-to-period table: 64 slots a month (DateKey's sparse day key), at most 2,048 slots of 4 bytes a year.
    private const long DayTableBytesPerYear = 2048 * sizeof(int);

    private static TransactionColumns RandomLog(int customers, int rows, DateInterval range, int seed)
    {
        var random = new Random(seed);
        int days = range.Length;
        int[] c = new int[rows];
        var d = new LocalDate[rows];
        for (int i = 0; i < rows; i++)
        {
            c[i] = i < customers ? i : random.Next(customers);   // every customer has a row
            d[i] = range.Start.PlusDays(random.Next(days));
        }

        return new TransactionColumns(c, d, new double[rows], customers);
    }

    [Fact]
    public void SmallLog_TakesTheDirectPass_MasksOfItsCustomersOnly()
    {
        var workspace = new RetentionWorkspace();
        CohortTable table = Retention.Cohorts(SmallLog.Columns, Year, PeriodUnit.Month, workspace);
        Assert.Equal(3, table.TotalCustomers);   // customers 0, 2 and 3; 1 first bought in 2023
        Assert.InRange(workspace.AllocatedBytes, SmallLog.CustomerCount * 8, (SmallLog.CustomerCount * 8) + DayTableBytesPerYear);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void ForcedPartition_IsTaken_AndEqualsTheDirectPass(int shift)
    {
        const int customers = 10_000, rows = 30_000;
        TransactionColumns log = RandomLog(customers, rows, Year, 7);
        var direct = new RetentionWorkspace();
        var blocked = new RetentionWorkspace();
        CohortTable expected = Retention.Cohorts(log, Year, PeriodUnit.Month, direct, -1);
        CohortTable actual = Retention.Cohorts(log, Year, PeriodUnit.Month, blocked, shift);
        Assert.Equal(expected.ToCountArray(), actual.ToCountArray());
        Assert.Equal(customers, actual.TotalCustomers);   // every row is in the range, so every customer is in a cohort

        // Direct: one 8-byte mask a customer and the day table, no row payloads. Partitioned: 4 bytes a row at least.
        Assert.InRange(direct.AllocatedBytes, customers * 8, (customers * 8) + DayTableBytesPerYear);
        Assert.True(blocked.AllocatedBytes >= 4L * rows, $"partitioned path holds {blocked.AllocatedBytes} bytes, below 4 a row");
    }

    // 70,000 customers over 1,000 ISO weeks: 16 words (128 bytes) of masks a customer, 9 MB, above the 8 MiB the direct
    // pass takes, and as many rows as customers: the partition is chosen, with at most 256 KB of masks and 4 bytes a row.
    [Fact]
    public void LargeState_ChoosesThePartition_AndEqualsTheDirectPass()
    {
        const int customers = 70_000;
        var range = new DateInterval(new LocalDate(2001, 1, 1), new LocalDate(2001, 1, 1).PlusWeeks(1000).PlusDays(-1));
        TransactionColumns log = RandomLog(customers, customers, range, 11);
        var workspace = new RetentionWorkspace();
        CohortTable auto = Retention.Cohorts(log, range, PeriodUnit.IsoWeek, workspace);
        Assert.Equal(customers, auto.TotalCustomers);
        long years = (range.Length / 365) + 1;
        Assert.InRange(workspace.AllocatedBytes, 4L * customers, (256 * 1024) + (8L * customers) + (years * DayTableBytesPerYear));
        Assert.True(auto.ToCountArray().Cast<long>().SequenceEqual(Retention.Cohorts(log, range, PeriodUnit.IsoWeek, new RetentionWorkspace(), -1).ToCountArray().Cast<long>()));
    }

    // The most periods a table holds (its 4,096 x 4,096 cells take 128 MiB).
    [Fact]
    public void Exactly4096Periods_AreAccepted()
    {
        var range = new DateInterval(new LocalDate(2001, 1, 1), new LocalDate(2001, 1, 1).PlusWeeks(4096).PlusDays(-1));
        CohortTable table = Retention.Cohorts(new TransactionColumns([0, 0], [new LocalDate(2001, 1, 2), range.End], new double[2], 1), range, PeriodUnit.IsoWeek);
        Assert.Equal(4096, table.CohortCount);
        Assert.Equal(1, table.Active(0, 4095));
    }

    // 1.2 billion customers over 104 weeks need two mask words each: 2.4 billion elements, more than an array holds.
    [Fact]
    public void MasksBeyondAnArray_ThrowOverflow_BeforeReadingRows()
    {
        var range = new DateInterval(new LocalDate(2023, 1, 2), new LocalDate(2024, 12, 29));
        Assert.Throws<OverflowException>(() => Retention.Cohorts(new TransactionColumns([], [], [], 1_200_000_000), range, PeriodUnit.IsoWeek, new RetentionWorkspace()));
    }

    // The same for revenue: two amounts a customer for 1.2 billion customers.
    [Fact]
    public void RevenuePairsBeyondAnArray_ThrowOverflow_BeforeReadingRows()
    {
        var january = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        Assert.Throws<OverflowException>(() => Retention.DecomposeRevenue(new TransactionColumns([], [], [], 1_200_000_000), january, SmallLog.February, new RetentionWorkspace()));
    }
}
