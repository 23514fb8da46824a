using System;
using System.Collections.Generic;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// Each input check of the sales family on its own (every other argument valid): the bad value throws the documented
// exception naming its parameter, and where the rule's text matters, saying it. Boundaries by hand: a value exactly at
// a window's end or at a probability's limits. Cases are named (serializable theory data), so each is its own test for
// the runner and for Stryker's per-test coverage.
public partial class SalesTests
{
    private static readonly DateInterval Jan = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
    private static readonly DateInterval Feb = new(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29));
    private static readonly DateInterval Mar = new(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31));
    private static readonly LocalDate Julian = new(2024, 1, 10, CalendarSystem.Julian);
    private static readonly DateInterval JulianWindow = new(Julian, Julian.PlusDays(30));

    private static LocalDate D(int m, int d) => new(2024, m, d);

    private static TransactionColumns Log(double[] amounts, LocalDate[] dates) => new(new int[amounts.Length], dates, amounts, 1);

    private static readonly Dictionary<string, (Type Exception, string Parameter, string? Message, Action Call)> BadSales = new()
    {
        ["quota destination short"] = (typeof(ArgumentException), "destination", null, () => Sales.QuotaAttainment([0], [1.0], [10.0, 10.0], new double[1])),
        ["quota amounts overlap destination"] = (typeof(ArgumentException), "destination", null, () => { double[] shared = [5, 5]; Sales.QuotaAttainment([0, 1], shared, [10.0, 10.0], shared); }),
        ["quota quotas overlap destination"] = (typeof(ArgumentException), "destination", null, () => { double[] shared = [5, 5]; Sales.QuotaAttainment([0, 1], [1.0, 1.0], shared, shared); }),
        ["quota negative"] = (typeof(ArgumentOutOfRangeException), "quotas", "must be finite and not negative", () => Sales.QuotaAttainment([0], [1.0], [-1.0], new double[1])),
        ["cycle closed length"] = (typeof(ArgumentException), "closed", null, () => Sales.SalesCycleDays([D(1, 1)], [], new int[1])),
        ["cycle destination short"] = (typeof(ArgumentException), "destination", null, () => Sales.SalesCycleDays([D(1, 1), D(1, 2)], [D(1, 3), D(1, 4)], new int[1])),
        ["cycle closed before contact"] = (typeof(ArgumentOutOfRangeException), "closed", "must not be before the deal's first contact", () => Sales.SalesCycleDays([D(1, 5)], [D(1, 4)], new int[1])),
        ["percentile closed length"] = (typeof(ArgumentException), "closed", null, () => Sales.SalesCyclePercentile([D(1, 1)], [], 0.5)),
        ["expenses window null"] = (typeof(ArgumentNullException), "window", null, () => Sales.SalesExpenses([D(1, 1)], [SalesExpenseCategory.Travel], [1.0], null!)),
        ["expenses amounts length"] = (typeof(ArgumentException), "amounts", null, () => Sales.SalesExpenses([D(1, 1)], [SalesExpenseCategory.Travel], [], Jan)),
        ["expenses category undefined"] = (typeof(ArgumentOutOfRangeException), "categories", "must be a defined SalesExpenseCategory", () => Sales.SalesExpenses([D(1, 1)], [(SalesExpenseCategory)9], [1.0], Jan)),
        ["expenses window non-ISO"] = (typeof(ArgumentException), "window", "ISO", () => Sales.SalesExpenses([D(1, 1)], [SalesExpenseCategory.Travel], [1.0], JulianWindow)),
        ["expenses amount NaN"] = (typeof(ArgumentOutOfRangeException), "amounts", "must be finite", () => Sales.SalesExpenses([D(1, 1)], [SalesExpenseCategory.Travel], [double.NaN], Jan)),
        ["expenses two non-ISO dates"] = (typeof(ArgumentException), "dates", null, () => Sales.SalesExpenses([Julian, Julian.PlusDays(1)], [SalesExpenseCategory.Travel, SalesExpenseCategory.Travel], [1.0, 1.0], Jan)),
        ["ratio window null"] = (typeof(ArgumentNullException), "window", null, () => Sales.SalesExpenseRatio([D(1, 1)], [1.0], Log([10.0], [D(1, 2)]), null!)),
        ["ratio window non-ISO"] = (typeof(ArgumentException), "window", null, () => Sales.SalesExpenseRatio([D(1, 1)], [1.0], Log([10.0], [D(1, 2)]), JulianWindow)),
        ["ratio revenue negative"] = (typeof(ArgumentOutOfRangeException), "transactions", null, () => Sales.SalesExpenseRatio([D(1, 1)], [1.0], Log([-10.0], [D(1, 2)]), Jan)),
        ["growth previous negative"] = (typeof(ArgumentOutOfRangeException), "previousSales", null, () => Sales.SalesGrowthRate(100, -1)),
        ["growth current null"] = (typeof(ArgumentNullException), "current", null, () => Sales.SalesGrowthRate(Log([1.0], [D(1, 2)]), null!, Jan)),
        ["growth previous null"] = (typeof(ArgumentNullException), "previous", null, () => Sales.SalesGrowthRate(Log([1.0], [D(1, 2)]), Feb, null!)),
        ["growth current non-ISO"] = (typeof(ArgumentException), "current", null, () => Sales.SalesGrowthRate(Log([1.0], [D(1, 2)]), JulianWindow, Jan)),
        ["growth previous non-ISO"] = (typeof(ArgumentException), "previous", "ISO", () => Sales.SalesGrowthRate(Log([1.0], [D(1, 2)]), Mar, JulianWindow)),
        ["growth previous revenue negative"] = (typeof(ArgumentOutOfRangeException), "previous", null, () => Sales.SalesGrowthRate(Log([-5.0, 10.0], [D(1, 2), D(2, 2)]), Feb, Jan)),
        ["growth current revenue negative"] = (typeof(ArgumentOutOfRangeException), "current", null, () => Sales.SalesGrowthRate(Log([5.0, -10.0], [D(1, 2), D(2, 2)]), Feb, Jan)),
        ["totals flags length"] = (typeof(ArgumentException), "isNewCustomer", null, () => Sales.Totals([1.0, 2.0], [true])),
        ["totals amount NaN"] = (typeof(ArgumentOutOfRangeException), "amounts", null, () => Sales.Totals([1.0, double.NaN], [true, false])),
        ["training after null"] = (typeof(ArgumentNullException), "after", null, () => Sales.TrainingEffectiveness([D(1, 2)], [1.0], null!, Jan)),
        ["training before null"] = (typeof(ArgumentNullException), "before", null, () => Sales.TrainingEffectiveness([D(1, 2)], [1.0], Mar, null!)),
        ["training amounts length"] = (typeof(ArgumentException), "amounts", null, () => Sales.TrainingEffectiveness([D(1, 2)], [], Mar, Jan)),
        ["training windows unequal"] = (typeof(ArgumentException), "after", "has 29 days; the windows must be equally long (31 days)", () => Sales.TrainingEffectiveness([D(1, 2)], [1.0], Feb, Jan)),
        ["training before non-ISO"] = (typeof(ArgumentException), "before", null, () => Sales.TrainingEffectiveness([D(1, 2)], [1.0], Mar, JulianWindow)),
        ["training after non-ISO"] = (typeof(ArgumentException), "after", null, () => Sales.TrainingEffectiveness([D(1, 2)], [1.0], new DateInterval(Julian.PlusDays(60), Julian.PlusDays(90)), Jan)),
        ["training amount NaN"] = (typeof(ArgumentOutOfRangeException), "amounts", null, () => Sales.TrainingEffectiveness([D(1, 2), D(3, 2)], [1.0, double.NaN], Mar, Jan)),
        ["training two non-ISO dates"] = (typeof(ArgumentException), "dates", null, () => Sales.TrainingEffectiveness([Julian, Julian.PlusDays(1)], [1.0, 1.0], Mar, Jan)),
        ["training before sum negative"] = (typeof(ArgumentOutOfRangeException), "before", null, () => Sales.TrainingEffectiveness([D(1, 2), D(3, 2)], [-1.0, 5.0], Mar, Jan)),
        ["training after sum negative"] = (typeof(ArgumentOutOfRangeException), "after", null, () => Sales.TrainingEffectiveness([D(1, 2), D(3, 2)], [1.0, -5.0], Mar, Jan)),
        ["pipeline amounts length"] = (typeof(ArgumentException), "amounts", null, () => Sales.WeightedPipeline([0.5], [])),
        ["pipeline amount negative"] = (typeof(ArgumentOutOfRangeException), "amounts", null, () => Sales.WeightedPipeline([0.5, 0.5], [10.0, -1.0])),
        ["pipeline amount infinite"] = (typeof(ArgumentOutOfRangeException), "amounts", null, () => Sales.WeightedPipeline([0.5, 0.5], [double.PositiveInfinity, 1.0])),
        ["pipeline amount NaN"] = (typeof(ArgumentOutOfRangeException), "amounts", null, () => Sales.WeightedPipeline([0.5], [double.NaN])),
        ["pipeline probability above 1"] = (typeof(ArgumentOutOfRangeException), "probabilities", "must be a probability in [0, 1]", () => Sales.WeightedPipeline([1.5], [10.0])),
        ["pipeline probability below 0"] = (typeof(ArgumentOutOfRangeException), "probabilities", "must be a probability in [0, 1]", () => Sales.WeightedPipeline([-0.1], [10.0])),
        ["expected wins probability above 1"] = (typeof(ArgumentOutOfRangeException), "probabilities", null, () => Sales.ExpectedWins([0.5, 1.0000001])),
        ["win rate won negative"] = (typeof(ArgumentOutOfRangeException), "won", null, () => Sales.WinRate(-1, 1, 1, OpportunityDenominator.AllOpportunities)),
        ["win rate lost negative"] = (typeof(ArgumentOutOfRangeException), "lost", "must not be negative", () => Sales.WinRate(1, -1, 1, OpportunityDenominator.AllOpportunities)),
        ["win rate open negative"] = (typeof(ArgumentOutOfRangeException), "open", null, () => Sales.WinRate(1, 1, -1, OpportunityDenominator.ClosedOnly)),
        ["win rate outcome undefined"] = (typeof(ArgumentOutOfRangeException), "outcomes", "must be a defined DealOutcome value", () => Sales.WinRate([DealOutcome.Won, (DealOutcome)7], OpportunityDenominator.AllOpportunities)),
    };

    public static TheoryData<string> BadSalesCases() => [.. BadSales.Keys];

    [Theory]
    [MemberData(nameof(BadSalesCases))]
    public void BadInput_ThrowsTheDocumentedExceptionNamingItsParameter(string name)
    {
        (Type exception, string parameter, string? message, Action call) = BadSales[name];
        ArgumentException e = Assert.IsAssignableFrom<ArgumentException>(Record.Exception(call));
        Assert.Equal(exception, e.GetType());
        Assert.Equal(parameter, e.ParamName);
        if (message is not null)
        {
            Assert.Contains(message, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Boundaries_ByHand()
    {
        // Probabilities 0 and 1 are probabilities: 0 x 100 + 1 x 50.
        Assert.Equal(50, Sales.WeightedPipeline([0.0, 1.0], [100.0, 50.0]));
        Assert.Equal(1, Sales.ExpectedWins([0.0, 1.0]));

        // Percentiles of the cycle days 10, 20, 30, 40 (linear between neighbours): median 25, maximum 40, none: NaN.
        LocalDate[] contact = [D(1, 1), D(1, 1), D(1, 1), D(1, 1)];
        LocalDate[] closed = [D(1, 11), D(1, 21), D(1, 31), D(2, 10)];
        Assert.Equal(25, Sales.SalesCyclePercentile(contact, closed, 0.5));
        Assert.Equal(40, Sales.SalesCyclePercentile(contact, closed, 1.0));
        Assert.Equal(10, Sales.SalesCyclePercentile(contact, closed, 0.0));
        Assert.True(double.IsNaN(Sales.SalesCyclePercentile([], [], 0.5)));

        // Training: a sale on the before window's last day counts before (10 -> 15: +50%), one a day later in neither.
        Assert.Equal(0.5, Sales.TrainingEffectiveness([D(1, 31), D(2, 1), D(3, 31)], [10.0, 99.0, 15.0], Mar, Jan), 12);

        // Totals: a customer whose first purchase is on the window's last day is new in it.
        var totals = Sales.Totals(new TransactionColumns([0, 1, 1], [D(1, 31), D(1, 5), D(12, 1).PlusYears(-1)], [7.0, 3.0, 1.0], 2), Jan);
        Assert.Equal((7.0, 1L, 3.0, 1L), (totals.NewCustomerAmount, totals.NewCustomerCount, totals.ExistingCustomerAmount, totals.ExistingCustomerCount));

        // Expense totals add every category: 1 + 2 + 4 + 8 + 16.
        Assert.Equal(31, new SalesExpenseTotals(1, 2, 4, 8, 16).Total);
    }
}
