using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace CrmKpi.Data;

/// <summary>
/// Reads a call log export (one row per call attempt: seconds waited, talked, on hold and in after-call
/// work, the abandoned flag and optionally the blocked flag) into a <see cref="CallLog"/>, with the
/// quirks, errors and lenient mode of every CrmKpi.Data CSV reader (<see cref="CsvTableReader"/>). A negative
/// duration is an error naming the file, line and column (the row skipped and counted when lenient).
/// </summary>
public static class CallCsv
{
    /// <summary>Reads a file into a log: the one-call form.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="CsvDataException">A column is missing or (strict) a value cannot be used; the message names the file, line and column.</exception>
    public static CallLog Load(string path, CallCsvOptions? options = null) => Read(path, options).Log;

    /// <summary>Reads a file into a log, with the account of skipped and blank rows.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The log and the account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="CsvDataException">A column is missing or (strict) a value cannot be used.</exception>
    public static CsvReadResult<CallLog> Read(string path, CallCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(stream, path, options);
    }

    /// <summary>Reads a stream into a log.</summary>
    /// <param name="stream">The bytes of the CSV file; not closed.</param>
    /// <param name="name">The name to give in messages.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The log and the account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="CsvDataException">A column is missing or (strict) a value cannot be used.</exception>
    public static CsvReadResult<CallLog> Read(Stream stream, string name, CallCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        options ??= new CallCsvOptions();
        CsvColumnRequest[] requests =
        [
            Request("wait", options.WaitColumn, CallCsvOptions.WaitAliases, CsvColumnKind.Number),
            Request("talk", options.TalkColumn, CallCsvOptions.TalkAliases, CsvColumnKind.Number),
            Request("hold", options.HoldColumn, CallCsvOptions.HoldAliases, CsvColumnKind.Number),
            Request("acw", options.AfterCallWorkColumn, CallCsvOptions.AfterCallWorkAliases, CsvColumnKind.Number),
            Request("abandoned", options.AbandonedColumn, CallCsvOptions.AbandonedAliases, CsvColumnKind.Flag),
            new CsvColumnRequest("blocked", options.BlockedColumn is null ? CallCsvOptions.BlockedAliases : [options.BlockedColumn], CsvColumnKind.Flag, optional: options.BlockedColumn is null),
        ];
        CsvTable table = CsvTableReader.Read(stream, name, requests, options);
        double[] wait = table.Numbers("wait");
        var log = new CallLog(
            wait,
            table.Numbers("talk"),
            table.Numbers("hold"),
            table.Numbers("acw"),
            table.Flags("abandoned"),
            table.Has("blocked") ? table.Flags("blocked") : new bool[wait.Length],
            wait.Length);
        return new CsvReadResult<CallLog>(log, table.File, table.DataRows, table.SkippedRows, table.SkippedExamples, table.BlankLines, 0);
    }

    private static CsvColumnRequest Request(string name, string? header, IReadOnlyList<string> aliases, CsvColumnKind kind) =>
        new(name, header is null ? aliases : [header], kind)
        {
            Check = kind == CsvColumnKind.Number ? NotNegative : null,
        };

    // A duration of a call is never negative (CallColumns): an error with the file, line and column, not a row for the calculators to reject.
    private static string? NotNegative(double seconds, string inColumn) =>
        seconds >= 0 ? null : string.Create(CultureInfo.InvariantCulture, $"negative time {seconds} {inColumn}: seconds waited, talked, on hold or in after-call work are never negative");
}
