using System;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// RetentionWorkspace: the bytes it documents (one a customer for classification, two doubles a customer for revenue,
// 8 bytes a customer per 64 periods for a direct cohort table), capacity when its parts differ, and the overloads that
// take a workspace: null rents for the call, a caller's workspace is the one used. Hand counts from SmallLog.
public class RetentionWorkspaceTests
{
    private static readonly DateInterval January = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
    private static readonly DateInterval FirstQuarter = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31));

    // SmallLog, February: at start 0 and 1 (first bought before February), new 2 and 3, active 0, 2 and 3, retained 0,
    // lost 1, repeat 2 (three rows), total 4 (customer 4 never bought). With January as the base window: at start 0 and 1
    // again (both bought in January), so the same counts.
    private static readonly RetentionCounts February = new(AtStart: 2, New: 2, Retained: 1, Lost: 1, Reactivated: 0, Active: 3, Repeat: 1, Total: 4);

    [Fact]
    public void OneWorkspace_HoldsTheDocumentedBytes_ForEachKernel()
    {
        var workspace = new RetentionWorkspace();
        Assert.Equal(February, Retention.Classify(SmallLog.Columns, SmallLog.February, workspace));
        Assert.Equal(SmallLog.CustomerCount, workspace.AllocatedBytes);   // one flag byte a customer

        Assert.Equal(February, Retention.Classify(SmallLog.Columns, SmallLog.February, January, workspace));
        Assert.Equal(SmallLog.CustomerCount, workspace.AllocatedBytes);   // reused

        var withBase = new RetentionWorkspace();
        Assert.Equal(February, Retention.Classify(SmallLog.Columns, SmallLog.February, January, withBase));
        Assert.Equal(SmallLog.CustomerCount, withBase.AllocatedBytes);     // the base-window overload uses the caller's workspace too

        // January to February: customer 0 10 -> 30 (expansion 20), 1 20 -> 0 (churned 20), 2 and 3 new (125 + 15).
        Assert.Equal(new RevenueMovement(30, 20, 0, 20, 140), Retention.DecomposeRevenue(SmallLog.Columns, January, SmallLog.February, workspace));
        Assert.Equal(SmallLog.CustomerCount * (1 + 16), workspace.AllocatedBytes);   // and two doubles a customer

        // Months of the first quarter: one 64-bit mask a customer, and the day-to-period table with 64 slots a month
        // (DateKey's sparse day key): January 1 to March 31 is 2 x 64 + 31 slots of 4 bytes.
        CohortTable table = Retention.Cohorts(SmallLog.Columns, FirstQuarter, PeriodUnit.Month, workspace);
        Assert.Equal(new long[,] { { 1, 1, 1 }, { 2, 0, 0 }, { 0, 0, 0 } }, table.ToCountArray());
        const long dayTable = ((2 * 64) + 31) * sizeof(int);
        Assert.Equal((SmallLog.CustomerCount * (1 + 16 + 8)) + dayTable, workspace.AllocatedBytes);
    }

    [Fact]
    public void NullWorkspace_RentsForTheCall_WithTheHandCounts()
    {
        Assert.Equal(February, Retention.Classify(SmallLog.Columns, SmallLog.February, (RetentionWorkspace?)null));
        Assert.Equal(February, Retention.Classify(SmallLog.Columns, SmallLog.February, January, null));
        Assert.Equal(new RevenueMovement(30, 20, 0, 20, 140), Retention.DecomposeRevenue(SmallLog.Columns, January, SmallLog.February, null));

        // January cohort: customer 0, active in all three months; February cohort: 2 and 3, neither back in March.
        // Customer 1 first bought in December 2023: in no cohort.
        Assert.Equal(new long[,] { { 1, 1, 1 }, { 2, 0, 0 }, { 0, 0, 0 } }, Retention.Cohorts(SmallLog.Columns, FirstQuarter, PeriodUnit.Month, null).ToCountArray());
    }

    [Fact]
    public void CapacityWorkspace_GrownByOneKernel_ReportsTheSmallerCapacity()
    {
        var workspace = new RetentionWorkspace(10);
        Assert.Equal(10, workspace.CustomerCapacity);
        Assert.Equal(10 * 17, workspace.AllocatedBytes);

        // Classification of 1,000 customers grows the flags only: room for 1,000 flags but still 10 revenue pairs.
        var log = new TransactionColumns([999], [new LocalDate(2024, 2, 5)], [1.0], 1_000);
        RetentionCounts counts = Retention.Classify(log, SmallLog.February, workspace);
        Assert.Equal(1, counts.New);
        Assert.Equal(10, workspace.CustomerCapacity);
        Assert.Equal(1_000 + (10 * 16), workspace.AllocatedBytes);
    }

    [Fact]
    public void CapacityWorkspace_OfZero_IsEmpty()
    {
        var workspace = new RetentionWorkspace(0);
        Assert.Equal(0, workspace.CustomerCapacity);
        Assert.Equal(0, workspace.AllocatedBytes);
    }

    // RevenueMovement.Retained: start minus contraction minus churned (contraction 20, churned 50, expansion 15 of 180).
    [Fact]
    public void Movement_Retained_ByHand()
    {
        RevenueMovement movement = Retention.DecomposeRevenue(new double[] { 100, 50, 30 }, new double[] { 80, 0, 45 });
        Assert.Equal(new RevenueMovement(180, 15, 20, 50, 0), movement);
        Assert.Equal(110, movement.Retained);
    }
}
