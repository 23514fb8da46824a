using System;
using System.Data.Common;
using System.Globalization;
using CrmKpi.Data.Internal;
using NodaTime;

namespace CrmKpi.Data.Database;

/// <summary>Reads one value of the current row by its provider type, with an error naming the row and column.</summary>
internal sealed class DbValues(DbDataReader reader, string[] names, DateParser dates, DateTimeZone? zone, bool unspecifiedIsUtc)
{
    /// <summary>The customer id: trimmed text, or a whole number or GUID written into <paramref name="buffer"/>.</summary>
    public ReadOnlySpan<char> Key(int c, long row, Span<char> buffer)
    {
        NotNull(c, row, "customer id");
        Type type = reader.GetFieldType(c);
        int written;
        if (type == typeof(string))
        {
            ReadOnlySpan<char> key = reader.GetString(c).AsSpan().Trim(' ');
            return key.IsEmpty ? throw Fail(row, c, "empty customer id") : key;
        }

        if (type == typeof(long))
        {
            reader.GetInt64(c).TryFormat(buffer, out written, default, CultureInfo.InvariantCulture);
            return buffer[..written];
        }

        if (type == typeof(int))
        {
            reader.GetInt32(c).TryFormat(buffer, out written, default, CultureInfo.InvariantCulture);
            return buffer[..written];
        }

        if (type == typeof(Guid))
        {
            reader.GetGuid(c).TryFormat(buffer, out written);
            return buffer[..written];
        }

        object value = reader.GetValue(c);
        bool ok = value switch
        {
            short or ushort or byte or sbyte or uint or ulong or Int128 or UInt128 or System.Numerics.BigInteger
                => ((ISpanFormattable)value).TryFormat(buffer, out written, default, CultureInfo.InvariantCulture),
            decimal d when d == decimal.Truncate(d) => d.TryFormat(buffer, out written, "0", CultureInfo.InvariantCulture),
            _ => Unwritten(out written),
        };
        return ok ? buffer[..written] : throw Fail(row, c, $"a customer id of type {value.GetType().Name} ({Show(value)}) is not text, a whole number or a GUID");
    }

    /// <summary>The date, from a date, a timestamp (in the zone when it is an instant) or text.</summary>
    public LocalDate Date(int c, long row)
    {
        NotNull(c, row, "date");
        Type type = reader.GetFieldType(c);
        if (type == typeof(DateTime))
        {
            return FromDateTime(reader.GetDateTime(c));
        }

        if (type == typeof(string))
        {
            string text = reader.GetString(c);
            return dates.TryParse(text.AsSpan().Trim(' '), out LocalDate parsed)
                ? parsed
                : throw Fail(row, c, $"'{Cut(text)}' is not a date in the format {dates.Pattern ?? "yyyy-MM-dd (or an ISO timestamp)"}");
        }

        object value = reader.GetValue(c);
        return value switch
        {
            DateOnly d => LocalDate.FromDateOnly(d),
            DateTime t => FromDateTime(t),
            DateTimeOffset o => zone is null ? LocalDate.FromDateTime(o.DateTime) : Instant.FromDateTimeOffset(o).InZone(zone).Date,
            _ => throw Fail(row, c, $"a date of type {value.GetType().Name} ({Show(value)}) is not a date, a timestamp or text"),
        };
    }

    /// <summary>The amount: any finite number, or invariant text.</summary>
    public double Amount(int c, long row)
    {
        NotNull(c, row, "amount");
        Type type = reader.GetFieldType(c);
        double amount;
        if (type == typeof(double))
        {
            amount = reader.GetDouble(c);
        }
        else if (type == typeof(decimal))
        {
            amount = (double)reader.GetDecimal(c);
        }
        else if (type == typeof(long))
        {
            amount = reader.GetInt64(c);
        }
        else if (type == typeof(int))
        {
            amount = reader.GetInt32(c);
        }
        else if (type == typeof(string))
        {
            string text = reader.GetString(c);
            if (!double.TryParse(text.AsSpan().Trim(' '), NumberStyles.Float, CultureInfo.InvariantCulture, out amount))
            {
                throw Fail(row, c, $"'{Cut(text)}' is not a number (invariant culture)");
            }
        }
        else
        {
            object value = reader.GetValue(c);
            amount = value switch
            {
                float f => f,
                short s => s,
                ushort s => s,
                byte b => b,
                sbyte b => b,
                uint u => u,
                ulong u => u,
                _ => throw Fail(row, c, $"an amount of type {value.GetType().Name} ({Show(value)}) is not a number"),
            };
        }

        return double.IsFinite(amount) ? amount : throw Fail(row, c, $"the amount {amount.ToString(CultureInfo.InvariantCulture)} is not finite");
    }

    /// <summary>The quantity: a whole number from 0 to <see cref="int.MaxValue"/>.</summary>
    public int Quantity(int c, long row) => WholeNumber(c, row, "quantity", "items");

    /// <summary>A whole number from 0 to <see cref="int.MaxValue"/> of <paramref name="what"/> (a count or a quantity).</summary>
    public int WholeNumber(int c, long row, string role, string what)
    {
        NotNull(c, row, role);
        Type type = reader.GetFieldType(c);
        if (type == typeof(int))
        {
            int q = reader.GetInt32(c);
            return q >= 0 ? q : throw NotAQuantity(row, c, q.ToString(CultureInfo.InvariantCulture), what);
        }

        object value = reader.GetValue(c);
        decimal number;
        switch (value)
        {
            case string text:
                if (!int.TryParse(text.AsSpan().Trim(' '), NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
                {
                    throw NotAQuantity(row, c, $"'{Cut(text)}'", what);
                }

                return parsed;
            case long or short or ushort or byte or sbyte or uint or ulong or decimal:
                number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                break;
            case double or float:
                double d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (!double.IsFinite(d) || Math.Abs(d) > int.MaxValue)
                {
                    throw NotAQuantity(row, c, Show(value), what);
                }

                number = (decimal)d;
                break;
            default:
                throw Fail(row, c, $"a {role} of type {value.GetType().Name} ({Show(value)}) is not a number");
        }

        return number >= 0 && number <= int.MaxValue && number == decimal.Truncate(number)
            ? (int)number
            : throw NotAQuantity(row, c, Show(value), what);
    }

    private LocalDate FromDateTime(DateTime t) =>
        zone is null || (t.Kind == DateTimeKind.Unspecified && !unspecifiedIsUtc)
            ? LocalDate.FromDateTime(t)
            : Instant.FromDateTimeUtc(t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : DateTime.SpecifyKind(t, DateTimeKind.Utc)).InZone(zone).Date;

    private void NotNull(int c, long row, string role)
    {
        if (reader.IsDBNull(c))
        {
            throw Fail(row, c, $"null {role}");
        }
    }

    private DbDataException NotAQuantity(long row, int c, string shown, string what) =>
        Fail(row, c, $"{shown} is not a whole number of {what} (0 to {int.MaxValue})");

    private DbDataException Fail(long row, int c, string problem) => new(row, names[c], problem);

    private static bool Unwritten(out int written)
    {
        written = 0;
        return false;
    }

    private static string Show(object value) => Cut(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);

    private static string Cut(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");
}
