using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmKpi.Data.Internal;

/// <summary>
/// Finds columns in a header row: a name given by the user (exact, then ignoring case, then also
/// ignoring spaces, underscores and hyphens), or the first of a list of aliases found the same way.
/// A name that matches two columns is an error, so a duplicated header never picks one silently.
/// </summary>
internal sealed class CsvHeader
{
    private readonly string _file;

    public CsvHeader(string file, string[] names)
    {
        _file = file;
        Names = names;
    }

    public string[] Names { get; }

    /// <summary>The index of the column, or -1 when optional and absent.</summary>
    /// <exception cref="CsvDataException">The column is required and absent, or its name matches more than one column.</exception>
    public int Find(string what, string? explicitName, IReadOnlyList<string> aliases, bool optional)
    {
        if (explicitName is ['#', .. string digits]
            && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int position))
        {
            // "#3": the third column, whatever its name: the way to pick one of two columns with the same name.
            return position >= 1 && position <= Names.Length ? position - 1
                : throw new CsvDataException(_file, 1, 0, $"the {what} column {explicitName} does not exist; the header has {Names.Length} columns");
        }

        IReadOnlyList<string> candidates = explicitName is null ? aliases : [explicitName];
        foreach (Func<string, string> key in (Func<string, string>[])[h => h, h => h.ToUpperInvariant(), Loose])
        {
            foreach (string candidate in candidates)
            {
                int[] matches = [.. Enumerable.Range(0, Names.Length).Where(i => key(Names[i]) == key(candidate))];
                if (matches.Length == 1)
                {
                    return matches[0];
                }

                if (matches.Length > 1)
                {
                    throw new CsvDataException(_file, 1, matches[1] + 1,
                        $"the header has '{Cut(Names[matches[0]])}' more than once (columns {string.Join(", ", matches.Select(m => m + 1))}) and {what} is read from it; rename one, or pick one by position, #{matches[0] + 1}");
                }
            }
        }

        if (optional)
        {
            return -1;
        }

        string wanted = explicitName is not null ? $"'{Cut(explicitName)}'" : "named any of " + string.Join(", ", aliases.Select(a => $"'{a}'"));
        throw new CsvDataException(_file, 1, 0,
            $"no column {wanted} for {what}; the header has {string.Join(", ", Names.Take(20).Select(h => $"'{Cut(h)}'"))}{(Names.Length > 20 ? ", ..." : "")}");
    }

    /// <summary>
    /// Checks that every named column of a preset is in the header (positions such as <c>#3</c> are left
    /// to <see cref="Find"/>); otherwise one error lists all the missing ones and the whole header.
    /// </summary>
    /// <exception cref="CsvDataException">Some columns are missing.</exception>
    public void RequireAll(string preset, IEnumerable<(string What, string? Name)> columns)
    {
        string[] missing = [.. columns
            .Where(c => c.Name is not null and not ['#', ..] && !Names.Any(h => h == c.Name || string.Equals(h, c.Name, StringComparison.OrdinalIgnoreCase) || Loose(h) == Loose(c.Name)))
            .Select(c => $"'{Cut(c.Name)}' ({c.What})")];
        if (missing.Length > 0)
        {
            throw new CsvDataException(_file, 1, 0,
                $"the header does not fit preset '{preset}': missing {string.Join(", ", missing)}; the file has {string.Join(", ", Names.Select(h => $"'{Cut(h)}'"))}");
        }
    }

    /// <summary>A value for a message: at most 200 characters, control characters shown as escapes.</summary>
    public static string Cut(ReadOnlySpan<char> value)
    {
        const int Max = 200;
        var text = new System.Text.StringBuilder(Math.Min(value.Length, Max) + 8);
        foreach (char c in value[..Math.Min(value.Length, Max)])
        {
            if (char.IsControl(c))
            {
                text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        if (value.Length > Max)
        {
            text.Append("...");
        }

        return text.ToString();
    }

    private static string Loose(string name) =>
        new([.. name.Where(c => c is not (' ' or '_' or '-')).Select(char.ToUpperInvariant)]);
}
