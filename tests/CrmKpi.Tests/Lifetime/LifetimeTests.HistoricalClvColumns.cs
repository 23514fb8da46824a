using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14: the column forms of historical CLV (catalog V1) on hand-counted logs: a destination holding stale values is
/// overwritten, zero and positive costs are accepted and subtracted, customers without rows get 0.
/// </summary>
public partial class LifetimeTests
{
    [Fact]
    public void HistoricalClvColumns_StaleDestination_HoldsTheHandSummedTotals()
    {
        // Customer 0 buys 10 and 20, customer 1 buys 7.5, customer 2 nothing: totals 30, 7.5, 0 by hand.
        var day = new LocalDate(2024, 3, 1);
        var log = new TransactionColumns([0, 1, 0], [day, day, day.PlusDays(1)], [10, 7.5, 20], 3);
        double[] destination = [99, 99, 99, 99];

        Lifetime.HistoricalClv(log, destination);

        Assert.Equal([30, 7.5, 0, 99], destination);
    }

    [Fact]
    public void HistoricalClvColumns_ZeroAndPositiveCosts_SubtractEachCustomersCost()
    {
        // Totals 30, 7.5, 0 (above); costs 0, 5, 2: 30, 2.5, -2 by hand, a zero cost being a valid cost.
        var day = new LocalDate(2024, 3, 1);
        var log = new TransactionColumns([0, 1, 0], [day, day, day.PlusDays(1)], [10, 7.5, 20], 3);
        double[] destination = [99, 99, 99];

        Lifetime.HistoricalClv(log, [0, 5, 2], destination);

        Assert.Equal([30, 2.5, -2], destination);
    }
}
