using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): the edges of category engagement that the golden values miss. Hand calculations: a
/// category spend equal to the total is the whole spend (1); a destination that already holds numbers gets only the
/// shares; more customers than the smallest pooled buffer holds (the shared pool's smallest array has 16 elements).
/// </summary>
public partial class CustomerValueTests
{
    [Fact]
    public void CategoryEngagement_CategorySpendEqualToTotal_IsOne_AndZeroOfZeroIsNaN()
    {
        Assert.Equal(1, CustomerValue.CategoryEngagement(600, 600));
        Assert.Equal(1, CustomerValue.CategoryEngagement(0.5, 0.5));
        Assert.Equal(double.NaN, CustomerValue.CategoryEngagement(0, 0));
    }

    [Fact]
    public void CategoryEngagement_Columns_DestinationHoldingOldValues_ReceivesOnlyTheShares()
    {
        // Customer 0: 30 in category 1 of 40 in all = 0.75; customer 1: 0 of 10 = 0; customer 2: no spend = NaN.
        var day = new LocalDate(2024, 5, 1);
        var log = new TransactionColumns([0, 0, 1], [day, day, day], [30, 10, 10], 3);
        double[] destination = [99, 99, 99];
        CustomerValue.CategoryEngagement(log, [1, 2, 2], 1, destination);
        Assert.Equal([0.75, 0, double.NaN], destination);
    }

    [Fact]
    public void CategoryEngagement_Columns_MoreCustomersThanTheSmallestPooledBuffer_OneSharePerCustomer()
    {
        // 40 customers; customer c spends c + 1 in category 1 and 1 in category 2, so the share is (c + 1) / (c + 2).
        const int n = 40;
        var customers = new int[2 * n];
        var dates = new LocalDate[2 * n];
        var amounts = new double[2 * n];
        var categories = new int[2 * n];
        for (int c = 0; c < n; c++)
        {
            customers[2 * c] = c;
            amounts[2 * c] = c + 1;
            categories[2 * c] = 1;
            customers[(2 * c) + 1] = c;
            amounts[(2 * c) + 1] = 1;
            categories[(2 * c) + 1] = 2;
            dates[2 * c] = dates[(2 * c) + 1] = new LocalDate(2024, 1, 1).PlusDays(c);
        }

        double[] shares = CustomerValue.CategoryEngagement(new TransactionColumns(customers, dates, amounts, n), categories, 1);
        Assert.Equal(n, shares.Length);
        for (int c = 0; c < n; c++)
        {
            Assert.Equal((c + 1.0) / (c + 2.0), shares[c]);
        }

        // Twice in a row: the second call gets back the pooled buffer the first returned, and must clear it first.
        Assert.Equal(shares, CustomerValue.CategoryEngagement(new TransactionColumns(customers, dates, amounts, n), categories, 1));
    }
}
