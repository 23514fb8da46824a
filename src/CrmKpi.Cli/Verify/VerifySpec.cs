using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CrmKpi.Cli.Output;
using CrmKpi.Cli.Registry;

namespace CrmKpi.Cli.Verify;

/// <summary>The CSV file of a case: where it is and how its columns map to the metric's inputs.</summary>
/// <param name="FullPath">The file, resolved against the spec's folder.</param>
/// <param name="DisplayPath">The file as messages show it.</param>
/// <param name="Columns">Logical column name (customer, date, amount, ...) to CSV header.</param>
/// <param name="DateFormat">The pattern of the date columns.</param>
/// <param name="Delimiter">The field separator.</param>
internal sealed record CsvSource(string FullPath, string DisplayPath, IReadOnlyDictionary<string, string> Columns, string DateFormat, string Delimiter);

/// <summary>One metric case of a spec, checked against the registry.</summary>
internal sealed record VerifyCase(
    int Index,
    string Name,
    string Metric,
    MetricEntry Entry,
    IReadOnlyDictionary<string, JsonElement> Inputs,
    CsvSource? Csv,
    double[] Expected,
    bool ExpectedIsArray,
    double Tolerance,
    double RelativeTolerance)
{
    /// <summary>The JSON path of the case in the spec.</summary>
    public string Path => string.Create(CultureInfo.InvariantCulture, $"cases[{Index}]");
}

/// <summary>
/// A verify spec (docs/verify.md, docs/verify.schema.json): metric cases with inputs, expected
/// values and tolerances. Reading it checks everything that can be checked before computing: the
/// JSON, the properties, the metric ids and the input names, each error naming its line and column.
/// </summary>
internal sealed class VerifySpec
{
    /// <summary>The tolerance of a case that states none: absolute 1e-9.</summary>
    public const double DefaultTolerance = 1e-9;

    /// <summary>The largest spec file read (a spec is a few kilobytes; this stops a device or a runaway file early).</summary>
    public const long MaxSpecBytes = 64L << 20;

    private static readonly string[] RootProperties = ["$schema", "description", "tolerance", "cases"];
    private static readonly string[] CaseProperties = ["name", "metric", "inputs", "csv", "expected", "tolerance", "relativeTolerance"];
    private static readonly string[] CsvProperties = ["path", "columns", "dateFormat", "delimiter"];

    private readonly JsonPositions _positions;

    private VerifySpec(string path, JsonPositions positions, IReadOnlyList<VerifyCase> cases)
    {
        FilePath = path;
        _positions = positions;
        Cases = cases;
    }

    /// <summary>The spec file as the user named it.</summary>
    public string FilePath { get; }

    /// <summary>The cases, in file order.</summary>
    public IReadOnlyList<VerifyCase> Cases { get; }

    /// <summary><c>file:line:column</c> of the value at a JSON path.</summary>
    public string Where(string jsonPath)
    {
        (long line, long column) = _positions.Of(jsonPath);
        return CliException.Location(FilePath, line, column);
    }

    /// <summary>The CSV files the cases read, resolved.</summary>
    public IEnumerable<string> CsvFiles => Cases.Where(c => c.Csv is not null).Select(c => c.Csv!.FullPath).Distinct();

    /// <summary><c>file:line:column</c> of a case's expected value (of element <paramref name="index"/> when it is an array).</summary>
    public string WhereExpected(VerifyCase c, int index) =>
        Where(c.ExpectedIsArray ? string.Create(CultureInfo.InvariantCulture, $"{c.Path}.expected[{index}]") : c.Path + ".expected");

    /// <summary>Reads and checks a spec whose CSV files may only come from the spec's folder (and below).</summary>
    /// <exception cref="CliException">The file is missing, not JSON, or does not follow the format.</exception>
    public static VerifySpec Read(string path) => Read(path, []);

    /// <summary>Reads and checks a spec.</summary>
    /// <param name="path">The spec file.</param>
    /// <param name="allowedFolders">Folders besides the spec's own from which its CSV files may be read (<c>--allow-path</c>).</param>
    /// <exception cref="CliException">
    /// The file is missing, too large, not UTF-8 JSON, has a duplicate property, does not follow the format,
    /// or names a CSV file outside the allowed folders.
    /// </exception>
    public static VerifySpec Read(string path, IReadOnlyList<string> allowedFolders)
    {
        byte[] bytes = ReadBytes(path);
        ReadOnlyMemory<byte> json = bytes;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];   // a UTF-8 byte-order mark, as some editors write
        }
        else if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw CliException.At(path, 1, 1, "the spec is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8.");
        }

        RequireUtf8(path, json.Span);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            string message = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd();
            throw CliException.At(path, (e.LineNumber ?? -1) + 1, (e.BytePositionInLine ?? -1) + 1, "not valid JSON: " + MessageText.Value(message));
        }

        using (document)
        {
            JsonPositions positions = JsonPositions.Scan(json.Span);
            if (positions.BadString is { } bad)
            {
                throw CliException.At(path, bad.Line, bad.Column, "a string that is not valid Unicode (an escaped surrogate \\uD800-\\uDFFF without its pair).");
            }

            if (positions.Duplicate is { } duplicate)
            {
                (long line, long column) = positions.Of(duplicate.Path);
                throw CliException.At(path, line, column,
                    $"{duplicate.Path}: duplicate property \"{MessageText.Value(duplicate.Name)}\" (also at line {duplicate.FirstLine.ToString(CultureInfo.InvariantCulture)}); each property may appear once.");
            }

            string[] roots = [Path.GetDirectoryName(Path.GetFullPath(path)) ?? "", .. allowedFolders];
            var reader = new Reader(path, positions, [.. roots.Select(FilePaths.Resolve)]);
            return new VerifySpec(path, positions, reader.Cases(document.RootElement));
        }
    }

    /// <summary>Refuses bytes that are not UTF-8 (a Latin-1 or Windows-1252 file), naming the line and column of the first bad byte.</summary>
    private static void RequireUtf8(string path, ReadOnlySpan<byte> json)
    {
        char[] chars = new char[json.Length];
        if (System.Text.Unicode.Utf8.ToUtf16(json, chars, out int read, out _, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
        {
            return;
        }

        ReadOnlySpan<byte> before = json[..read];
        int line = before.Count((byte)'\n') + 1;
        int column = read - (before.LastIndexOf((byte)'\n') + 1) + 1;
        throw CliException.At(path, line, column, string.Create(CultureInfo.InvariantCulture, $"not UTF-8 (byte 0x{json[read]:X2}); save the spec as UTF-8."));
    }

    private static byte[] ReadBytes(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxSpecBytes)
                {
                    throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{MessageText.Value(path)}: the spec is larger than {MaxSpecBytes >> 20} MiB; a spec is a small JSON file."));
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException($"{MessageText.Value(path)}: file not found.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{MessageText.Value(path)}: {e.Message}");
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new CliException($"'{MessageText.Value(path)}': not a valid path: {e.Message}");
        }
    }

    private sealed class Reader(string path, JsonPositions positions, string[] roots)
    {
        private readonly string _folder = Path.GetDirectoryName(path) ?? "";

        public List<VerifyCase> Cases(JsonElement root)
        {
            Require(root.ValueKind == JsonValueKind.Object, "", "the spec must be a JSON object with a \"cases\" array.");
            CheckProperties(root, "", RootProperties);
            double defaultTolerance = root.TryGetProperty("tolerance", out JsonElement t) ? Tolerance(t, "tolerance") : DefaultTolerance;
            Require(root.TryGetProperty("cases", out JsonElement cases) && cases.ValueKind == JsonValueKind.Array, "", "the spec needs a \"cases\" array.");
            Require(cases.GetArrayLength() > 0, "cases", "\"cases\" is empty; a spec must check at least one metric.");
            var result = new List<VerifyCase>();
            int index = 0;
            foreach (JsonElement item in cases.EnumerateArray())
            {
                result.Add(Case(item, index++, defaultTolerance));
            }

            return result;
        }

        private VerifyCase Case(JsonElement item, int index, double defaultTolerance)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"cases[{index}]");
            Require(item.ValueKind == JsonValueKind.Object, at, "a case must be an object with \"metric\", \"inputs\" and \"expected\".");
            CheckProperties(item, at, CaseProperties);
            Require(item.TryGetProperty("metric", out JsonElement metricElement) && metricElement.ValueKind == JsonValueKind.String,
                at, "the case needs \"metric\": a catalog id (\"A1\") or a member name (\"Acquisition.Cac\").");
            Require(item.TryGetProperty("name", out JsonElement nameElement) is false || nameElement.ValueKind == JsonValueKind.String, at + ".name", "\"name\" must be a string.");
            string metric = metricElement.GetString()!;
            string name = item.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : $"{metric} #{index}";

            var inputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (item.TryGetProperty("inputs", out JsonElement inputsElement))
            {
                Require(inputsElement.ValueKind == JsonValueKind.Object, at + ".inputs", "\"inputs\" must be an object of name: value.");
                foreach (JsonProperty p in inputsElement.EnumerateObject())
                {
                    Require(p.Value.ValueKind is JsonValueKind.Number or JsonValueKind.String, $"{at}.inputs.{p.Name}", $"input {MessageText.Value(p.Name)} must be a number or a string.");
                    inputs[p.Name] = p.Value.Clone();
                }
            }

            CsvSource? csv = item.TryGetProperty("csv", out JsonElement csvElement) ? Csv(csvElement, at + ".csv") : null;
            MetricEntry entry = Resolve(metric, at, inputs.Keys, csv);

            Require(item.TryGetProperty("expected", out JsonElement expectedElement), at, "the case needs \"expected\": a number, \"NaN\", \"Infinity\", \"-Infinity\" or an array of them.");
            bool isArray = expectedElement.ValueKind == JsonValueKind.Array;
            double[] expected = isArray
                ? [.. expectedElement.EnumerateArray().Select((e, i) => Expected(e, string.Create(CultureInfo.InvariantCulture, $"{at}.expected[{i}]")))]
                : [Expected(expectedElement, at + ".expected")];
            Require(isArray || entry.Shape == ResultShape.Scalar, at + ".expected",
                $"{entry.Member}{entry.Signature} gives {(entry.Shape == ResultShape.List ? "a list of values" : "one value " + entry.Shape.Short())}: \"expected\" must be an array.");
            Require(!isArray || entry.Shape != ResultShape.Scalar, at + ".expected", $"{entry.Member}{entry.Signature} gives one value: \"expected\" must be a number.");

            double tolerance = item.TryGetProperty("tolerance", out JsonElement tol) ? Tolerance(tol, at + ".tolerance") : defaultTolerance;
            double relative = item.TryGetProperty("relativeTolerance", out JsonElement rel) ? Tolerance(rel, at + ".relativeTolerance") : 0;
            return new VerifyCase(index, name, metric, entry, inputs, csv, expected, isArray, tolerance, relative);
        }

        private CsvSource Csv(JsonElement csv, string at)
        {
            Require(csv.ValueKind == JsonValueKind.Object, at, "\"csv\" must be an object with \"path\" and \"columns\".");
            CheckProperties(csv, at, CsvProperties);
            Require(csv.TryGetProperty("path", out JsonElement p) && p.ValueKind == JsonValueKind.String && p.GetString()!.Length > 0,
                at, "\"csv\" needs \"path\": the CSV file, relative to the spec's folder.");
            Require(csv.TryGetProperty("columns", out JsonElement columnsElement) && columnsElement.ValueKind == JsonValueKind.Object,
                at, "\"csv\" needs \"columns\": an object mapping the metric's columns to the CSV's headers.");
            var columns = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (JsonProperty c in columnsElement.EnumerateObject())
            {
                Require(c.Value.ValueKind == JsonValueKind.String, $"{at}.columns.{c.Name}", $"column {MessageText.Value(c.Name)} must map to a CSV header name (a string).");
                columns[c.Name] = c.Value.GetString()!;
            }

            string file = p.GetString()!;
            string fullPath = Path.IsPathRooted(file) ? file : Path.Combine(_folder, file);
            string resolved = Resolve(fullPath, at + ".path");
            Require(roots.Any(root => FilePaths.IsInside(resolved, root)), at + ".path",
                $"'{MessageText.Value(file)}' is outside the spec's folder; a spec reads CSV files only from its own folder and below (give --allow-path DIR to allow another folder).");
            string dateFormat = String(csv, "dateFormat", at) ?? "yyyy-MM-dd";
            string delimiter = String(csv, "delimiter", at) ?? ",";
            return new CsvSource(resolved, fullPath, columns, dateFormat, delimiter);
        }

        private string Resolve(string file, string at)
        {
            try
            {
                return FilePaths.Resolve(file);
            }
            catch (CliException e)
            {
                Fail(at, e.Message);
                throw;
            }
        }

        private MetricEntry Resolve(string metric, string at, IReadOnlyCollection<string> inputs, CsvSource? csv)
        {
            IReadOnlyList<MetricEntry> entries = MetricRegistry.Find(metric);
            Require(entries.Count > 0, at + ".metric", $"unknown metric '{MessageText.Value(metric)}'; 'crmkpi metrics' lists the ids and members this version knows.");
            IReadOnlyCollection<string> columns = csv is null ? [] : [.. csv.Columns.Keys];
            MetricEntry? match = entries.FirstOrDefault(e => e.Matches(inputs, columns));
            if (match is null)
            {
                string given = MessageText.Value(csv is null ? $"({string.Join(", ", inputs)})" : $"(csv: {string.Join(", ", columns)}; {string.Join(", ", inputs)})");
                string forms = string.Join(" or ", entries.Select(e => e.Signature));
                Fail(inputs.Count > 0 || csv is null ? at + ".inputs" : at + ".csv.columns",
                    $"{entries[0].Id} {entries[0].Member} takes {forms}; the case gives {given}.");
            }

            return match!;
        }

        private double Expected(JsonElement e, string at)
        {
            if (e.ValueKind == JsonValueKind.Number)
            {
                string? problem = JsonNumbers.TryRead(e, out double value);
                return problem is null ? value : Fail(at, $"expected value {MessageText.Value(e.GetRawText())} {problem}.");
            }

            return e.ValueKind == JsonValueKind.String ? e.GetString() switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                _ => Fail(at, $"expected value must be a number, \"NaN\", \"Infinity\" or \"-Infinity\"; was {MessageText.Value(e.GetRawText())}."),
            } : Fail(at, $"expected value must be a number, \"NaN\", \"Infinity\" or \"-Infinity\"; was {MessageText.Value(e.GetRawText())}.");
        }

        private double Tolerance(JsonElement e, string at) =>
            JsonNumbers.TryRead(e, out double value) is null && value >= 0 ? value
            : Fail(at, $"a tolerance must be a finite number not below 0; was {MessageText.Value(e.GetRawText())}.");

        private string? String(JsonElement owner, string property, string at)
        {
            if (!owner.TryGetProperty(property, out JsonElement e))
            {
                return null;
            }

            Require(e.ValueKind == JsonValueKind.String && e.GetString()!.Length > 0, $"{at}.{property}", $"\"{property}\" must be a non-empty string.");
            return e.GetString();
        }

        private void CheckProperties(JsonElement element, string at, string[] allowed)
        {
            foreach (JsonProperty p in element.EnumerateObject())
            {
                Require(allowed.Contains(p.Name), at.Length == 0 ? p.Name : $"{at}.{p.Name}",
                    $"unknown property \"{MessageText.Value(p.Name)}\"; allowed here: {string.Join(", ", allowed)}.");
            }
        }

        private void Require(bool condition, string at, string message)
        {
            if (!condition)
            {
                Fail(at, message);
            }
        }

        private double Fail(string at, string message)
        {
            (long line, long column) = positions.Of(at);
            throw CliException.At(path, line, column, (at.Length > 0 ? MessageText.Value(at) + ": " : "") + message);
        }
    }
}
