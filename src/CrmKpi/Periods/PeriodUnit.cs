namespace CrmKpi;

/// <summary>The calendar unit a range is split into (see <see cref="Periods.Split(NodaTime.DateInterval, PeriodUnit)"/>).</summary>
public enum PeriodUnit
{
    /// <summary>ISO weeks: Monday to Sunday (ISO 8601), so a week may straddle a month or year boundary.</summary>
    IsoWeek,

    /// <summary>Calendar months: the 1st to the last day of the month (28 to 31 days).</summary>
    Month,

    /// <summary>Calendar quarters: January-March, April-June, July-September, October-December.</summary>
    Quarter,

    /// <summary>Calendar years: 1 January to 31 December.</summary>
    Year,
}
