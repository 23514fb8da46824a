using System;
using System.Globalization;
using CrmKpi.Cli.Output;
using NodaTime;

namespace CrmKpi.Cli.Compute;

/// <summary>The calendar period <c>compute transactions</c> reports on when no dates are given (<c>--period</c>).</summary>
internal enum ReportPeriod
{
    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar quarter.</summary>
    Quarter,

    /// <summary>A calendar year.</summary>
    Year,
}

/// <summary>The default window of <c>compute transactions</c>: the last complete calendar period of the data.</summary>
internal static class ReportPeriods
{
    /// <summary>
    /// The last calendar period of the unit that the data covers to its end: the period containing the last
    /// date when that date is the period's last day, else the period before it. A file whose dates end on
    /// 2024-03-01 reports February 2024 (March has only begun); one ending on 2024-03-31 reports March.
    /// </summary>
    /// <param name="first">The first date in the file.</param>
    /// <param name="last">The last date in the file.</param>
    /// <param name="period">Month, quarter or year.</param>
    /// <exception cref="CliException">The data has no complete period (it lies within one period that has not ended).</exception>
    public static DateInterval LastComplete(LocalDate first, LocalDate last, ReportPeriod period)
    {
        PeriodUnit unit = Unit(period);
        DateInterval containing = Periods.Containing(last, unit);
        DateInterval window = containing.End == last ? containing : Periods.Containing(containing.Start.PlusDays(-1), unit);
        if (window.End < first)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture,
                $"the dates run from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}: no complete calendar {Name(period)} to report; give --from and --to, or a shorter --period."));
        }

        return window;
    }

    /// <summary>The period's name in messages: month, quarter, year.</summary>
    public static string Name(ReportPeriod period) => period switch
    {
        ReportPeriod.Quarter => "quarter",
        ReportPeriod.Year => "year",
        _ => "month",
    };

    private static PeriodUnit Unit(ReportPeriod period) => period switch
    {
        ReportPeriod.Month => PeriodUnit.Month,
        ReportPeriod.Quarter => PeriodUnit.Quarter,
        ReportPeriod.Year => PeriodUnit.Year,
        _ => throw new CliException($"--period {MessageText.Value(period.ToString())}: use month, quarter or year."),
    };
}
