using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Values from customers' activity with the spend per purchase: the window spend divided by the window's purchases,
/// hand-computed for a small log.
/// </summary>
public partial class RfmTests
{
    [Fact]
    public void ValuesFromActivity_AveragePerPurchase_DividesWindowSpendByWindowPurchases()
    {
        // Customer 0: 10 on 02-03 and 30 on 02-17 in February, 99 on 03-02 outside it: 2 purchases, 40 spent, 20 each,
        // last on 02-17, 12 days before 02-29. Customer 1: one purchase of 5 on 02-29, recency 0.
        var window = new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29));
        var log = new TransactionColumns([0, 0, 1, 0], [new(2024, 2, 3), new(2024, 2, 17), new(2024, 2, 29), new(2024, 3, 2)], [10.0, 30.0, 5.0, 99.0], 3);
        var activity = new CustomerActivity[3];
        CustomerActivity.Compute(log, window, activity);

        RfmValues[] values = Rfm.Values(activity, window.End, RfmMonetary.AveragePerPurchase);

        Assert.Equal([new RfmValues(12, 2, 20.0), new RfmValues(0, 1, 5.0), RfmValues.NoPurchase], values);
    }
}
