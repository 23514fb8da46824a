using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;

namespace CrmKpi.Data.Internal;

/// <summary>
/// Parses the date column. Without a pattern: <c>yyyy-MM-dd</c> by a fast path, and timestamps
/// <c>yyyy-MM-dd HH:mm[:ss[.fffffffff]]</c> or with <c>T</c>, optionally ending in <c>Z</c> or an
/// offset (<c>+01:00</c>, <c>+0100</c>, <c>+01</c>). With a NodaTime pattern: the pattern, as a date,
/// a date and time, or (when it has an offset field <c>o</c>) a date, time and offset. A timestamp with
/// an offset is taken in the named time zone when there is one; otherwise, and for a timestamp without
/// an offset, the date is the one written.
/// </summary>
internal sealed class DateParser
{
    private readonly DateTimeZone? _zone;
    private readonly LocalDatePattern? _datePattern;
    private readonly LocalDateTimePattern? _dateTimePattern;
    private readonly OffsetDateTimePattern? _offsetPattern;
    private readonly Dictionary<string, LocalDate> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LocalDate>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public DateParser(string? pattern, DateTimeZone? zone)
    {
        _zone = zone;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (pattern is null)
        {
            return;
        }

        if (pattern.Contains('o', StringComparison.Ordinal))
        {
            _offsetPattern = OffsetDateTimePattern.CreateWithInvariantCulture(pattern);
        }
        else if (pattern.AsSpan().ContainsAny("Hhms"))
        {
            _dateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture(pattern);
        }
        else
        {
            _datePattern = LocalDatePattern.CreateWithInvariantCulture(pattern);
        }

        Pattern = pattern;
    }

    /// <summary>The pattern, or null for the built-in forms.</summary>
    public string? Pattern { get; }

    public bool TryParse(ReadOnlySpan<char> text, out LocalDate date)
    {
        if (Pattern is null)
        {
            if (text.Length == 10)
            {
                return TryIsoDate(text, out date);
            }

            date = default;
            return text.Length > 10 && TryTimestamp(text, out date);
        }

        // Patterns need a string: parse each distinct text once (a file has few distinct dates).
        if (_lookup.TryGetValue(text, out date))
        {
            return true;
        }

        if (_cache.Count > 100_000)
        {
            _cache.Clear();
        }

        string s = text.ToString();
        bool ok = TryPattern(s, out date);
        if (ok)
        {
            _cache[s] = date;
        }

        return ok;
    }

    private bool TryPattern(string text, out LocalDate date)
    {
        date = default;
        if (_datePattern is not null)
        {
            ParseResult<LocalDate> r = _datePattern.Parse(text);
            date = r.Success ? r.Value : default;
            return r.Success;
        }

        if (_dateTimePattern is not null)
        {
            ParseResult<LocalDateTime> r = _dateTimePattern.Parse(text);
            date = r.Success ? r.Value.Date : default;
            return r.Success;
        }

        ParseResult<OffsetDateTime> o = _offsetPattern!.Parse(text);
        if (!o.Success)
        {
            return false;
        }

        date = _zone is null ? o.Value.Date : o.Value.InZone(_zone).Date;
        return true;
    }

    private static bool TryIsoDate(ReadOnlySpan<char> t, out LocalDate date)
    {
        date = default;
        if (t[4] != '-' || t[7] != '-')
        {
            return false;
        }

        int year = Digits(t, 0, 4);
        int month = Digits(t, 5, 2);
        int day = Digits(t, 8, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31)
        {
            return false;
        }

        if (day > 28 && day > DaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private bool TryTimestamp(ReadOnlySpan<char> t, out LocalDate date)
    {
        date = default;
        if (t.Length < 16 || t[10] is not ('T' or ' ') || !TryIsoDate(t[..10], out LocalDate written))
        {
            return false;
        }

        // HH:mm
        int hour = Digits(t, 11, 2);
        int minute = Digits(t, 14, 2);
        if (t[13] != ':' || hour < 0 || hour > 23 || minute < 0 || minute > 59)
        {
            return false;
        }

        int i = 16;
        int second = 0;
        long nanos = 0;
        if (i < t.Length && t[i] == ':')
        {
            second = Digits(t, i + 1, 2);
            if (second < 0 || second > 59)
            {
                return false;
            }

            i += 3;
            if (i < t.Length && t[i] is '.' or ',')
            {
                int start = ++i;
                while (i < t.Length && (uint)(t[i] - '0') <= 9)
                {
                    if (i - start < 9)
                    {
                        nanos = (nanos * 10) + (t[i] - '0');
                    }

                    i++;
                }

                int count = i - start;
                if (count == 0)
                {
                    return false;
                }

                for (int k = count; k < 9; k++)
                {
                    nanos *= 10;
                }
            }
        }

        ReadOnlySpan<char> zone = t[i..];
        if (zone.IsEmpty)
        {
            date = written;
            return true;
        }

        if (!TryOffset(zone, out Offset offset))
        {
            return false;
        }

        if (_zone is null)
        {
            date = written;
            return true;
        }

        LocalDateTime local = written.At(new LocalTime(hour, minute, second).PlusNanoseconds(nanos));
        date = local.WithOffset(offset).InZone(_zone).Date;
        return true;
    }

    private static bool TryOffset(ReadOnlySpan<char> z, out Offset offset)
    {
        offset = Offset.Zero;
        if (z.Length == 1 && z[0] is 'Z' or 'z')
        {
            return true;
        }

        if (z.Length < 3 || z[0] is not ('+' or '-' or '\u2212'))
        {
            return false;
        }

        int sign = z[0] == '+' ? 1 : -1;
        int hours = Digits(z, 1, 2);
        int minutes = 0;
        if (z.Length == 6 && z[3] == ':')
        {
            minutes = Digits(z, 4, 2);
        }
        else if (z.Length == 5)
        {
            minutes = Digits(z, 3, 2);
        }
        else if (z.Length != 3)
        {
            return false;
        }

        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59)
        {
            return false;
        }

        offset = Offset.FromSeconds(sign * ((hours * 3600) + (minutes * 60)));
        return true;
    }

    // The value of count ASCII digits at start, or -1.
    private static int Digits(ReadOnlySpan<char> t, int start, int count)
    {
        if (start + count > t.Length)
        {
            return -1;
        }

        int value = 0;
        for (int i = start; i < start + count; i++)
        {
            uint d = (uint)(t[i] - '0');
            if (d > 9)
            {
                return -1;
            }

            value = (value * 10) + (int)d;
        }

        return value;
    }

    private static int DaysInMonth(int year, int month) =>
        month == 2 ? (DateTime.IsLeapYear(year) ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;
}
