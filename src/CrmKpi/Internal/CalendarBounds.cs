using System.Globalization;
using NodaTime;

namespace CrmKpi.Internal;

/// <summary>
/// Date arithmetic that stays inside the ISO calendar NodaTime supports (-9998-01-01 to 9999-12-31): each
/// shift is checked first and a shift past either end throws <see cref="System.ArgumentOutOfRangeException"/>
/// naming the caller's parameter, instead of an exception from inside NodaTime that names one of its own.
/// </summary>
internal static class CalendarBounds
{
    private static readonly long MinDay = DateKey.DayNumber(LocalDate.MinIsoValue);
    private static readonly long MaxDay = DateKey.DayNumber(LocalDate.MaxIsoValue);
    private static readonly long MinMonth = MonthNumber(LocalDate.MinIsoValue);
    private static readonly long MaxMonth = MonthNumber(LocalDate.MaxIsoValue);

    /// <summary><paramref name="date"/> plus <paramref name="days"/> days.</summary>
    public static LocalDate PlusDays(LocalDate date, long days, string paramName, object value)
    {
        long target = DateKey.DayNumber(date) + days;
        if (target < MinDay || target > MaxDay)
        {
            ThrowOutside(paramName, value);
        }

        return date.PlusDays((int)days);
    }

    /// <summary><paramref name="date"/> plus <paramref name="months"/> months (the day clamped to the month's length, as NodaTime does).</summary>
    public static LocalDate PlusMonths(LocalDate date, long months, string paramName, object value)
    {
        long target = MonthNumber(date) + months;
        if (target < MinMonth || target > MaxMonth)
        {
            ThrowOutside(paramName, value);
        }

        return date.PlusMonths((int)months);
    }

    /// <summary><paramref name="date"/> plus <paramref name="years"/> years (29 February becomes 28 February, as NodaTime does).</summary>
    public static LocalDate PlusYears(LocalDate date, long years, string paramName, object value) =>
        PlusMonths(date, years * 12, paramName, value);

    /// <summary>The last day of the month of <paramref name="date"/>.</summary>
    public static LocalDate EndOfMonth(LocalDate date) =>
        new(date.Year, date.Month, date.Calendar.GetDaysInMonth(date.Year, date.Month), date.Calendar);

    /// <summary>Throws <see cref="System.ArgumentOutOfRangeException"/> for a date computed from <paramref name="value"/> that leaves the calendar.</summary>
    public static void ThrowOutside(string paramName, object value) =>
        Guard.ThrowOutOfRange(paramName, value, string.Create(CultureInfo.InvariantCulture, $"gives a date outside the ISO calendar's range {LocalDate.MinIsoValue:yyyy-MM-dd} to {LocalDate.MaxIsoValue:yyyy-MM-dd}"));

    private static long MonthNumber(LocalDate date) => (date.Year * 12L) + date.Month - 1;
}
