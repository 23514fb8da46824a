using System;
using System.Globalization;
using System.Text;
using NodaTime;

namespace CrmKpi.Data;

/// <summary>
/// How to read a CSV export: separator, encoding, culture of the numbers, date pattern and time zone,
/// strict or lenient, and the record-length limit. The defaults read RFC 4180 files in UTF-8 (with or
/// without a byte-order mark) with invariant numbers and ISO dates.
/// </summary>
public record CsvReadOptions
{
    private readonly char _separator = ',';
    private readonly int _maxRecordLength = 1 << 20;
    private readonly int _maxExamples = 5;

    /// <summary>
    /// The field separator: a tab or a printable ASCII character other than <c>"</c> and <c>#</c>;
    /// default <c>,</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is a quote, <c>#</c>, a line break, a control character or not ASCII.</exception>
    public char Separator
    {
        get => _separator;
        init => _separator = CheckSeparator(value);
    }

    /// <summary>
    /// The file's encoding; null (the default) for UTF-8. A byte-order mark of the encoding is skipped.
    /// Bytes that are not valid in it are an error with their line and character: use
    /// <see cref="CsvEncodings.Strict(Encoding)"/> or <see cref="CsvEncodings.FromName(string)"/> so an
    /// encoding does not replace them silently.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// The culture numbers are written in: its decimal separator, and its thousands separator between
    /// whole groups of digits. Default: the invariant culture (<c>1234.5</c>, <c>1,234.5</c>).
    /// </summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>Whether amounts may carry a currency symbol (the culture's, or $ € £ ¥) and accounting parentheses for negatives. Default false: a symbol is an error.</summary>
    public bool AllowCurrencySymbol { get; init; }

    /// <summary>
    /// A NodaTime pattern for the date column (<c>dd/MM/yyyy</c>, <c>yyyyMMdd</c>, <c>dd.MM.yyyy HH:mm</c>,
    /// <c>yyyy-MM-dd'T'HH:mm:sso&lt;G&gt;</c>, ...), or null (the default) for ISO dates and timestamps
    /// (<c>2024-01-02</c>, <c>2024-01-02 13:45:00</c>, <c>2024-01-02T13:45:00Z</c>, <c>...+08:00</c>).
    /// </summary>
    public string? DateFormat { get; init; }

    /// <summary>
    /// The time zone in which a timestamp with an offset (<c>Z</c>, <c>+08:00</c>) is given its date; null
    /// (the default) takes the date as written. A timestamp without an offset is always the date written.
    /// </summary>
    public DateTimeZone? TimeZone { get; init; }

    /// <summary>
    /// False (the default): the first unusable row stops the read with a <see cref="CsvDataException"/>.
    /// True: unusable rows are skipped, counted and reported with the first few examples, and every
    /// other row is read, including the rows after a quote that is never closed (the file is read again
    /// with that quote ignored and its line skipped; standard input cannot be read again, so there it is
    /// an error in both modes).
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>How many skipped rows a lenient read keeps as examples; default 5.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above 1000.</exception>
    public int MaxExamples
    {
        get => _maxExamples;
        init => _maxExamples = value is >= 0 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxExamples must be in [0, 1000].");
    }

    /// <summary>
    /// The most characters one record (a row, with the line breaks inside its quoted fields) may have;
    /// default 1,048,576. A longer record is an error naming its line: a file without line breaks or an
    /// unclosed quote fails at once, with memory bounded by about twice this limit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 16 or above 2^28.</exception>
    public int MaxRecordLength
    {
        get => _maxRecordLength;
        init => _maxRecordLength = value is >= 16 and <= 1 << 28 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxRecordLength must be in [16, 2^28].");
    }

    /// <summary>
    /// Whether the file is space-aligned text rather than CSV (such as CDNOW_master.txt): fields are
    /// separated by runs of spaces, spaces at the start and end of a line are ignored, and the
    /// separator is a space. Quoted fields are still read as quoted. Default false.
    /// </summary>
    public bool SpaceAligned { get; init; }

    /// <summary>Receives the fraction of the file read (0 to 1) now and then; null for none. Not called for a stream of unknown length.</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>Checks a separator: a tab or printable ASCII other than <c>"</c> and <c>#</c>.</summary>
    /// <param name="separator">The separator.</param>
    /// <returns>The separator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The separator cannot be used; the message says why.</exception>
    public static char CheckSeparator(char separator)
    {
        string? problem = separator switch
        {
            '"' => "a quote cannot be the separator: it encloses fields",
            '#' => "'#' cannot be the separator (the CSV parser reserves it)",
            '\n' or '\r' => "a line break cannot be the separator: it ends records",
            '\t' => null,
            < ' ' or (char)127 => "a control character cannot be the separator",
            > (char)127 => "the separator must be an ASCII character (a tab, or a printable character such as , ; | or a space)",
            _ => null,
        };
        return problem is null ? separator
            : throw new ArgumentOutOfRangeException(nameof(separator), separator, string.Create(CultureInfo.InvariantCulture, $"Separator U+{(int)separator:X4}: {problem}."));
    }
}
