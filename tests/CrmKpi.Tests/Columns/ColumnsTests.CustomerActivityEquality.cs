using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// <see cref="CustomerActivity"/> equality is field by field: two activities that differ in exactly one field are not equal,
/// whichever field it is (an equality that joined two fields with "or" would call some of these pairs equal). Each pair is
/// computed from two small hand-made logs of one customer whose activities, worked out by hand in the comments, agree in
/// every field but the one named.
/// </summary>
public partial class ColumnsTests
{
    // The window is March 2024; "out" rows fall in January, "in" rows in March.
    private static readonly DateInterval March = new(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31));

    private static readonly Dictionary<string, ((int Day, int Month, double Amount)[] X, (int Day, int Month, double Amount)[] Y)> OneFieldApartCases = new()
    {
        // First purchase Jan 2 against Jan 3; both last Jan 20, 2 rows, spend 10, nothing in the window.
        ["FirstPurchase"] = ([(2, 1, 4), (20, 1, 6)], [(3, 1, 4), (20, 1, 6)]),

        // Last purchase Jan 20 against Jan 21; both first Jan 2, 2 rows, spend 10.
        ["LastPurchase"] = ([(2, 1, 4), (20, 1, 6)], [(2, 1, 4), (21, 1, 6)]),

        // First in window Mar 5 against Mar 6; both: first Jan 2, last Mar 20, 3 rows, spend 9, 2 window rows, window spend 5, last in window Mar 20.
        ["FirstInWindow"] = ([(2, 1, 4), (5, 3, 2), (20, 3, 3)], [(2, 1, 4), (6, 3, 2), (20, 3, 3)]),

        // Last in window Mar 20 against Mar 21; both: first Jan 2, last Apr 2 (after the window), 4 rows, spend 10, 2 window rows,
        // window spend 3, first in window Mar 5.
        ["LastInWindow"] = ([(2, 1, 4), (5, 3, 1), (20, 3, 2), (2, 4, 3)], [(2, 1, 4), (5, 3, 1), (21, 3, 2), (2, 4, 3)]),

        // 2 rows against 1 (the second row of x has amount 0): both first and last Jan 2, spend 10.
        ["Transactions"] = ([(2, 1, 10), (2, 1, 0)], [(2, 1, 10)]),

        // 2 window rows against 1: both 3 rows (Jan 2 and Mar 5), spend 15, window spend 10, first and last in window Mar 5.
        ["WindowTransactions"] = ([(2, 1, 5), (5, 3, 10), (5, 3, 0)], [(2, 1, 5), (2, 1, 0), (5, 3, 10)]),

        // Spend 10 against 11: both one row on Jan 2.
        ["Spend"] = ([(2, 1, 10)], [(2, 1, 11)]),

        // Window spend 10 against 0: both a row on Jan 2 and one on Mar 5, spend 10.
        ["WindowSpend"] = ([(2, 1, 0), (5, 3, 10)], [(2, 1, 10), (5, 3, 0)]),
    };

    public static TheoryData<string> OneFieldApart() => [.. OneFieldApartCases.Keys];

    [Theory]
    [MemberData(nameof(OneFieldApart))]
    public void CustomerActivity_DifferingInOneField_IsNotEqual(string field)
    {
        ((int Day, int Month, double Amount)[] xRows, (int Day, int Month, double Amount)[] yRows) = OneFieldApartCases[field];
        CustomerActivity x = OneCustomer(xRows);
        CustomerActivity y = OneCustomer(yRows);

        // The hand derivation: the activities really differ in the named field only.
        Assert.Equal([field], DifferingFields(x, y));

        Assert.False(x.Equals(y));
        Assert.False(y.Equals(x));
        Assert.False(x.Equals((object)y));
        Assert.False(x == y);
        Assert.True(x != y);
    }

    [Fact]
    public void CustomerActivity_SameRowsInAnotherOrder_IsEqual()
    {
        // The same three rows (one before, two in the window) in two orders: the same activity, field by field.
        CustomerActivity x = OneCustomer([(2, 1, 4), (5, 3, 2), (20, 3, 3)]);
        CustomerActivity y = OneCustomer([(20, 3, 3), (2, 1, 4), (5, 3, 2)]);
        Assert.Empty(DifferingFields(x, y));
        Assert.True(x.Equals(y));
        Assert.True(x.Equals((object)y));
        Assert.True(x == y);
        Assert.False(x != y);
        Assert.Equal(x.GetHashCode(), y.GetHashCode());
        Assert.False(x.Equals("not an activity"));
    }

    private static CustomerActivity OneCustomer((int Day, int Month, double Amount)[] rows)
    {
        var customers = new int[rows.Length];
        var dates = new LocalDate[rows.Length];
        var amounts = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            dates[i] = new LocalDate(2024, rows[i].Month, rows[i].Day);
            amounts[i] = rows[i].Amount;
        }

        return CustomerActivity.Compute(new TransactionColumns(customers, dates, amounts, 1), March)[0];
    }

    private static List<string> DifferingFields(CustomerActivity x, CustomerActivity y) =>
    [
        .. new (string Name, bool Differs)[]
        {
            ("FirstPurchase", x.FirstPurchase != y.FirstPurchase),
            ("LastPurchase", x.LastPurchase != y.LastPurchase),
            ("FirstInWindow", x.FirstInWindow != y.FirstInWindow),
            ("LastInWindow", x.LastInWindow != y.LastInWindow),
            ("Transactions", x.Transactions != y.Transactions),
            ("WindowTransactions", x.WindowTransactions != y.WindowTransactions),
            ("Spend", x.Spend != y.Spend),
            ("WindowSpend", x.WindowSpend != y.WindowSpend),
        }.Where(f => f.Differs).Select(f => f.Name),
    ];
}
