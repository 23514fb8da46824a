using System;
using System.Collections.Generic;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

/// <summary>
/// Period windows on NodaTime: the calendar period that contains a date, a range split into ISO weeks,
/// months, quarters, years or fiscal years, period-to-date and trailing windows for an as-of date, and
/// the comparable windows a metric is compared with (the previous period, the same period last year).
/// </summary>
/// <remarks>
/// <para>
/// Every window is a <see cref="DateInterval"/>, inclusive at both ends. Splitting a range returns
/// consecutive windows aligned to the unit's calendar boundaries that exactly partition the range: the
/// first and last windows are clipped to the range, so a range that does not start and end on period
/// boundaries has partial first and last periods (see <see cref="Split(DateInterval, PeriodUnit)"/>).
/// </para>
/// <para>
/// Month ends and leap days: a window made of whole calendar months (it starts on a 1st and ends on the
/// last day of a month) is shifted by whole months, so the month before March 2024 is 1 to 29 February
/// 2024 and February 2025 one year back is 1 to 29 February 2024. Any other window is shifted by days
/// (<see cref="Previous(DateInterval)"/>) or by years with NodaTime's rule that 29 February becomes
/// 28 February (<see cref="SameLastYear(DateInterval)"/>).
/// </para>
/// <para>The dates must be in the ISO calendar, as in the transaction columns.</para>
/// </remarks>
public static class Periods
{
    /// <summary>The whole calendar period of the given unit that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any ISO date.</param>
    /// <param name="unit">The period unit.</param>
    /// <returns>The ISO week (Monday to Sunday), month, quarter or year containing the date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="PeriodUnit"/>, or the ISO week
    /// containing <paramref name="date"/> reaches past an end of the ISO calendar (-9998-01-01 to 9999-12-31).</exception>
    /// <example>2024-02-29 by <see cref="PeriodUnit.Quarter"/> is 2024-01-01 .. 2024-03-31; by <see cref="PeriodUnit.IsoWeek"/> it is 2024-02-26 .. 2024-03-03.</example>
    public static DateInterval Containing(LocalDate date, PeriodUnit unit)
    {
        DateKey.RequireIso(date, nameof(date));
        LocalDate start = PeriodStart(date, unit, nameof(date));
        return new DateInterval(start, PeriodEnd(start, unit, nameof(date), date));
    }

    /// <summary>The fiscal year that contains <paramref name="date"/>, for a fiscal year starting on the 1st of <paramref name="startMonth"/>.</summary>
    /// <param name="date">Any ISO date.</param>
    /// <param name="startMonth">The month the fiscal year starts in, 1 (January: the calendar year) to 12.</param>
    /// <returns>The twelve whole months from the 1st of <paramref name="startMonth"/> on or before the date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startMonth"/> is outside 1 to 12, or the fiscal year reaches past an end of the ISO calendar.</exception>
    /// <example>With <paramref name="startMonth"/> 4 (April), 2024-02-29 is in 2023-04-01 .. 2024-03-31.</example>
    public static DateInterval FiscalYearContaining(LocalDate date, int startMonth)
    {
        DateKey.RequireIso(date, nameof(date));
        Guard.InRange(startMonth, 1, 12);
        LocalDate start = FiscalYearStart(date, startMonth, nameof(date), date);
        return new DateInterval(start, CalendarBounds.EndOfMonth(CalendarBounds.PlusMonths(start, 11, nameof(date), date)));
    }

    /// <summary>Splits a range into consecutive calendar periods of the given unit, clipped to the range.</summary>
    /// <param name="range">The inclusive range to split.</param>
    /// <param name="unit">The period unit.</param>
    /// <returns>
    /// The periods in date order; together they cover every day of <paramref name="range"/> exactly once.
    /// The first starts on <c>range.Start</c> and the last ends on <c>range.End</c>, so they are partial
    /// periods when the range does not start or end on a boundary of the unit.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="PeriodUnit"/>.</exception>
    /// <example>2024-01-15 .. 2024-03-10 by month: 2024-01-15 .. 01-31, 2024-02-01 .. 02-29, 2024-03-01 .. 03-10.</example>
    public static DateInterval[] Split(DateInterval range, PeriodUnit unit)
    {
        ArgumentNullException.ThrowIfNull(range);
        DateKey.RequireIso(range.Start, nameof(range));
        LocalDate first = unit == PeriodUnit.IsoWeek && DateKey.DayNumber(range.Start) - ((int)range.Start.DayOfWeek - 1) < DateKey.DayNumber(LocalDate.MinIsoValue)
            ? range.Start   // the calendar's first week is cut at its first day
            : PeriodStart(range.Start, unit, nameof(range));
        return SplitAt(range, first, start => PeriodEndWithin(start, unit));
    }

    /// <summary>Splits a range into calendar months: <see cref="Split(DateInterval, PeriodUnit)"/> with <see cref="PeriodUnit.Month"/>.</summary>
    /// <param name="range">The inclusive range to split.</param>
    /// <returns>The months, the first and last clipped to the range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not in the ISO calendar.</exception>
    public static DateInterval[] Months(DateInterval range) => Split(range, PeriodUnit.Month);

    /// <summary>Splits a range into ISO weeks (Monday to Sunday): <see cref="Split(DateInterval, PeriodUnit)"/> with <see cref="PeriodUnit.IsoWeek"/>.</summary>
    /// <param name="range">The inclusive range to split.</param>
    /// <returns>The weeks, the first and last clipped to the range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not in the ISO calendar.</exception>
    public static DateInterval[] IsoWeeks(DateInterval range) => Split(range, PeriodUnit.IsoWeek);

    /// <summary>Splits a range into calendar quarters: <see cref="Split(DateInterval, PeriodUnit)"/> with <see cref="PeriodUnit.Quarter"/>.</summary>
    /// <param name="range">The inclusive range to split.</param>
    /// <returns>The quarters, the first and last clipped to the range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not in the ISO calendar.</exception>
    public static DateInterval[] Quarters(DateInterval range) => Split(range, PeriodUnit.Quarter);

    /// <summary>Splits a range into calendar years: <see cref="Split(DateInterval, PeriodUnit)"/> with <see cref="PeriodUnit.Year"/>.</summary>
    /// <param name="range">The inclusive range to split.</param>
    /// <returns>The years, the first and last clipped to the range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not in the ISO calendar.</exception>
    public static DateInterval[] Years(DateInterval range) => Split(range, PeriodUnit.Year);

    /// <summary>Splits a range into fiscal years starting on the 1st of <paramref name="startMonth"/>, clipped to the range.</summary>
    /// <param name="range">The inclusive range to split.</param>
    /// <param name="startMonth">The month the fiscal year starts in, 1 to 12 (1 gives calendar years).</param>
    /// <returns>The fiscal years in date order, the first and last clipped to the range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startMonth"/> is outside 1 to 12.</exception>
    /// <example>2023-01-01 .. 2024-12-31 with April: 2023-01-01 .. 03-31, 2023-04-01 .. 2024-03-31, 2024-04-01 .. 12-31.</example>
    public static DateInterval[] FiscalYears(DateInterval range, int startMonth)
    {
        ArgumentNullException.ThrowIfNull(range);
        DateKey.RequireIso(range.Start, nameof(range));
        Guard.InRange(startMonth, 1, 12);
        LocalDate first = range.Start.Year == LocalDate.MinIsoValue.Year && range.Start.Month < startMonth
            ? LocalDate.MinIsoValue   // the fiscal year before the calendar's first: cut at its first day
            : FiscalYearStart(range.Start, startMonth, nameof(range), range);
        return SplitAt(range, first, start => FiscalYearEndWithin(start, startMonth));
    }

    /// <summary>The period-to-date window: from the start of the period of <paramref name="unit"/> containing <paramref name="asOf"/> to <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date (included).</param>
    /// <param name="unit">The period unit: <see cref="PeriodUnit.Month"/> gives month-to-date, <see cref="PeriodUnit.Year"/> year-to-date.</param>
    /// <returns>The window from the period's first day to <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="PeriodUnit"/>, or the ISO week of
    /// <paramref name="asOf"/> starts before the ISO calendar does.</exception>
    /// <example>Year-to-date as of 2024-02-29: 2024-01-01 .. 2024-02-29.</example>
    public static DateInterval ToDate(LocalDate asOf, PeriodUnit unit)
    {
        DateKey.RequireIso(asOf, nameof(asOf));
        return new(PeriodStart(asOf, unit, nameof(asOf)), asOf);
    }

    /// <summary>The trailing window of the given length that ends on <paramref name="asOf"/>: <c>asOf - length + 1 day .. asOf</c>.</summary>
    /// <param name="asOf">The as-of date (included, the window's last day).</param>
    /// <param name="length">The window's length, a positive NodaTime period such as <c>Period.FromMonths(12)</c> or <c>Period.FromDays(90)</c>.</param>
    /// <returns>The window; month and year lengths follow NodaTime's arithmetic (a month back from 31 March is 29 or 28 February).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="length"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> has time units (hours and below), does not move the date back
    /// at least one day, or reaches back past the start of the ISO calendar (-9998-01-01).</exception>
    /// <example>Trailing 12 months as of 2024-06-30: 2023-07-01 .. 2024-06-30.</example>
    public static DateInterval Trailing(LocalDate asOf, Period length)
    {
        ArgumentNullException.ThrowIfNull(length);
        DateKey.RequireIso(asOf, nameof(asOf));
        return Trailing(asOf, length, nameof(length));
    }

    /// <summary>The trailing window, with errors about <paramref name="length"/> naming <paramref name="lengthName"/> (the caller's parameter).</summary>
    internal static DateInterval Trailing(LocalDate asOf, Period length, string lengthName)
    {
        if (length.HasTimeComponent)
        {
            Guard.ThrowOutOfRange(lengthName, length, "must have date units only (years, months, weeks, days)");
        }

        // NodaTime subtracts years, months, weeks, then days; each step is checked against the calendar's ends.
        LocalDate back = CalendarBounds.PlusYears(asOf, -(long)length.Years, lengthName, length);
        back = CalendarBounds.PlusMonths(back, -(long)length.Months, lengthName, length);
        back = CalendarBounds.PlusDays(back, (-7L * length.Weeks) - length.Days + 1, lengthName, length);
        LocalDate start = back;
        if (start > asOf)
        {
            Guard.ThrowOutOfRange(lengthName, length, "must be a positive period of at least one day");
        }

        return new DateInterval(start, asOf);
    }

    /// <summary>Whether the window is made of whole calendar months: it starts on a 1st and ends on the last day of a month.</summary>
    /// <param name="window">The window.</param>
    /// <returns>True for whole months, quarters, years and fiscal years.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public static bool IsWholeMonths(DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return window.Start.Day == 1 && window.End == CalendarBounds.EndOfMonth(window.End);
    }

    /// <summary>The previous comparable window: the window of the same length that ends the day before <paramref name="window"/> starts.</summary>
    /// <param name="window">The window.</param>
    /// <returns>
    /// For whole calendar months (<see cref="IsWholeMonths"/>), the same number of whole months before it
    /// (March 2024 gives 1 to 29 February 2024; Q2 gives Q1). Otherwise the same number of days before it
    /// (an ISO week gives the week before).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The previous window would start before the ISO calendar does (-9998-01-01).</exception>
    public static DateInterval Previous(DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        DateKey.RequireIso(window.Start, nameof(window));
        LocalDate end = CalendarBounds.PlusDays(window.Start, -1, nameof(window), window);
        if (IsWholeMonths(window))
        {
            int months = MonthsSpanned(window);
            return new DateInterval(CalendarBounds.PlusMonths(window.Start, -months, nameof(window), window), end);
        }

        return new DateInterval(CalendarBounds.PlusDays(window.Start, -window.Length, nameof(window), window), end);
    }

    /// <summary>The same window one year earlier.</summary>
    /// <param name="window">The window.</param>
    /// <returns>
    /// For whole calendar months, the same months a year earlier, ending on their last day (February 2025
    /// gives 1 to 29 February 2024). Otherwise both ends move back one year with NodaTime's rule, so
    /// 29 February becomes 28 February (2024-02-29 .. 2024-03-06 gives 2023-02-28 .. 2023-03-06).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window starts in the ISO calendar's first year (-9998), so a year earlier does not exist.</exception>
    public static DateInterval SameLastYear(DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        DateKey.RequireIso(window.Start, nameof(window));
        LocalDate start = CalendarBounds.PlusYears(window.Start, -1, nameof(window), window);
        if (IsWholeMonths(window))
        {
            return new DateInterval(start, CalendarBounds.EndOfMonth(window.End.PlusYears(-1)));
        }

        return new DateInterval(start, window.End.PlusYears(-1));
    }

    /// <summary>The first day of the period of <paramref name="unit"/> containing <paramref name="date"/>; a week starting before the calendar throws naming <paramref name="paramName"/>.</summary>
    internal static LocalDate PeriodStart(LocalDate date, PeriodUnit unit, string paramName) => unit switch
    {
        PeriodUnit.IsoWeek => CalendarBounds.PlusDays(date, 1 - (int)date.DayOfWeek, paramName, date),   // IsoDayOfWeek: Monday = 1 .. Sunday = 7
        PeriodUnit.Month => new LocalDate(date.Year, date.Month, 1, date.Calendar),
        PeriodUnit.Quarter => new LocalDate(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1, date.Calendar),
        PeriodUnit.Year => new LocalDate(date.Year, 1, 1, date.Calendar),
        _ => Guard.ThrowUndefined<PeriodUnit, LocalDate>(nameof(unit), unit),
    };

    /// <summary>The last day of the period of <paramref name="unit"/> that starts on <paramref name="start"/>; a week ending past the calendar throws naming <paramref name="paramName"/>.</summary>
    private static LocalDate PeriodEnd(LocalDate start, PeriodUnit unit, string paramName, object value) => unit switch
    {
        PeriodUnit.IsoWeek => CalendarBounds.PlusDays(start, 7 - (int)start.DayOfWeek, paramName, value),
        PeriodUnit.Month => CalendarBounds.EndOfMonth(start),
        PeriodUnit.Quarter => CalendarBounds.EndOfMonth(new LocalDate(start.Year, (((start.Month - 1) / 3) * 3) + 3, 1, start.Calendar)),
        PeriodUnit.Year => new LocalDate(start.Year, 12, 31, start.Calendar),
        _ => Guard.ThrowUndefined<PeriodUnit, LocalDate>(nameof(unit), unit),
    };

    private static LocalDate FiscalYearStart(LocalDate date, int startMonth, string paramName, object value) =>
        date.Month >= startMonth ? new(date.Year, startMonth, 1, date.Calendar) : CalendarBounds.PlusYears(new LocalDate(date.Year, startMonth, 1, date.Calendar), -1, paramName, value);

    private static int MonthsSpanned(DateInterval window) =>
        ((window.End.Year - window.Start.Year) * 12) + window.End.Month - window.Start.Month + 1;

    /// <summary>
    /// The periods from <paramref name="firstStart"/> on, each ending on the day <paramref name="end"/> gives (null when
    /// that day would be past the calendar's end), clipped to the range.
    /// </summary>
    private static DateInterval[] SplitAt(DateInterval range, LocalDate firstStart, Func<LocalDate, LocalDate?> end)
    {
        var result = new List<DateInterval>();
        LocalDate start = firstStart;
        while (true)
        {
            LocalDate from = start < range.Start ? range.Start : start;
            LocalDate? periodEnd = end(start);
            LocalDate to = periodEnd is { } e && e < range.End ? e : range.End;
            result.Add(new DateInterval(from, to));
            if (to == range.End)
            {
                return [.. result];
            }

            start = to.PlusDays(1);
        }
    }

    /// <summary>The last day of the period starting on <paramref name="start"/>, or null when it is past the calendar's last day.</summary>
    private static LocalDate? PeriodEndWithin(LocalDate start, PeriodUnit unit) =>
        unit == PeriodUnit.IsoWeek && DateKey.DayNumber(LocalDate.MaxIsoValue) - DateKey.DayNumber(start) < 7 - (int)start.DayOfWeek
            ? null
            : PeriodEnd(start, unit, "range", start);

    /// <summary>The last day of the fiscal year (starting in <paramref name="startMonth"/>) that contains <paramref name="start"/>, or null past the calendar's end.</summary>
    private static LocalDate? FiscalYearEndWithin(LocalDate start, int startMonth)
    {
        int monthsToEnd = (startMonth - start.Month + 11) % 12;
        long endMonth = (start.Year * 12L) + start.Month - 1 + monthsToEnd;
        return endMonth > (LocalDate.MaxIsoValue.Year * 12L) + 11
            ? null
            : CalendarBounds.EndOfMonth(new LocalDate(start.Year, start.Month, 1, start.Calendar).PlusMonths(monthsToEnd));
    }
}
