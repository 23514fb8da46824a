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

    /// <summary><c>in column 'header'</c>, with the caller's name for the column when it differs: <c>in column 'Total' (amount)</c>.</summary>
    public static string InColumn(string header, string name) =>
        $"in column '{CsvHeader.Cut(header)}'" + (string.Equals(header, name, StringComparison.OrdinalIgnoreCase) ? "" : $" ({name})");

    public static string NotADate(ReadOnlySpan<char> text, string inColumn, DateParser dates) =>
        $"'{CsvHeader.Cut(text)}' is not a date in the format {dates.Pattern ?? "yyyy-MM-dd"} {inColumn}";

    public static string NotANumber(ReadOnlySpan<char> text, string inColumn, CsvReadOptions options) =>
        $"'{CsvHeader.Cut(text)}' is not a number {inColumn} (culture {(options.Culture.Name.Length == 0 ? "invariant" : options.Culture.Name)}"
        + (options.AllowCurrencySymbol ? ")" : "; currency symbols are read only when allowed)");

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
