using System;
using System.Linq;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// CohortAccumulator at its limits, against hand counts: more than 64 periods (two words of period bits a customer),
// exactly 64 (the last bit of one word), exactly 4,096 periods (the most a table holds), a later chunk naming fewer
// customers than an earlier one, merges of several-word state, and the documented memory of about 4 + periods / 8
// bytes a customer.
public class CohortAccumulatorBoundaryTests
{
    // 104 ISO weeks, Monday 2023-01-02 to Sunday 2024-12-29: week w starts on 2023-01-02 + 7w.
    private static readonly DateInterval TwoYears = new(new LocalDate(2023, 1, 2), new LocalDate(2024, 12, 29));

    private static LocalDate Week(int w, int day = 0) => new LocalDate(2023, 1, 2).PlusDays((7 * w) + day);

    // Customer 0 buys in weeks 0 and 100; customer 1 in weeks 0 and 80; customer 2 first in week 70, again in week 103.
    // Hand counts: cohort 0 has 2 customers, both active in column 0, one in column 80, one in column 100;
    // cohort 70 has 1 customer, active in columns 0 and 33. Every other cell is 0.
    private static long[,] HandCounts()
    {
        var expected = new long[104, 104];
        expected[0, 0] = 2;
        expected[0, 80] = 1;
        expected[0, 100] = 1;
        expected[70, 0] = 1;
        expected[70, 33] = 1;
        return expected;
    }

    private static readonly int[] Customers = [0, 1, 2, 0, 1, 2];
    private static readonly LocalDate[] Dates = [Week(0, 1), Week(0, 2), Week(70, 3), Week(100), Week(80, 6), Week(103, 6)];

    [Fact]
    public void MoreThan64Periods_InTwoChunks_GiveTheHandCounts()
    {
        var accumulator = new CohortAccumulator(TwoYears, PeriodUnit.IsoWeek);
        accumulator.Add(new TransactionColumns(Customers.AsSpan(0, 2), Dates.AsSpan(0, 2), new double[2], 2));   // customers 0 and 1 so far
        accumulator.Add(new TransactionColumns(Customers.AsSpan(2), Dates.AsSpan(2), new double[4], 3));          // customer 2 appears
        Assert.Equal(104, accumulator.PeriodCount);
        Assert.Equal(3, accumulator.CustomerCount);
        CohortTable table = accumulator.ToTable();
        Assert.Equal(HandCounts(), table.ToCountArray());
        Assert.Equal(2, table.Size(0));
        Assert.Equal(1, table.Size(70));
        Assert.Equal(HandCounts(), Retention.Cohorts(new TransactionColumns(Customers, Dates, new double[6], 3), TwoYears, PeriodUnit.IsoWeek).ToCountArray());
    }

    [Fact]
    public void MoreThan64Periods_MergedFromTwoAccumulators_GiveTheHandCounts()
    {
        int[] firstRows = [0, 3], secondRows = [1, 2, 4, 5];
        TransactionColumns Part(int[] rows) => new(rows.Select(i => Customers[i]).ToArray(), rows.Select(i => Dates[i]).ToArray(), new double[rows.Length], 3);
        var mine = new CohortAccumulator(TwoYears, PeriodUnit.IsoWeek);
        var other = new CohortAccumulator(TwoYears, PeriodUnit.IsoWeek);
        mine.Add(Part(firstRows));
        other.Add(Part(secondRows));
        mine.Merge(other);
        Assert.Equal(HandCounts(), mine.ToTable().ToCountArray());
    }

    // 64 ISO weeks from Monday 2024-01-01: one word of period bits a customer, the last period in its top bit.
    [Fact]
    public void Exactly64Periods_TheLastColumnCounts()
    {
        var range = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1).PlusWeeks(64).PlusDays(-1));
        var accumulator = new CohortAccumulator(range, PeriodUnit.IsoWeek);
        accumulator.Add(new TransactionColumns([0, 1, 0], [new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 3), range.End], new double[3], 2));
        Assert.Equal(64, accumulator.PeriodCount);
        var expected = new long[64, 64];
        expected[0, 0] = 2;    // customers 0 and 1, both first in week 0
        expected[0, 63] = 1;   // customer 0 again on the range's last day, week 63
        Assert.Equal(expected, accumulator.ToTable().ToCountArray());
    }

    [Fact]
    public void Exactly4096Periods_AreAccepted()
    {
        var range = new DateInterval(new LocalDate(2001, 1, 1), new LocalDate(2001, 1, 1).PlusWeeks(4096).PlusDays(-1));
        Assert.Equal(4096, new CohortAccumulator(range, PeriodUnit.IsoWeek).PeriodCount);
    }

    // A reader may hand out a chunk whose customer count is below the count of an earlier chunk (the key map only grows,
    // but a chunk may be built with the count known when it was read): the customers seen before stay.
    [Fact]
    public void LaterChunkWithFewerCustomers_KeepsTheEarlierCustomers()
    {
        var year = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var accumulator = new CohortAccumulator(year, PeriodUnit.Month);
        accumulator.Add(new TransactionColumns([2, 1], [new LocalDate(2024, 1, 10), new LocalDate(2024, 1, 11)], new double[2], 3));
        accumulator.Add(new TransactionColumns([0, 0], [new LocalDate(2024, 2, 10), new LocalDate(2024, 3, 1)], new double[2], 1));
        Assert.Equal(3, accumulator.CustomerCount);

        var small = new CohortAccumulator(year, PeriodUnit.Month);
        small.Add(new TransactionColumns([0], [new LocalDate(2024, 3, 5)], new double[1], 1));
        accumulator.Merge(small);
        Assert.Equal(3, accumulator.CustomerCount);

        // January cohort: customers 1 and 2; February cohort: customer 0, again in March (its row merged in from `small` too).
        CohortTable table = accumulator.ToTable();
        Assert.Equal(3, table.TotalCustomers);
        Assert.Equal(2, table.Size(0));
        Assert.Equal(1, table.Size(1));
        Assert.Equal(1, table.Active(1, 1));
        Assert.Equal(0, table.Active(0, 1));
    }

    // Memory: the type documents about 4 + periods / 8 bytes a customer. 104 weeks take two 8-byte words of bits and a
    // 4-byte first purchase: 20 bytes for each of 250,000 customers, 5 MB, whatever the number of rows.
    [Fact]
    public void ManyCustomers_TakeTheDocumentedBytesPerCustomer()
    {
        const int customers = 250_000;
        var accumulator = new CohortAccumulator(TwoYears, PeriodUnit.IsoWeek);
        var chunk = new TransactionColumns([customers - 1, 0], [Week(3), Week(5)], new double[2], customers);
        long before = GC.GetAllocatedBytesForCurrentThread();
        accumulator.Add(chunk);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.InRange(allocated, customers * (4 + (104 / 8)), (customers * (4 + 16)) + 1024);
        CohortTable table = accumulator.ToTable();
        Assert.Equal(1, table.Size(3));
        Assert.Equal(1, table.Size(5));
        Assert.Equal(2, table.TotalCustomers);
    }
}
