using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CrmKpi.Cli.Data;

/// <summary>Turns the library's validation exceptions into one line that points at the CSV row where possible.</summary>
internal static partial class LibraryError
{
    /// <summary>
    /// One line for <paramref name="exception"/>: the library's element messages start
    /// <c>column[index]</c>, which names the CSV row; otherwise the message is prefixed with
    /// <paramref name="fallbackLocation"/>.
    /// </summary>
    public static string Describe(ArgumentException exception, CsvColumns? csv, string fallbackLocation, string member)
    {
        string message = exception.Message.Split('\n')[0].Trim();
        Match element = ElementIndex().Match(message);
        string where = csv is not null && element.Success && int.TryParse(element.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int row)
            ? csv.RowLocation(row)
            : fallbackLocation;
        return $"{where}: {member} rejected the input: {message}";
    }

    [GeneratedRegex(@"^\w+\[(\d+)\]")]
    private static partial Regex ElementIndex();
}
