using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// Edges by hand: a window on the ISO calendar's last day (its previous window still inside the calendar), and the
// loyalty index of a window without buyers (the repurchase rate is 0/0): NaN when repurchase weighs in, else the other
// two parts alone.
public partial class RetentionTests
{
    [Fact]
    public void PreviousWindowBasis_OnTheCalendarsLastDay_IsInsideTheCalendar()
    {
        var lastDay = new DateInterval(LocalDate.MaxIsoValue, LocalDate.MaxIsoValue);
        RetentionCounts counts = Retention.Classify(SmallLog.Columns, lastDay, CustomersAtStartBasis.PreviousWindow);

        // Nobody bought on the day before or on the day: no one at start or active; the four buyers all bought before.
        Assert.Equal(new RetentionCounts(AtStart: 0, New: 0, Retained: 0, Lost: 0, Reactivated: 0, Active: 0, Repeat: 0, Total: 4), counts);
    }

    [Fact]
    public void LoyaltyIndex_WindowWithoutBuyers_IgnoresRepurchaseOnlyWhenItWeighsNothing()
    {
        var empty = new TransactionColumns([], [], [], 0);

        // Weights (1, 0, 1): (0.8 + 0.4) / 2.
        Assert.Equal(0.6, Retention.LoyaltyIndex(empty, SmallLog.February, 0.8, 0.4, new LoyaltyWeights(1, 0, 1)), 15);
        Assert.True(double.IsNaN(Retention.LoyaltyIndex(empty, SmallLog.February, 0.8, 0.4, LoyaltyWeights.Equal)));
    }
}
