using System;
using System.Runtime.CompilerServices;
using NodaTime;

namespace CrmKpi.Internal;

/// <summary>
/// Integer keys of <see cref="LocalDate"/> values for hot loops over date columns.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="LocalDate"/>'s comparison operators check the calendars on every call and cost several
/// nanoseconds, about as much as reading the row. A <see cref="LocalDate"/> is one 32-bit value that
/// packs year, month, day and calendar ordinal, high to low, so within one calendar the packed value
/// orders like the date. <see cref="Sortable"/> reads it directly; <see cref="SparseDay"/> decodes it
/// with a shift.
/// </para>
/// <para>
/// That packing is NodaTime's internal layout, so it is verified once at start-up against the public
/// API (<see cref="LayoutVerified"/>); should a NodaTime version change it, every key falls back to
/// the public API: slower, never wrong. The keys are defined for ISO dates only (the calendar every
/// CRM export uses): kernels call <see cref="RequireIso(LocalDate, string)"/> on window bounds and
/// check the rows with <see cref="CalendarBits"/> folded over the column.
/// </para>
/// </remarks>
internal static class DateKey
{
    /// <summary>The bits of a <see cref="Sortable"/> key that hold the calendar: OR the keys of a column and test these once.</summary>
    public const int CalendarMask = 63;
    private const int DayShift = 6;
    private const int MonthShift = 12;
    private const int YearShift = 17;

    /// <summary>Whether the packed layout was confirmed against the public API at start-up.</summary>
    public static readonly bool LayoutVerified = VerifyLayout();

    /// <summary>A key that orders like the date, for ISO dates; its low six bits (<see cref="CalendarMask"/>) are 0 for ISO dates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Sortable(LocalDate date) => LayoutVerified ? Packed(date) : SortableFromPublicApi(date);

    /// <summary>The non-zero bits of a date's calendar: 0 for ISO. OR them over a column and test once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CalendarBits(LocalDate date) => LayoutVerified ? Packed(date) & CalendarMask : SlowCalendarBits(date);

    /// <summary>
    /// A key that orders like the date with 64 slots per month and 2,048 per year:
    /// <c>(year - 1) * 2048 + (month - 1) * 64 + day - 1</c>, for ISO dates. Gaps (day 32 to 64 of a
    /// month) never occur, so a table indexed by <c>SparseDay(d) - SparseDay(start)</c> maps any date of a
    /// range to its period in one lookup (about 8 KB of table per year).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SparseDay(LocalDate date) =>
        LayoutVerified ? Packed(date) >> DayShift : SparseDayFromPublicApi(date);

    /// <summary>
    /// Days since 0001-01-01 (proleptic Gregorian), for differences in days: <see cref="DateOnly.DayNumber"/> for
    /// years 1 to 9999 and negative before year 1, so every ISO date NodaTime holds (-9998 to 9999) has one.
    /// </summary>
    public static int DayNumber(LocalDate date)
    {
        if (date.Year >= 1)
        {
            return date.ToDateOnly().DayNumber;
        }

        // Days from civil (H. Hinnant): eras of 400 years, March-based years so the leap day ends the year.
        int y = date.Year - (date.Month <= 2 ? 1 : 0);
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - (era * 400);
        int monthFromMarch = date.Month > 2 ? date.Month - 3 : date.Month + 9;
        int dayOfYear = (((153 * monthFromMarch) + 2) / 5) + date.Day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 306;   // 0000-03-01 is day -306 from 0001-01-01
    }

    /// <summary>Throws unless <paramref name="date"/> is in the ISO calendar.</summary>
    public static void RequireIso(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            ThrowNotIso(paramName, date);
        }
    }

    /// <summary>Throws for the first row of <paramref name="dates"/> that is not ISO; one fold over the column when all are ISO.</summary>
    public static void RequireIsoColumn(ReadOnlySpan<LocalDate> dates, string paramName)
    {
        int bits = 0;
        foreach (LocalDate d in dates)
        {
            bits |= CalendarBits(d);
        }

        if (bits != 0)
        {
            ThrowFirstNonIso(dates, paramName);
        }
    }

    /// <summary>Throws for the first row of <paramref name="dates"/> that is not ISO; called after a fold of <see cref="CalendarBits"/> found one.</summary>
    public static void ThrowFirstNonIso(ReadOnlySpan<LocalDate> dates, string paramName)
    {
        for (int i = 0; i < dates.Length; i++)
        {
            if (dates[i].Calendar != CalendarSystem.Iso)
            {
                Guard.ThrowArgument(paramName, $"{paramName}[{i}] must be in the ISO calendar; was {dates[i]} in {dates[i].Calendar.Id}. Convert with WithCalendar(CalendarSystem.Iso).");
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Packed(LocalDate date) => Unsafe.As<LocalDate, int>(ref date);

    /// <summary>The fallback of <see cref="Sortable"/> when the layout is not verified (internal for its tests):
    /// the same contract, ordered like the date with the calendar flag in the low six bits.</summary>
    internal static int SortableFromPublicApi(LocalDate date) => (date.ToDateOnly().DayNumber << 6) | SlowCalendarBits(date);

    /// <summary>The fallback of <see cref="SparseDay"/> (internal for its tests).</summary>
    internal static int SparseDayFromPublicApi(LocalDate date) => ((date.Year - 1) << 11) | ((date.Month - 1) << 6) | (date.Day - 1);

    private static int SlowCalendarBits(LocalDate date) => date.Calendar == CalendarSystem.Iso ? 0 : 1;

    private static void ThrowNotIso(string paramName, LocalDate date) =>
        Guard.ThrowArgument(paramName, $"{paramName} must be in the ISO calendar; was {date} in {date.Calendar.Id}.");

    private static bool VerifyLayout()
    {
        if (Unsafe.SizeOf<LocalDate>() != sizeof(int))
        {
            return false;
        }

        LocalDate[] probes = [new(1, 1, 1), new(1997, 1, 1), new(1997, 12, 31), new(2024, 2, 29), new(2024, 3, 1), new(9999, 12, 31)];
        int previous = int.MinValue;
        foreach (LocalDate d in probes)
        {
            int packed = Packed(d);
            bool decodes = (packed & CalendarMask) == 0
                && ((packed >> DayShift) & 63) + 1 == d.Day
                && ((packed >> MonthShift) & 31) + 1 == d.Month
                && (packed >> YearShift) + 1 == d.Year;
            if (!decodes || packed <= previous)
            {
                return false;
            }

            previous = packed;
        }

        return true;
    }
}
