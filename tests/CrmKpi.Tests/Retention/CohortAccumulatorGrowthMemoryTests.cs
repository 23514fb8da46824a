using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// CohortAccumulator's documented memory (about 4 + periods / 8 bytes a customer, whatever the number of rows) must
// also hold when the customer count grows from chunk to chunk, not only on the first chunk: one more customer may
// cost a spare margin, but not several times the documented size of every customer already held.
public class CohortAccumulatorGrowthMemoryTests
{
    // 104 ISO weeks: two 8-byte words of period bits and a 4-byte first purchase, 20 bytes a customer.
    private static readonly DateInterval TwoYears = new(new LocalDate(2023, 1, 2), new LocalDate(2024, 12, 29));

    private const int BytesPerCustomer = 4 + 16;

    [Fact]
    public void OneMoreCustomer_AfterMany_AllocatesAtMostTwiceTheDocumentedBytesPerCustomer()
    {
        const int customers = 100_000;
        var accumulator = new CohortAccumulator(TwoYears, PeriodUnit.IsoWeek);
        var first = new TransactionColumns([customers - 1, 0], [new LocalDate(2023, 1, 9), new LocalDate(2023, 1, 16)], new double[2], customers);
        var second = new TransactionColumns([customers], [new LocalDate(2023, 1, 23)], new double[1], customers + 1);
        accumulator.Add(first);

        long before = GC.GetAllocatedBytesForCurrentThread();
        accumulator.Add(second);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // "About" the documented size: at most twice the 20 bytes of each of the customers now held (a growth of 3x
        // the held count would take 6 MB here, against the 2 MB the customers need).
        Assert.InRange(allocated, 0L, (2L * (customers + 1) * BytesPerCustomer) + 1024);
        Assert.Equal(customers + 1, accumulator.CustomerCount);
        CohortTable table = accumulator.ToTable();
        Assert.Equal(3, table.TotalCustomers);
        Assert.Equal(1, table.Size(1));
        Assert.Equal(1, table.Size(2));
        Assert.Equal(1, table.Size(3));
    }
}
