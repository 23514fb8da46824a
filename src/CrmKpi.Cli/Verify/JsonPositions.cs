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

    /// <summary>Scans a document already known to be valid JSON.</summary>
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
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    indexes.RemoveAt(indexes.Count - 1);
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
            int line = lineStarts.BinarySearch(offset);
            line = line >= 0 ? line : ~line - 1;
            result._positions[here] = (line + 1, offset - lineStarts[line] + 1);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Add(here);
                indexes.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
            }
        }

        return result;
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
