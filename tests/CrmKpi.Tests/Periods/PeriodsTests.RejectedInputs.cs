using System;
using System.Collections.Generic;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): every input check of <see cref="Periods"/> that no test of the family reached, one case
/// per check. Each case breaks exactly one rule with every other argument valid; the test asserts the exact exception
/// type, the parameter it names and the rule its message states (the documented rules, written out by hand). Without
/// its check a null argument fails with a NullReferenceException, a Julian date gives a Julian answer, a month of 0 or
/// 13 fails inside NodaTime naming its own parameter, and a length with hours fails later with another rule.
/// </summary>
public partial class PeriodsTests
{
    private static readonly LocalDate Julian = new(2024, 3, 1, CalendarSystem.Julian);

    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's per-test coverage.
    // A null argument's message is the runtime's own text: only its type and parameter are asserted (Rule is empty).
    private static readonly Dictionary<string, (Type Exception, string Parameter, string Rule, Action Call)> RejectedInputCases = new()
    {
        ["00 Split: a null range"] = (typeof(ArgumentNullException), "range", "", () => Periods.Split(null!, PeriodUnit.Month)),
        ["01 FiscalYears: a null range"] = (typeof(ArgumentNullException), "range", "", () => Periods.FiscalYears(null!, 4)),
        ["02 Trailing: a null length"] = (typeof(ArgumentNullException), "length", "", () => Periods.Trailing(new LocalDate(2024, 6, 30), null!)),
        ["03 IsWholeMonths: a null window"] = (typeof(ArgumentNullException), "window", "", () => Periods.IsWholeMonths(null!)),
        ["04 Previous: a null window"] = (typeof(ArgumentNullException), "window", "", () => Periods.Previous(null!)),
        ["05 SameLastYear: a null window"] = (typeof(ArgumentNullException), "window", "", () => Periods.SameLastYear(null!)),

        ["06 FiscalYearContaining: a Julian date"] = (typeof(ArgumentException), "date",
            "date must be in the ISO calendar; was ",
            () => Periods.FiscalYearContaining(Julian, 4)),
        ["07 FiscalYears: a Julian range"] = (typeof(ArgumentException), "range",
            "range must be in the ISO calendar; was ",
            () => Periods.FiscalYears(new DateInterval(Julian, Julian.PlusDays(400)), 4)),
        ["08 SameLastYear: a Julian window"] = (typeof(ArgumentException), "window",
            "window must be in the ISO calendar; was ",
            () => Periods.SameLastYear(new DateInterval(Julian, Julian.PlusDays(6)))),

        ["09 FiscalYearContaining: start month 13"] = (typeof(ArgumentOutOfRangeException), "startMonth",
            "startMonth must be in the range [1, 12]; was 13.",
            () => Periods.FiscalYearContaining(new LocalDate(2024, 2, 29), 13)),
        ["10 FiscalYearContaining: start month 0"] = (typeof(ArgumentOutOfRangeException), "startMonth",
            "startMonth must be in the range [1, 12]; was 0.",
            () => Periods.FiscalYearContaining(new LocalDate(2024, 2, 29), 0)),

        ["11 Trailing: a length of 48 hours"] = (typeof(ArgumentOutOfRangeException), "length",
            "length must have date units only (years, months, weeks, days); was ",
            () => Periods.Trailing(new LocalDate(2024, 6, 30), Period.FromHours(48))),
        ["12 Trailing: a length of 3 days and 1 hour"] = (typeof(ArgumentOutOfRangeException), "length",
            "length must have date units only (years, months, weeks, days); was ",
            () => Periods.Trailing(new LocalDate(2024, 6, 30), Period.FromDays(3) + Period.FromHours(1))),
        ["13 Trailing: a zero length"] = (typeof(ArgumentOutOfRangeException), "length",
            "length must be a positive period of at least one day; was ",
            () => Periods.Trailing(new LocalDate(2024, 6, 30), Period.Zero)),
        ["14 Trailing: a negative length"] = (typeof(ArgumentOutOfRangeException), "length",
            "length must be a positive period of at least one day; was ",
            () => Periods.Trailing(new LocalDate(2024, 6, 30), Period.FromDays(-5))),
    };

    public static TheoryData<string> RejectedInputs() => [.. RejectedInputCases.Keys];

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void RejectedInput_ThrowsNamingTheParameterAndTheRule(string name)
    {
        (Type exception, string parameter, string rule, Action call) = RejectedInputCases[name];
        Support.RejectedInput.Throws(exception, parameter, rule, call);
    }
}
