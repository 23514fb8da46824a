using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// Each input check of the acquisition family, one by one: the bad value throws and names its parameter (the checks
// Stryker found no test for), and the boundaries of NewCustomers (a first purchase on the window's last day, an
// index equal to the customer count, more customers than a small pooled array holds, a non-ISO date).
public partial class AcquisitionTests
{
    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's coverage.
    private static readonly System.Collections.Generic.Dictionary<string, (string Parameter, Func<double> Call)> BadScalarCases = new()
    {
        ["00 Acquisition.Arpu(double.NaN, 10)"] = ("revenue", () => Acquisition.Arpu(double.NaN, 10)),
        ["01 Acquisition.Arpu(100, -1)"] = ("customers", () => Acquisition.Arpu(100, -1)),
        ["02 Acquisition.Cac(-1, 0, 10)"] = ("marketingSpend", () => Acquisition.Cac(-1, 0, 10)),
        ["03 Acquisition.Cac(double.PositiveInfinity, 0, 10)"] = ("marketingSpend", () => Acquisition.Cac(double.PositiveInfinity, 0, 10)),
        ["04 Acquisition.Cac(0, -0.5, 10)"] = ("salesSpend", () => Acquisition.Cac(0, -0.5, 10)),
        ["05 Acquisition.Cac(0, double.NaN, 10)"] = ("salesSpend", () => Acquisition.Cac(0, double.NaN, 10)),
        ["06 Acquisition.Cac(100, 50, -1)"] = ("newCustomers", () => Acquisition.Cac(100, 50, -1)),
        ["07 Acquisition.CacPaybackMonths(-1, 10, 0.5)"] = ("cac", () => Acquisition.CacPaybackMonths(-1, 10, 0.5)),
        ["08 Acquisition.CacPaybackMonths(double.NaN, 10, 0.5)"] = ("cac", () => Acquisition.CacPaybackMonths(double.NaN, 10, 0.5)),
        ["09 Acquisition.CacPaybackMonths(100, -10, 0.5)"] = ("monthlyRevenuePerCustomer", () => Acquisition.CacPaybackMonths(100, -10, 0.5)),
        ["10 Acquisition.CacPaybackMonths(100, double.PositiveInfinity, 0.5)"] = ("monthlyRevenuePerCustomer", () => Acquisition.CacPaybackMonths(100, double.PositiveInfinity, 0.5)),
        ["11 Acquisition.ClvToCac(double.NaN, 100)"] = ("clv", () => Acquisition.ClvToCac(double.NaN, 100)),
        ["12 Acquisition.ClvToCac(1000, -1)"] = ("cac", () => Acquisition.ClvToCac(1000, -1)),
        ["13 Acquisition.ClvToCac(1000, double.NaN)"] = ("cac", () => Acquisition.ClvToCac(1000, double.NaN)),
        ["14 Acquisition.NewCustomerPenetration(-1, 10)"] = ("recruitedByLine", () => Acquisition.NewCustomerPenetration(-1, 10)),
        ["15 Acquisition.NewCustomerPenetration(0, -1)"] = ("totalNewCustomers", () => Acquisition.NewCustomerPenetration(0, -1)),
    };

    public static TheoryData<string> BadScalars() => [.. BadScalarCases.Keys];

    [Theory]
    [MemberData(nameof(BadScalars))]
    public void ScalarForms_BadInput_ThrowsNamingTheParameter(string name)
    {
        (string parameter, Func<double> call) = BadScalarCases[name];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => call());
        Assert.Equal(parameter, e.ParamName);
    }

    [Fact]
    public void ScalarForms_GoodInputAtTheirLimits_Compute()
    {
        // Hand calculations: zero spend is a cost of 0; a negative CLV (a loss) is a ratio; zero recruited is 0.
        Assert.Equal(0, Acquisition.Cac(0, 0, 10));
        Assert.Equal(-2, Acquisition.ClvToCac(-1000, 500));
        Assert.Equal(0, Acquisition.NewCustomerPenetration(0, 10));
        Assert.Equal(0, Acquisition.CacPaybackMonths(0, 10, 0.5));
        Assert.Equal(-5, Acquisition.Arpu(-50, 10));
    }

    [Fact]
    public void NewCustomers_FirstPurchaseOnTheWindowsLastOrFirstDay_Counts_DayAfterDoesNot()
    {
        var window = new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31));
        int[] customers = [0, 1, 2, 3];
        LocalDate[] dates = [new(2024, 3, 31), new(2024, 3, 1), new(2024, 4, 1), new(2024, 2, 29)];
        var log = new TransactionColumns(customers, dates, new double[4], 4);
        Assert.Equal(2, Acquisition.NewCustomers(log, window));
        Assert.Equal(2, Acquisition.NewCustomers(dates, window));
    }

    [Fact]
    public void NewCustomers_ManyCustomers_EachCountedOnce()
    {
        // 1,000 customers (more than any small pooled array); customer c first buys on day c % 60 of 2024 and again in June.
        // The window Jan 1-31 holds the first purchases of days 0-30: the customers with c % 60 <= 30 (16 full cycles of 31,
        // and 31 of the last 40 customers: 16 x 31 + 31 = 527).
        const int n = 1000;
        var customers = new int[2 * n];
        var dates = new LocalDate[2 * n];
        long expected = 0;
        for (int c = 0; c < n; c++)
        {
            customers[2 * c] = c;
            dates[2 * c] = new LocalDate(2024, 1, 1).PlusDays(c % 60);
            customers[(2 * c) + 1] = c;
            dates[(2 * c) + 1] = new LocalDate(2024, 6, 1);   // a later purchase never makes a customer new again
            expected += c % 60 <= 30 ? 1 : 0;
        }

        var window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        Assert.Equal(527, expected);
        Assert.Equal(expected, Acquisition.NewCustomers(new TransactionColumns(customers, dates, new double[2 * n], n), window));
    }

    [Fact]
    public void NewCustomers_IndexEqualToTheCustomerCount_ThrowsNamingTheColumn()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.NewCustomers(
            new TransactionColumns([0, 2], [new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 2)], new double[2], 2),
            new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31))));
        Assert.Equal("customerIndexes", e.ParamName);
    }

    [Fact]
    public void NewCustomers_NonIsoDate_Throws_BothForms()
    {
        var julian = new LocalDate(2024, 1, 10, CalendarSystem.Julian);
        var window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        LocalDate[] dates = [new LocalDate(2024, 1, 5), julian];
        TransactionColumns Log() => new([0, 0], dates, new double[2], 1);
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => Acquisition.NewCustomers(Log(), window)).ParamName);
        Assert.Equal("firstPurchaseDates", Assert.Throws<ArgumentException>(() => Acquisition.NewCustomers([julian], window)).ParamName);
        var julianWindow = new DateInterval(julian, julian.PlusDays(5));
        Assert.Equal("window", Assert.Throws<ArgumentException>(() => Acquisition.NewCustomers(Log(), julianWindow)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentException>(() => Acquisition.NewCustomers([new LocalDate(2024, 1, 5)], julianWindow)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Acquisition.NewCustomers(Log(), null!));

        // Two non-ISO rows: a check that folded the rows' calendar bits with XOR would cancel them out.
        LocalDate[] twoJulian = [julian, julian.PlusDays(1), new LocalDate(2024, 1, 20)];
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => Acquisition.NewCustomers(new TransactionColumns([0, 1, 1], twoJulian, new double[3], 2), window)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Acquisition.NewCustomers([new LocalDate(2024, 1, 5)], null!));
    }
}
