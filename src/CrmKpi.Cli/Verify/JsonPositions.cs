using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace CrmKpi.Cli.Verify;

/// <summary>
/// The line and column where each value of a JSON document starts, by path
/// (<c>cases[2].inputs.spend</c>), so errors about a spec can name the place in the file.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (long Line, long Column)> _positions = new(StringComparer.Ordinal);

    private JsonPositions()
    {
    }

    /// <summary>The first property that appears twice in one object (the second place), or null when none does.</summary>
    public DuplicateProperty? Duplicate { get; private set; }

    /// <summary>The place of the first string that is not valid Unicode (an escaped lone surrogate such as <c>\ud800</c>), or null.</summary>
    public (long Line, long Column)? BadString { get; private set; }

    /// <summary>Scans a document already known to be valid JSON, noting the first duplicate property and the first string that is not valid Unicode.</summary>
    public static JsonPositions Scan(ReadOnlySpan<byte> json)
    {
        var result = new JsonPositions();
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();      // the path of the current container's elements
        var indexes = new List<int>();      // per container: the next array index, or -1 for an object
        var names = new List<Dictionary<string, long>?>();   // per container: an object's property names and their lines
        string? property = null;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && result.BadString is null && !IsValidString(ref reader))
            {
                int at = (int)reader.TokenStartIndex;
                int atLine = LineOf(lineStarts, at);
                result.BadString = (atLine + 1, at - lineStarts[atLine] + 1);
                if (reader.TokenType == JsonTokenType.String)
                {
                    continue;   // its value is not needed; a property name is read below (and fails the check again there if needed)
                }
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = result.BadString is null ? reader.GetString() : SafeName(ref reader);
                    long propertyLine = LineOf(lineStarts, (int)reader.TokenStartIndex) + 1;
                    if (!names[^1]!.TryAdd(property!, propertyLine) && result.Duplicate is null)
                    {
                        string parentPath = path[^1];
                        result.Duplicate = new DuplicateProperty(parentPath.Length == 0 ? property! : parentPath + "." + property, property!, names[^1]![property!]);
                    }

                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    indexes.RemoveAt(indexes.Count - 1);
                    names.RemoveAt(names.Count - 1);
                    continue;
            }

            string parent = path.Count == 0 ? "" : path[^1];
            string here;
            if (indexes.Count == 0)
            {
                here = "";
            }
            else if (indexes[^1] >= 0)
            {
                here = string.Create(CultureInfo.InvariantCulture, $"{parent}[{indexes[^1]}]");
                indexes[^1]++;
            }
            else
            {
                here = parent.Length == 0 ? property! : parent + "." + property;
            }

            int offset = (int)reader.TokenStartIndex;
            int line = LineOf(lineStarts, offset);
            result._positions[here] = (line + 1, offset - lineStarts[line] + 1);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Add(here);
                indexes.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                names.Add(reader.TokenType == JsonTokenType.StartObject ? new Dictionary<string, long>(StringComparer.Ordinal) : null);
            }
        }

        return result;
    }

    private static string SafeName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return "\uFFFD";
        }
    }

    private static bool IsValidString(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static int LineOf(List<int> lineStarts, int offset)
    {
        int line = lineStarts.BinarySearch(offset);
        return line >= 0 ? line : ~line - 1;
    }

    /// <summary>The position of the value at <paramref name="path"/>, or of its nearest enclosing value.</summary>
    public (long Line, long Column) Of(string path)
    {
        string p = path;
        while (true)
        {
            if (_positions.TryGetValue(p, out (long, long) position))
            {
                return position;
            }

            int cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 0)
            {
                return _positions.TryGetValue("", out position) ? position : (1, 1);
            }

            p = p[..cut];
        }
    }
}

/// <summary>A property that appears twice in one JSON object.</summary>
/// <param name="Path">The property's path (<c>cases[0].expected</c>); its position is the second occurrence.</param>
/// <param name="Name">The property name.</param>
/// <param name="FirstLine">The line of the first occurrence.</param>
internal sealed record DuplicateProperty(string Path, string Name, long FirstLine);
