using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// CohortTable.FromCounts: a table from counts computed elsewhere (a warehouse) behaves as one computed here.
public class CohortTableFromCountsTests
{
    // Three months. Hand count: January cohort of 3 (2 back in February, 1 in March), February cohort of 1 (back in March).
    private static readonly DateInterval Quarter = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31));

    private static long[,] Counts() => new long[,] { { 3, 2, 1 }, { 1, 1, 0 }, { 0, 0, 0 } };

    [Fact]
    public void HandCounts_SizesFromTheFirstColumn_SharesAndObservation()
    {
        CohortTable table = CohortTable.FromCounts(PeriodUnit.Month, Quarter, Counts());
        Assert.Equal(3, table.CohortCount);
        Assert.Equal(4, table.TotalCustomers);
        Assert.Equal(3, table.Size(0));
        Assert.Equal(2.0 / 3, table.Share(0, 1), 15);
        Assert.Equal(1.0, table.Share(1, 1), 15);
        Assert.False(table.IsObserved(1, 2));
        Assert.Equal(new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)), table.Period(1));
    }

    [Fact]
    public void CountsOfAComputedTable_GiveTheSameTable()
    {
        // A log: a buys in January and March, b in January and February, c in February only.
        var builder = new TransactionLogBuilder();
        builder.Add("a", new LocalDate(2024, 1, 5), 1);
        builder.Add("b", new LocalDate(2024, 1, 9), 1);
        builder.Add("a", new LocalDate(2024, 3, 2), 1);
        builder.Add("b", new LocalDate(2024, 2, 20), 1);
        builder.Add("c", new LocalDate(2024, 2, 1), 1);
        CohortTable computed = Retention.Cohorts(builder.ToLog(), Quarter, PeriodUnit.Month);
        Assert.Equal(new long[,] { { 2, 1, 1 }, { 1, 0, 0 }, { 0, 0, 0 } }, computed.ToCountArray());
        CohortTable rebuilt = CohortTable.FromCounts(PeriodUnit.Month, Quarter, computed.ToCountArray());
        Assert.Equal(computed.ToShareArray(), rebuilt.ToShareArray());
    }

    [Fact]
    public void WrongShape_NegativeAboveSizeOrAfterTheRange_Throw_NamingTheCell()
    {
        Assert.Equal("activeCounts", Assert.Throws<ArgumentException>(() => CohortTable.FromCounts(PeriodUnit.Month, Quarter, new long[2, 2])).ParamName);

        long[,] negative = Counts();
        negative[1, 1] = -1;
        Assert.Contains("[1, 1] is negative", Assert.Throws<ArgumentOutOfRangeException>(() => CohortTable.FromCounts(PeriodUnit.Month, Quarter, negative)).Message, StringComparison.Ordinal);

        long[,] above = Counts();
        above[0, 2] = 4;
        Assert.Contains("[0, 2] is above the cohort's size 3", Assert.Throws<ArgumentOutOfRangeException>(() => CohortTable.FromCounts(PeriodUnit.Month, Quarter, above)).Message, StringComparison.Ordinal);

        long[,] after = Counts();
        after[1, 2] = 1;
        Assert.Contains("[1, 2] is after the end of the range", Assert.Throws<ArgumentOutOfRangeException>(() => CohortTable.FromCounts(PeriodUnit.Month, Quarter, after)).Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentNullException>(() => CohortTable.FromCounts(PeriodUnit.Month, Quarter, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => CohortTable.FromCounts((PeriodUnit)99, Quarter, Counts()));
    }
}
