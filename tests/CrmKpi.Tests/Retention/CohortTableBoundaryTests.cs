using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// CohortTable's exports and edge cells by hand: every share of a small table (observed, unobserved, empty cohort),
// and the counts exported as given.
public class CohortTableBoundaryTests
{
    private static readonly DateInterval Quarter = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31));

    // January cohort of 3 (2 back in February, 1 in March), February cohort of 1 (back in March), March cohort empty.
    private static CohortTable Table() => CohortTable.FromCounts(PeriodUnit.Month, Quarter, new long[,] { { 3, 2, 1 }, { 1, 1, 0 }, { 0, 0, 0 } });

    [Fact]
    public void ShareArray_ByHand()
    {
        double[,] shares = Table().ToShareArray();
        Assert.Equal(3, shares.GetLength(0));
        Assert.Equal(3, shares.GetLength(1));

        // Row 0: 3/3, 2/3, 1/3. Row 1: 1/1, 1/1, then March + 1 is after the range (unobserved). Row 2: an empty cohort.
        Assert.Equal(1.0, shares[0, 0]);
        Assert.Equal(2.0 / 3, shares[0, 1], 15);
        Assert.Equal(1.0 / 3, shares[0, 2], 15);
        Assert.Equal(1.0, shares[1, 0]);
        Assert.Equal(1.0, shares[1, 1]);
        Assert.True(double.IsNaN(shares[1, 2]));
        Assert.True(double.IsNaN(shares[2, 0]));
        Assert.True(double.IsNaN(shares[2, 1]));
        Assert.True(double.IsNaN(shares[2, 2]));
    }

    [Fact]
    public void CountArray_IsTheCountsGiven_AndObservationStopsAtTheRangeEnd()
    {
        CohortTable table = Table();
        Assert.Equal(new long[,] { { 3, 2, 1 }, { 1, 1, 0 }, { 0, 0, 0 } }, table.ToCountArray());
        Assert.True(table.IsObserved(0, 2));    // January + 2 = March, the last period
        Assert.False(table.IsObserved(1, 2));   // February + 2 = April
        Assert.True(table.IsObserved(2, 0));
        Assert.False(table.IsObserved(2, 1));
        Assert.Equal(new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31)), table.Period(2));
        Assert.Equal(0, table.Size(2));
        Assert.Equal(1, table.Active(0, 2));
    }
}
