using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using CrmKpi.Cli.Data;
using CrmKpi.Cli.Registry;

namespace CrmKpi.Cli.Verify;

/// <summary>Computes each case of a spec with the library and compares it with the expected value.</summary>
internal static class VerifyRunner
{
    /// <summary>Runs every case; a case that cannot be computed is an error, the others still run.</summary>
    public static List<CaseResult> Run(VerifySpec spec, bool strict, Action<CaseResult>? onResult = null)
    {
        var csvCache = new Dictionary<string, CsvColumns>(StringComparer.Ordinal);
        var results = new List<CaseResult>();
        foreach (VerifyCase c in spec.Cases)
        {
            CaseResult result = RunCase(spec, c, strict, csvCache);
            results.Add(result);
            onResult?.Invoke(result);
        }

        return results;
    }

    /// <summary>
    /// Whether <paramref name="actual"/> agrees with <paramref name="expected"/>: NaN only with NaN, an
    /// infinity only with the same infinity (no tolerance makes 50 or -Infinity agree with Infinity), a
    /// finite value within either tolerance.
    /// </summary>
    public static bool WithinTolerance(double expected, double actual, double tolerance, double relativeTolerance)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual);
        }

        if (!double.IsFinite(expected) || !double.IsFinite(actual))
        {
            return expected == actual;
        }

        if (expected == actual)
        {
            return true;
        }

        double difference = Math.Abs(actual - expected);
        return difference <= tolerance || difference <= relativeTolerance * Math.Abs(expected);
    }

    /// <summary>A value as the report writes it: shortest round-trip form, NaN, Infinity, -Infinity.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static CaseResult RunCase(VerifySpec spec, VerifyCase c, bool strict, Dictionary<string, CsvColumns> csvCache)
    {
        var clock = Stopwatch.StartNew();
        CsvColumns? csv = null;
        try
        {
            csv = c.Csv is null ? null : LoadCsv(c, strict, csvCache);
            double[] actual = c.Entry.Compute(new MetricArguments(c.Inputs, csv));
            return Compare(c, actual, csv?.SkippedNote(), clock.Elapsed.TotalSeconds);
        }
        catch (CliException e)
        {
            return Error(c, e.Message, clock);
        }
        catch (InputException e)
        {
            string path = c.Inputs.ContainsKey(e.Input) ? $"{c.Path}.inputs.{e.Input}" : c.Csv?.Columns.ContainsKey(e.Input) == true ? $"{c.Path}.csv.columns.{e.Input}" : c.Path;
            return Error(c, $"{spec.Where(path)}: {e.Message}", clock);
        }
        catch (ArgumentException e)
        {
            // The library rejected a value; its element messages name the row, which names the CSV line.
            return Error(c, LibraryError.Describe(e, csv, spec.Where(c.Path), c.Entry.Member), clock);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything else (an overflow of counts, a library bug) fails this case alone; the others still run.
            return Error(c, $"{spec.Where(c.Path)}: {c.Entry.Member} could not compute the case: {e.Message}", clock);
        }
    }

    private static CsvColumns LoadCsv(VerifyCase c, bool strict, Dictionary<string, CsvColumns> cache)
    {
        CsvSource source = c.Csv!;
        var requests = c.Entry.Columns
            .Where(spec => source.Columns.ContainsKey(spec.Name))
            .Select(spec => new ColumnRequest(spec.Name, [source.Columns[spec.Name]], spec.Kind))
            .ToList();
        string key = string.Join("\u0001", [source.FullPath, source.DateFormat, source.Delimiter, strict ? "s" : "l", .. requests.Select(r => $"{r.Name}={r.Headers[0]}:{r.Kind}")]);
        if (!cache.TryGetValue(key, out CsvColumns? columns))
        {
            columns = CsvColumnReader.Read(source.DisplayPath, requests, new CsvOptions { DateFormat = source.DateFormat, Delimiter = source.Delimiter, Strict = strict });
            cache[key] = columns;
        }

        return columns;
    }

    private static CaseResult Compare(VerifyCase c, double[] actual, string? note, double seconds)
    {
        if (actual.Length != c.Expected.Length)
        {
            string message = string.Create(CultureInfo.InvariantCulture, $"expected {c.Expected.Length} values, computed {actual.Length} ({c.Entry.Shape.Long()}).");
            return new CaseResult(c, Outcome.Failed, actual, null, message, note, seconds);
        }

        double largest = 0;
        int firstBad = -1;
        for (int i = 0; i < actual.Length; i++)
        {
            bool ok = WithinTolerance(c.Expected[i], actual[i], c.Tolerance, c.RelativeTolerance);
            if (ok && double.IsFinite(c.Expected[i]))
            {
                largest = Math.Max(largest, Math.Abs(actual[i] - c.Expected[i]));   // NaN pairs and equal infinities agree exactly
            }

            if (!ok && firstBad < 0)
            {
                firstBad = i;
            }
        }

        if (firstBad < 0)
        {
            return new CaseResult(c, Outcome.Passed, actual, largest, null, note, seconds);
        }

        string at = c.ExpectedIsArray ? string.Create(CultureInfo.InvariantCulture, $"value [{firstBad}] ({c.Entry.Shape.Long()}): ") : "";
        string tolerance = c.RelativeTolerance > 0 ? $"tolerance {Format(c.Tolerance)} or relative {Format(c.RelativeTolerance)}" : $"tolerance {Format(c.Tolerance)}";
        double badDifference = Difference(c.Expected[firstBad], actual[firstBad]);
        string failure = double.IsFinite(c.Expected[firstBad]) && double.IsFinite(actual[firstBad])
            ? $"{at}expected {Format(c.Expected[firstBad])}, computed {Format(actual[firstBad])}, difference {Format(badDifference)} exceeds {tolerance}."
            : $"{at}expected {Format(c.Expected[firstBad])}, computed {Format(actual[firstBad])}; NaN matches only NaN and an infinity only the same infinity, whatever the tolerance.";
        return new CaseResult(c, Outcome.Failed, actual, badDifference, failure, note, seconds, firstBad);
    }

    /// <summary>|actual - expected| as the report shows it: 0 for equal values (equal infinities too), NaN when either is NaN, Infinity when only one is infinite.</summary>
    private static double Difference(double expected, double actual) => expected == actual ? 0 : Math.Abs(actual - expected);

    private static CaseResult Error(VerifyCase c, string message, Stopwatch clock) =>
        new(c, Outcome.Error, null, null, message, null, clock.Elapsed.TotalSeconds);
}
