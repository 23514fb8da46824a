using System;
using System.Globalization;
using System.IO;
using System.Text;
using CrmKpi.Data;
using NodaTime;

namespace CrmKpi.Cli.Data;

/// <summary>
/// What every CSV-reading command shares: the file or standard input (<c>-</c>), the read options from
/// the command line (delimiter, encoding, culture, date format, time zone, strictness), and the
/// readers' errors as one line each.
/// </summary>
internal static class CsvInput
{
    /// <summary>The path that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The reader options for <paramref name="options"/>, with a clear error for a bad delimiter, encoding, culture or zone.</summary>
    public static CsvReadOptions ReadOptions(CsvOptions options, Action<double>? progress) => Apply(new CsvReadOptions(), options, progress);

    /// <summary>The transaction reader options: <see cref="ReadOptions"/> plus columns, refunds and time zone.</summary>
    public static TransactionCsvOptions TransactionOptions(CsvOptions options, Action<double>? progress) => Apply(new TransactionCsvOptions(), options, progress);

    /// <summary>A reader's own options (<see cref="CallCsvOptions"/>, <see cref="SurveyCsvOptions"/>, ...) with the CSV settings of the command line applied.</summary>
    public static T ReaderOptions<T>(T read, CsvOptions options, Action<double>? progress)
        where T : CsvReadOptions => Apply(read, options, progress);

    /// <summary>
    /// Opens the file (or standard input) and runs <paramref name="read"/> on it, turning the readers'
    /// and the file system's errors into <see cref="CliException"/>s of one line.
    /// </summary>
    public static T Open<T>(string path, CsvOptions options, Func<Stream, T> read)
    {
        try
        {
            if (path == StandardInput)
            {
                using Stream input = Console.OpenStandardInput();
                return read(input);
            }

            if (Directory.Exists(path))
            {
                throw new CliException($"{path}: is a directory, not a CSV file.");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return read(stream);
        }
        catch (CsvDataException e)
        {
            string message = e.Message.EndsWith('.') || e.Message.EndsWith('?') ? e.Message : e.Message + ".";
            throw new CliException(message + (options.Strict && e.Line > 1 && e.Problem.Contains(" in column ", StringComparison.Ordinal) ? " (--strict false skips such rows)" : ""));
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{path}: file not found.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"{path}: file not found.");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: {e.Message}");
        }
    }

    /// <summary>The delimiter option's character: one character, or <c>tab</c>.</summary>
    public static char Delimiter(string text)
    {
        char separator = text.Equals("tab", StringComparison.OrdinalIgnoreCase) || text == "\\t" ? '\t'
            : text.Length == 1 ? text[0]
            : throw new CliException($"--delimiter '{Printable(text)}' must be one character (or 'tab').");
        try
        {
            return CsvReadOptions.CheckSeparator(separator);
        }
        catch (ArgumentOutOfRangeException e)
        {
            string reason = e.Message.Split('\n')[0];
            int parameter = reason.IndexOf(" (Parameter ", StringComparison.Ordinal);
            throw new CliException($"--delimiter '{Printable(text)}': {(parameter >= 0 ? reason[..parameter] : reason).Trim()}");
        }
    }

    /// <summary>A strict encoding by name, or a clear error.</summary>
    public static Encoding Encoding(string name)
    {
        try
        {
            return CsvEncodings.FromName(name);
        }
        catch (ArgumentException)
        {
            throw new CliException($"--encoding '{Printable(name)}' is not an encoding; try utf-8, utf-16, latin1, windows-1252, gb18030 or gbk.");
        }
    }

    /// <summary>A culture by name (de-DE, fr-FR, zh-CN, invariant), or a clear error.</summary>
    public static CultureInfo Culture(string name)
    {
        if (name.Length == 0 || name.Equals("invariant", StringComparison.OrdinalIgnoreCase))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new CliException($"--culture '{Printable(name)}' is not a culture this machine knows; use a name such as de-DE, fr-FR, zh-CN or en-US.");
        }
    }

    /// <summary>A tzdb time zone by id, or a clear error.</summary>
    public static DateTimeZone TimeZone(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
        ?? throw new CliException($"--time-zone '{Printable(id)}' is not a tzdb time zone; use an id such as Europe/Berlin, Asia/Shanghai or America/New_York.");

    private static T Apply<T>(T read, CsvOptions options, Action<double>? progress)
        where T : CsvReadOptions => read with
        {
            Separator = Delimiter(options.Delimiter),
            Encoding = options.Encoding is null ? null : Encoding(options.Encoding),
            Culture = options.Culture is null ? CultureInfo.InvariantCulture : Culture(options.Culture),
            DateFormat = options.DateFormat == "yyyy-MM-dd" ? null : DateFormat(options.DateFormat),
            TimeZone = options.TimeZone is null ? null : TimeZone(options.TimeZone),
            AllowCurrencySymbol = options.AllowCurrency,
            Lenient = !options.Strict,
            Progress = progress is null ? null : new Progress(progress),
        };

    private static string DateFormat(string format)
    {
        try
        {
            _ = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture(format);
            return format;
        }
        catch (NodaTime.Text.InvalidPatternException)
        {
            try
            {
                _ = NodaTime.Text.OffsetDateTimePattern.CreateWithInvariantCulture(format);
                return format;
            }
            catch (NodaTime.Text.InvalidPatternException e)
            {
                throw new CliException($"--date-format '{Printable(format)}' is not a date pattern: {e.Message.Split('\n')[0]}");
            }
        }
    }

    // A value for a message: control characters escaped, at most 200 characters.
    private static string Printable(string text)
    {
        var s = new StringBuilder();
        foreach (char c in text.Length > 200 ? text[..200] : text)
        {
            s.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return text.Length > 200 ? s + "..." : s.ToString();
    }

    // Synchronous progress: the reader reports on its own thread.
    private sealed class Progress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
