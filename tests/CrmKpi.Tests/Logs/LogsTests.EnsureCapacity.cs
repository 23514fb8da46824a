using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): what <c>EnsureCapacity</c> of each log builder promises, "a reader that knows its size grows
/// the arrays once". The arrays are private, so the promise is checked where it shows: after <c>EnsureCapacity(n)</c> on an
/// empty builder, adding the n rows allocates nothing (without it the columns grow by half from 1,024 rows, several times,
/// and the last growth alone copies hundreds of KB); and asking for less room than the rows already hold keeps every row.
/// The allocation bound (16 KB) leaves room for anything the runtime or a test tool allocates on the way, and is far below
/// the smallest growth of the columns past 1,024 rows.
/// </summary>
public partial class LogsTests
{
    private const int Rows = 50_000;
    private const long AllocationBound = 16 * 1024;

    [Fact]
    public void AgentLogBuilder_EnsureCapacity_RowsAddedAfterItAllocateNothing()
    {
        var builder = new AgentLogBuilder();
        builder.EnsureCapacity(Rows);
        builder.Add(Duration.FromSeconds(1), Duration.Zero);   // the first row outside the measure: the path is warm
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < Rows; i++)
        {
            builder.Add(Duration.FromSeconds(2 * i), Duration.FromSeconds(i));
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationBound, $"adding {Rows - 1} rows after EnsureCapacity({Rows}) allocated {allocated} bytes");
        builder.EnsureCapacity(10);   // less than the rows held: nothing is lost
        AgentLog log = builder.ToLog();
        Assert.Equal(Rows, log.Length);
        Assert.Equal(2.0 * (Rows - 1), log.StaffedSeconds[Rows - 1]);
        Assert.Equal(Rows - 1, log.AvailableSeconds[Rows - 1]);
    }

    [Fact]
    public void CallLogBuilder_EnsureCapacity_RowsAddedAfterItAllocateNothing()
    {
        var builder = new CallLogBuilder();
        builder.EnsureCapacity(Rows);
        builder.Add(Duration.FromSeconds(1), Duration.Zero, Duration.Zero, Duration.Zero, abandoned: true);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < Rows; i++)
        {
            builder.Add(Duration.FromSeconds(i), Duration.FromSeconds(2 * i), Duration.FromSeconds(3), Duration.FromSeconds(4), blocked: i == Rows - 1);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationBound, $"adding {Rows - 1} calls after EnsureCapacity({Rows}) allocated {allocated} bytes");
        builder.EnsureCapacity(10);
        CallLog log = builder.ToLog();
        Assert.Equal(Rows, log.Length);
        Assert.True(log.Abandoned[0]);
        Assert.Equal(2.0 * (Rows - 1), log.TalkSeconds[Rows - 1]);
        Assert.True(log.Blocked[Rows - 1]);
    }

    [Fact]
    public void TicketLogBuilder_EnsureCapacity_RowsAddedAfterItAllocateNothing()
    {
        var builder = new TicketLogBuilder();
        builder.EnsureCapacity(Rows);
        builder.Add(null, null, 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < Rows; i++)
        {
            builder.Add(Duration.FromSeconds(i), Duration.FromSeconds(10 * i), i % 4);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationBound, $"adding {Rows - 1} tickets after EnsureCapacity({Rows}) allocated {allocated} bytes");
        builder.EnsureCapacity(10);
        TicketLog log = builder.ToLog();
        Assert.Equal(Rows, log.Length);
        Assert.True(double.IsNaN(log.ResolutionSeconds[0]));
        Assert.Equal(10.0 * (Rows - 1), log.ResolutionSeconds[Rows - 1]);
        Assert.Equal((Rows - 1) % 4, log.Contacts[Rows - 1]);
    }

    [Fact]
    public void TransactionLogBuilder_EnsureCapacity_RowsAddedAfterItAllocateNothing()
    {
        var builder = new TransactionLogBuilder(withItemCounts: true);
        builder.Customers.GetOrAdd("a");
        builder.Customers.GetOrAdd("b");
        builder.EnsureCapacity(Rows);
        var start = new LocalDate(2024, 1, 1);
        builder.AddRow(0, start, 1, 1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < Rows; i++)
        {
            builder.AddRow(i % 2, start, i, 2);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationBound, $"adding {Rows - 1} rows after EnsureCapacity({Rows}) allocated {allocated} bytes");
        builder.EnsureCapacity(10);
        builder.EnsureCapacity(Rows);   // exactly the room there is: nothing to do
        TransactionLog log = builder.ToLog();
        Assert.Equal(Rows, log.Length);
        Assert.Equal(Rows - 1, log.Amounts[Rows - 1]);
        Assert.Equal((Rows - 1) % 2, log.CustomerIndexes[Rows - 1]);
        Assert.Equal(2, log.ItemCounts[Rows - 1]);
    }
}
