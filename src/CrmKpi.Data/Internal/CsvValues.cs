using System;
using NodaTime;
using NodaTime.Text;

namespace CrmKpi.Data.Internal;

/// <summary>The value parsers and their messages, shared by the readers.</summary>
internal static class CsvValues
{
    public static DateParser CreateDateParser(string? format, DateTimeZone? zone)
    {
        try
        {
            return new DateParser(format, zone);
        }
        catch (InvalidPatternException e)
        {
            throw new CsvDataException($"The date format '{CsvHeader.Cut(format)}' is not a NodaTime pattern: {e.Message}", e);
        }
    }

    public static string NotADate(ReadOnlySpan<char> text, string column, DateParser dates) =>
        $"'{CsvHeader.Cut(text)}' in column '{CsvHeader.Cut(column)}' is not a date "
        + (dates.Pattern is null ? "(yyyy-MM-dd, or an ISO timestamp; a date format names another pattern)" : $"in the format {dates.Pattern}");

    public static string NotAnAmount(ReadOnlySpan<char> text, string column, CsvReadOptions options) =>
        $"'{CsvHeader.Cut(text)}' in column '{CsvHeader.Cut(column)}' is not a number in the culture "
        + $"'{(options.Culture.Name.Length == 0 ? "invariant" : options.Culture.Name)}'"
        + (options.AllowCurrencySymbol ? "" : " (currency symbols are read only when allowed)");

    /// <summary>1/0, true/false, yes/no, y/n, t/f in any case.</summary>
    public static bool TryParseFlag(ReadOnlySpan<char> text, out bool flag)
    {
        Span<char> upper = stackalloc char[5];
        if (text.Length > 5)
        {
            flag = false;
            return false;
        }

        int n = text.ToUpperInvariant(upper);
        bool? value = upper[..n] switch
        {
            "1" or "TRUE" or "YES" or "Y" or "T" => true,
            "0" or "FALSE" or "NO" or "N" or "F" => false,
            _ => null,
        };
        flag = value ?? false;
        return value is not null;
    }
}
