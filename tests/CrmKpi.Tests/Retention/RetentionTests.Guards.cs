using System;
using System.Collections.Generic;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// Each input check of the retention family on its own (every other argument valid): the bad value throws the documented
// exception naming its parameter, and where a later check would throw the same type, the message says which rule broke.
// Where two checks could both fire (a null window and an undefined enum, a non-ISO range and an undefined unit), the case
// pins which is named first, so a removed first check is told from the second. Cases are named (serializable theory data),
// so each is its own test for the runner and for Stryker's per-test coverage.
public partial class RetentionTests
{
    private static readonly CalendarSystem Julian = CalendarSystem.Julian;
    private static readonly DateInterval GuardJan = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
    private static readonly DateInterval GuardYear = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
    private static readonly DateInterval JulianJan = new(new LocalDate(2024, 1, 1, Julian), new LocalDate(2024, 1, 31, Julian));
    private static readonly DateInterval JulianFeb = new(new LocalDate(2024, 2, 1, Julian), new LocalDate(2024, 2, 29, Julian));
    private static readonly DateInterval FirstIsoMonth = new(LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(30));

    private static LocalDate G(int month, int day) => new(2024, month, day);

    private static LocalDate GJulian(int month, int day) => new(2024, month, day, Julian);

    // ISO weeks from Monday 2001-01-01: n of them.
    private static DateInterval Weeks(int n) => new(new LocalDate(2001, 1, 1), new LocalDate(2001, 1, 1).PlusWeeks(n).PlusDays(-1));

    // Three months of hand counts for the table accessors (as in CohortTableFromCountsTests).
    private static CohortTable QuarterTable() =>
        CohortTable.FromCounts(PeriodUnit.Month, new DateInterval(G(1, 1), G(3, 31)), new long[,] { { 3, 2, 1 }, { 1, 1, 0 }, { 0, 0, 0 } });

    private static readonly Dictionary<string, (Type Exception, string Parameter, string? Message, Action Call)> BadRetention = new()
    {
        // CohortAccumulator
        ["accumulator range null"] = (typeof(ArgumentNullException), "range", null, () => _ = new CohortAccumulator(null!, PeriodUnit.Month)),
        ["accumulator non-ISO range named before an undefined unit"] = (typeof(ArgumentException), "range", "ISO", () => _ = new CohortAccumulator(JulianJan, (PeriodUnit)9)),
        ["accumulator 4097 weeks"] = (typeof(ArgumentOutOfRangeException), "range", "splits into 4097 periods of IsoWeek; a cohort table holds at most 4096", () => _ = new CohortAccumulator(Weeks(4097), PeriodUnit.IsoWeek)),
        ["accumulator index equal to the count"] = (typeof(ArgumentOutOfRangeException), "customerIndexes", "customerIndexes[1]", () => new CohortAccumulator(GuardYear, PeriodUnit.Month).Add(new TransactionColumns([0, 2], [G(1, 5), G(2, 5)], [1.0, 1.0], 2))),
        ["accumulator non-ISO date"] = (typeof(ArgumentException), "dates", "ISO", () => new CohortAccumulator(GuardYear, PeriodUnit.Month).Add(new TransactionColumns([0, 0], [G(1, 5), GJulian(2, 5)], [1.0, 1.0], 1))),
        ["accumulator merge of another unit"] = (typeof(ArgumentException), "other", "differ from this one's", () => new CohortAccumulator(GuardYear, PeriodUnit.Month).Merge(new CohortAccumulator(GuardYear, PeriodUnit.Quarter))),

        // CohortTable
        ["table from counts range null"] = (typeof(ArgumentNullException), "range", null, () => CohortTable.FromCounts(PeriodUnit.Month, null!, new long[1, 1])),
        ["table from counts non-ISO range named before an undefined unit"] = (typeof(ArgumentException), "range", "ISO", () => CohortTable.FromCounts((PeriodUnit)9, JulianJan, new long[1, 1])),
        ["table from counts 3 x 2"] = (typeof(ArgumentException), "activeCounts", "The counts are 3 x 2", () => CohortTable.FromCounts(PeriodUnit.Month, new DateInterval(G(1, 1), G(3, 31)), new long[3, 2])),
        ["table from counts 2 x 3"] = (typeof(ArgumentException), "activeCounts", "The counts are 2 x 3", () => CohortTable.FromCounts(PeriodUnit.Month, new DateInterval(G(1, 1), G(3, 31)), new long[2, 3])),
        ["table period one past the last cohort"] = (typeof(ArgumentOutOfRangeException), "cohort", "must be in the range [0, 2]", () => QuarterTable().Period(3)),
        ["table period negative"] = (typeof(ArgumentOutOfRangeException), "cohort", "must be in the range [0, 2]", () => QuarterTable().Period(-1)),
        ["table size one past the last cohort"] = (typeof(ArgumentOutOfRangeException), "cohort", "must be in the range [0, 2]", () => QuarterTable().Size(3)),
        ["table observed one past the last cohort"] = (typeof(ArgumentOutOfRangeException), "cohort", "must be in the range [0, 2]", () => QuarterTable().IsObserved(3, 0)),
        ["table observed one past the last column"] = (typeof(ArgumentOutOfRangeException), "periodsAfter", "must be in the range [0, 2]", () => QuarterTable().IsObserved(0, 3)),
        ["table active one past the last cohort"] = (typeof(ArgumentOutOfRangeException), "cohort", "must be in the range [0, 2]", () => QuarterTable().Active(3, 0)),
        ["table share negative cohort"] = (typeof(ArgumentOutOfRangeException), "cohort", "must be in the range [0, 2]", () => QuarterTable().Share(-1, 0)),

        // Cohorts
        ["cohorts with a workspace range null"] = (typeof(ArgumentNullException), "range", null, () => Retention.Cohorts(SmallLog.Columns, null!, PeriodUnit.Month, new RetentionWorkspace())),
        ["cohorts internal workspace null"] = (typeof(ArgumentNullException), "workspace", null, () => Retention.Cohorts(SmallLog.Columns, GuardYear, PeriodUnit.Month, null!, -1)),
        ["cohorts non-ISO range named before an undefined unit"] = (typeof(ArgumentException), "range", "ISO", () => Retention.Cohorts(SmallLog.Columns, JulianJan, (PeriodUnit)9)),
        ["cohorts 4097 weeks"] = (typeof(ArgumentOutOfRangeException), "range", "splits into 4097 periods of IsoWeek; a cohort table holds at most 4096", () => Retention.Cohorts(SmallLog.Columns, Weeks(4097), PeriodUnit.IsoWeek)),
        ["cohorts index equal to the count"] = (typeof(ArgumentOutOfRangeException), "customerIndexes", "customerIndexes[1]", () => Retention.Cohorts(new TransactionColumns([0, 2], [G(1, 5), G(2, 5)], [1.0, 1.0], 2), GuardYear, PeriodUnit.Month)),
        ["cohorts two non-ISO dates"] = (typeof(ArgumentException), "dates", "dates[1]", () => Retention.Cohorts(new TransactionColumns([0, 1, 1], [G(1, 5), GJulian(2, 5), GJulian(3, 5)], [1.0, 1.0, 1.0], 2), GuardYear, PeriodUnit.Month)),
        ["cohorts partitioned two non-ISO dates"] = (typeof(ArgumentException), "dates", "dates[1]", () => Retention.Cohorts(new TransactionColumns([0, 1, 1], [G(1, 5), GJulian(2, 5), GJulian(3, 5)], [1.0, 1.0, 1.0], 2), GuardYear, PeriodUnit.Month, new RetentionWorkspace(), 1)),

        // Classify
        ["classify window null"] = (typeof(ArgumentNullException), "window", null, () => Retention.Classify(SmallLog.Columns, null!)),
        ["classify base: window null"] = (typeof(ArgumentNullException), "window", null, () => Retention.Classify(SmallLog.Columns, null!, GuardJan)),
        ["classify base: base window null"] = (typeof(ArgumentNullException), "baseWindow", null, () => Retention.Classify(SmallLog.Columns, SmallLog.February, (DateInterval)null!)),
        ["classify workspace: window null"] = (typeof(ArgumentNullException), "window", null, () => Retention.Classify(SmallLog.Columns, null!, new RetentionWorkspace())),
        ["classify base and workspace: window null"] = (typeof(ArgumentNullException), "window", null, () => Retention.Classify(SmallLog.Columns, null!, GuardJan, new RetentionWorkspace())),
        ["classify base and workspace: base window null"] = (typeof(ArgumentNullException), "baseWindow", null, () => Retention.Classify(SmallLog.Columns, SmallLog.February, null!, new RetentionWorkspace())),
        ["classify non-ISO base window"] = (typeof(ArgumentException), "baseWindow", "ISO", () => Retention.Classify(SmallLog.Columns, SmallLog.February, JulianJan)),
        ["classify one non-ISO date"] = (typeof(ArgumentException), "dates", "dates[1]", () => Retention.Classify(new TransactionColumns([0, 1], [G(2, 1), GJulian(2, 5)], [1.0, 1.0], 2), SmallLog.February)),
        ["classify two non-ISO dates"] = (typeof(ArgumentException), "dates", "dates[0]", () => Retention.Classify(new TransactionColumns([0, 1], [GJulian(2, 1), GJulian(2, 5)], [1.0, 1.0], 2), SmallLog.February)),

        // ChurnRate
        ["churn at start negative"] = (typeof(ArgumentOutOfRangeException), "customersAtStart", "must not be negative", () => Retention.ChurnRate(0, -1)),
        ["churn window null named before an undefined denominator"] = (typeof(ArgumentNullException), "window", null, () => Retention.ChurnRate(SmallLog.Columns, null!, (ChurnDenominator)7, CustomersAtStartBasis.PreviousWindow)),
        ["churn undefined denominator named before a non-ISO window"] = (typeof(ArgumentOutOfRangeException), "denominator", "must be a defined ChurnDenominator", () => Retention.ChurnRate(SmallLog.Columns, JulianFeb, (ChurnDenominator)7, CustomersAtStartBasis.PreviousWindow)),
        ["churn look-back: window null named before an undefined denominator"] = (typeof(ArgumentNullException), "window", null, () => Retention.ChurnRate(SmallLog.Columns, null!, (ChurnDenominator)7, CustomersAtStartBasis.LookBack, Period.FromDays(30))),
        ["churn look-back: length null named before an undefined denominator"] = (typeof(ArgumentNullException), "lookBack", null, () => Retention.ChurnRate(SmallLog.Columns, SmallLog.February, (ChurnDenominator)7, CustomersAtStartBasis.LookBack, null!)),
        ["churn look-back: undefined denominator named before a non-ISO window"] = (typeof(ArgumentOutOfRangeException), "denominator", "must be a defined ChurnDenominator", () => Retention.ChurnRate(SmallLog.Columns, JulianFeb, (ChurnDenominator)7, CustomersAtStartBasis.LookBack, Period.FromDays(30))),

        // Customers at start
        ["classify basis: window null"] = (typeof(ArgumentNullException), "window", null, () => Retention.Classify(SmallLog.Columns, null!, CustomersAtStartBasis.PreviousWindow)),
        ["classify look-back: window null"] = (typeof(ArgumentNullException), "window", null, () => Retention.Classify(SmallLog.Columns, null!, CustomersAtStartBasis.LookBack, Period.FromDays(30))),
        ["classify look-back: length null"] = (typeof(ArgumentNullException), "lookBack", null, () => Retention.Classify(SmallLog.Columns, SmallLog.February, CustomersAtStartBasis.LookBack, null!)),
        ["classify previous window of the calendar's first month"] = (typeof(ArgumentOutOfRangeException), "window", "gives a date outside the ISO calendar's range", () => Retention.Classify(SmallLog.Columns, FirstIsoMonth, CustomersAtStartBasis.PreviousWindow)),
        ["classify look-back of the calendar's first month"] = (typeof(ArgumentOutOfRangeException), "window", "gives a date outside the ISO calendar's range", () => Retention.Classify(SmallLog.Columns, FirstIsoMonth, CustomersAtStartBasis.LookBack, Period.FromDays(1))),
        ["classify a length with another basis"] = (typeof(ArgumentOutOfRangeException), "basis", "must be LookBack when a look-back length is given", () => Retention.Classify(SmallLog.Columns, SmallLog.February, CustomersAtStartBasis.PreviousWindow, Period.FromDays(30))),
        ["classify LookBack without a length"] = (typeof(ArgumentOutOfRangeException), "basis", "needs a look-back length: call the overload that takes lookBack", () => Retention.Classify(SmallLog.Columns, SmallLog.February, CustomersAtStartBasis.LookBack)),
        ["classify look-back non-ISO window"] = (typeof(ArgumentException), "window", "ISO", () => Retention.Classify(SmallLog.Columns, JulianFeb, CustomersAtStartBasis.LookBack, Period.FromDays(30))),
        ["classify previous window non-ISO window"] = (typeof(ArgumentException), "window", "ISO", () => Retention.Classify(SmallLog.Columns, JulianFeb, CustomersAtStartBasis.PreviousWindow)),

        // Crr
        ["crr at end negative"] = (typeof(ArgumentOutOfRangeException), "customersAtEnd", "must not be negative", () => Retention.Crr(-1, 0, 0)),
        ["crr new negative"] = (typeof(ArgumentOutOfRangeException), "newCustomers", "must not be negative", () => Retention.Crr(5, -1, 10)),
        ["crr at start negative"] = (typeof(ArgumentOutOfRangeException), "customersAtStart", "must not be negative", () => Retention.Crr(5, 0, -1)),
        ["crr kept above at start"] = (typeof(ArgumentOutOfRangeException), "customersAtEnd", "minus newCustomers (100) must not exceed customersAtStart (1000)", () => Retention.Crr(1_200, 100, 1_000)),

        // CustomerGrowthRate
        ["growth of active customers window null"] = (typeof(ArgumentNullException), "window", null, () => Retention.CustomerGrowthRate(SmallLog.Columns, null!, CustomerGrowthBase.ActiveCustomers)),
        ["growth of active customers non-ISO window"] = (typeof(ArgumentException), "window", "ISO", () => Retention.CustomerGrowthRate(SmallLog.Columns, JulianFeb, CustomerGrowthBase.ActiveCustomers)),

        // LoyaltyIndex
        ["loyalty repurchase above 1"] = (typeof(ArgumentOutOfRangeException), "repurchaseRate", "must be in the range [0, 1]", () => Retention.LoyaltyIndex(0.5, 1.5, 0.5, LoyaltyWeights.Equal)),
        ["loyalty referral above 1"] = (typeof(ArgumentOutOfRangeException), "referralRate", "must be in the range [0, 1]", () => Retention.LoyaltyIndex(0.5, 0.5, 1.5, LoyaltyWeights.Equal)),
        ["loyalty of a log without buyers, satisfaction above 1"] = (typeof(ArgumentOutOfRangeException), "satisfaction", "must be in the range [0, 1]", () => Retention.LoyaltyIndex(new TransactionColumns([], [], [], 0), SmallLog.February, 1.5, 0.5, LoyaltyWeights.Equal)),
        ["loyalty of a log without buyers, referral above 1"] = (typeof(ArgumentOutOfRangeException), "referralRate", "must be in the range [0, 1]", () => Retention.LoyaltyIndex(new TransactionColumns([], [], [], 0), SmallLog.February, 0.5, 1.5, LoyaltyWeights.Equal)),
        ["loyalty weight of satisfaction negative"] = (typeof(ArgumentOutOfRangeException), "satisfaction", "must be finite and not negative", () => _ = new LoyaltyWeights(-1, 1, 1)),
        ["loyalty weight of repurchase negative"] = (typeof(ArgumentOutOfRangeException), "repurchase", "must be finite and not negative", () => _ = new LoyaltyWeights(1, -1, 1)),

        // RenewalRate
        ["renewal renewed negative"] = (typeof(ArgumentOutOfRangeException), "renewed", "must not be negative", () => Retention.RenewalRate(-1, 5)),
        ["renewal due negative"] = (typeof(ArgumentOutOfRangeException), "upForRenewal", "must not be negative", () => Retention.RenewalRate(0, -1)),
        ["renewal denominator undefined"] = (typeof(ArgumentOutOfRangeException), "denominator", "must be a defined RenewalDenominator", () => Retention.RenewalRate(1, 2, 3, (RenewalDenominator)7)),
        ["renewal window null"] = (typeof(ArgumentNullException), "window", null, () => Retention.RenewalRate([G(2, 1)], [true], null!)),
        ["renewal non-ISO window"] = (typeof(ArgumentException), "window", "ISO", () => Retention.RenewalRate([G(2, 1)], [true], JulianFeb)),
        ["renewal one non-ISO due date"] = (typeof(ArgumentException), "renewalDueDates", "renewalDueDates[1]", () => Retention.RenewalRate([G(2, 1), GJulian(2, 5)], [true, true], SmallLog.February)),
        ["renewal two non-ISO due dates"] = (typeof(ArgumentException), "renewalDueDates", "renewalDueDates[0]", () => Retention.RenewalRate([GJulian(2, 1), GJulian(2, 5)], [true, true], SmallLog.February)),

        // RepurchaseRate, RetentionCost
        ["repurchase active negative"] = (typeof(ArgumentOutOfRangeException), "activeCustomers", "must not be negative", () => Retention.RepurchaseRate(0, -1)),
        ["cost retained negative"] = (typeof(ArgumentOutOfRangeException), "retainedCustomers", "must not be negative", () => Retention.RetentionCost(10, -1)),
        ["cost of a log: NaN spend named before a non-ISO window"] = (typeof(ArgumentOutOfRangeException), "retentionSpend", "must be finite and not negative", () => Retention.RetentionCost(SmallLog.Columns, JulianFeb, double.NaN)),

        // Revenue retention
        ["grr start negative"] = (typeof(ArgumentOutOfRangeException), "startRevenue", "must be finite and not negative", () => Retention.GrossRevenueRetention(-1, 0, 0)),
        ["grr contraction negative"] = (typeof(ArgumentOutOfRangeException), "contraction", "must be finite and not negative", () => Retention.GrossRevenueRetention(100, -1, 0)),
        ["grr churned negative"] = (typeof(ArgumentOutOfRangeException), "churned", "must be finite and not negative", () => Retention.GrossRevenueRetention(100, 0, -1)),
        ["grr losses above start"] = (typeof(ArgumentOutOfRangeException), "churned", "plus contraction (50) must not exceed startRevenue (100)", () => Retention.GrossRevenueRetention(100, 50, 60)),
        ["nrr start negative"] = (typeof(ArgumentOutOfRangeException), "startRevenue", "must be finite and not negative", () => Retention.NetRevenueRetention(-1, 0, 0, 0)),
        ["nrr losses above start"] = (typeof(ArgumentOutOfRangeException), "churned", "plus contraction (50) must not exceed startRevenue (100)", () => Retention.NetRevenueRetention(100, 0, 50, 60)),
        ["decompose spans of different lengths"] = (typeof(ArgumentException), "endRevenue", null, () => Retention.DecomposeRevenue(new double[] { 1, 2 }, new double[] { 1 })),
        ["decompose NaN start"] = (typeof(ArgumentOutOfRangeException), "startRevenue", "startRevenue[0]", () => Retention.DecomposeRevenue(new[] { double.NaN, 1 }, new double[] { 1, 1 })),
        ["decompose NaN end after two finite pairs"] = (typeof(ArgumentOutOfRangeException), "endRevenue", "endRevenue[2]", () => Retention.DecomposeRevenue(new double[] { 1, 1, 1 }, new[] { 1, 1, double.NaN })),
        ["decompose log: start window null"] = (typeof(ArgumentNullException), "startWindow", null, () => Retention.DecomposeRevenue(SmallLog.Columns, null!, SmallLog.February)),
        ["decompose log: end window null"] = (typeof(ArgumentNullException), "endWindow", null, () => Retention.DecomposeRevenue(SmallLog.Columns, GuardJan, null!)),
        ["decompose workspace: start window null"] = (typeof(ArgumentNullException), "startWindow", null, () => Retention.DecomposeRevenue(SmallLog.Columns, null!, SmallLog.February, new RetentionWorkspace())),
        ["decompose workspace: end window null"] = (typeof(ArgumentNullException), "endWindow", null, () => Retention.DecomposeRevenue(SmallLog.Columns, GuardJan, null!, new RetentionWorkspace())),
        ["decompose workspace: non-ISO start window"] = (typeof(ArgumentException), "startWindow", "ISO", () => Retention.DecomposeRevenue(SmallLog.Columns, JulianJan, SmallLog.February, new RetentionWorkspace())),
        ["decompose workspace: non-ISO end window"] = (typeof(ArgumentException), "endWindow", "ISO", () => Retention.DecomposeRevenue(SmallLog.Columns, GuardJan, JulianFeb, new RetentionWorkspace())),
        ["decompose workspace: windows overlap"] = (typeof(ArgumentOutOfRangeException), "startWindow", "must end before", () => Retention.DecomposeRevenue(SmallLog.Columns, SmallLog.February, SmallLog.February, new RetentionWorkspace())),
        ["decompose index equal to the count"] = (typeof(ArgumentOutOfRangeException), "customerIndexes", "customerIndexes[1]", () => Retention.DecomposeRevenue(new TransactionColumns([0, 2], [G(1, 5), G(2, 5)], [1.0, 1.0], 2), GuardJan, SmallLog.February)),
        ["decompose one non-ISO date"] = (typeof(ArgumentException), "dates", "dates[1]", () => Retention.DecomposeRevenue(new TransactionColumns([0, 1], [G(1, 5), GJulian(2, 5)], [1.0, 1.0], 2), GuardJan, SmallLog.February)),
        ["decompose two non-ISO dates"] = (typeof(ArgumentException), "dates", "dates[0]", () => Retention.DecomposeRevenue(new TransactionColumns([0, 1], [GJulian(1, 5), GJulian(2, 5)], [1.0, 1.0], 2), GuardJan, SmallLog.February)),
        ["decompose NaN amount after two finite rows"] = (typeof(ArgumentOutOfRangeException), "amounts", "amounts[2]", () => Retention.DecomposeRevenue(new TransactionColumns([0, 1, 1], [G(1, 5), G(2, 5), G(2, 6)], [1.0, 1.0, double.NaN], 2), GuardJan, SmallLog.February)),

        // YearOverYearRetention
        ["yoy both negative"] = (typeof(ArgumentOutOfRangeException), "boughtInBoth", "must not be negative", () => Retention.YearOverYearRetention(-1, 5)),
        ["yoy previous negative"] = (typeof(ArgumentOutOfRangeException), "boughtInPrevious", "must not be negative", () => Retention.YearOverYearRetention(0, -1)),
        ["yoy current null"] = (typeof(ArgumentNullException), "current", null, () => Retention.YearOverYearRetention(SmallLog.Columns, null!, GuardJan)),
        ["yoy previous null"] = (typeof(ArgumentNullException), "previous", null, () => Retention.YearOverYearRetention(SmallLog.Columns, SmallLog.February, null!)),
        ["yoy non-ISO current"] = (typeof(ArgumentException), "current", "ISO", () => Retention.YearOverYearRetention(SmallLog.Columns, JulianFeb, GuardJan)),
        ["yoy non-ISO previous"] = (typeof(ArgumentException), "previous", "ISO", () => Retention.YearOverYearRetention(SmallLog.Columns, SmallLog.February, JulianJan)),
        ["yoy year 1"] = (typeof(ArgumentOutOfRangeException), "year", "must be in the range [2, 9999]", () => Retention.YearOverYearRetention(SmallLog.Columns, 1)),

        // RetentionWorkspace
        ["workspace capacity negative"] = (typeof(ArgumentOutOfRangeException), "customerCapacity", "must be in the range [0, ", () => _ = new RetentionWorkspace(-1)),
        ["workspace capacity above half the array limit"] = (typeof(ArgumentOutOfRangeException), "customerCapacity", "must be in the range [0, ", () => _ = new RetentionWorkspace((Array.MaxLength / 2) + 1)),
    };

    public static TheoryData<string> BadRetentionCases() => [.. BadRetention.Keys];

    [Theory]
    [MemberData(nameof(BadRetentionCases))]
    public void BadInput_ThrowsTheDocumentedExceptionNamingItsParameter(string name)
    {
        (Type exception, string parameter, string? message, Action call) = BadRetention[name];
        ArgumentException e = Assert.IsAssignableFrom<ArgumentException>(Record.Exception(call));
        Assert.Equal(exception, e.GetType());
        Assert.Equal(parameter, e.ParamName);
        if (message is not null)
        {
            Assert.Contains(message, e.Message, StringComparison.Ordinal);
        }
    }
}
