using System;
using System.Globalization;

namespace CrmKpi.Data;

/// <summary>
/// A file that cannot be read as asked: a value that does not parse, a row with the wrong number of
/// fields, bytes that are not valid in the encoding, a quote that is never closed, a record longer
/// than the limit. The message starts with <c>file:line:column:</c>.
/// </summary>
/// <remarks>
/// <see cref="Column"/> is the 1-based field (CSV column) for a problem with a value or a header; for a
/// problem with the file's structure (encoding, quotes, record length) it is the 1-based character
/// position within the line. It is 0 when no column applies.
/// </remarks>
public sealed class CsvDataException : Exception
{
    /// <summary>Creates an exception with a message and no location.</summary>
    public CsvDataException()
        : this("The CSV data cannot be read.")
    {
    }

    /// <summary>Creates an exception with a message and no location.</summary>
    /// <param name="message">What is wrong.</param>
    public CsvDataException(string message)
        : base(message)
    {
        File = "";
        Problem = message;
    }

    /// <summary>Creates an exception with a message, no location and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CsvDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "";
        Problem = message;
    }

    /// <summary>Creates an exception for a place in a file.</summary>
    /// <param name="file">The file's name as the user gave it.</param>
    /// <param name="line">The 1-based line; 0 when none applies.</param>
    /// <param name="column">The 1-based field or character (see the remarks); 0 when none applies.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    /// <param name="innerException">The cause, or null.</param>
    public CsvDataException(string file, long line, int column, string problem, Exception? innerException = null)
        : base(Location(file, line, column) + ": " + problem, innerException)
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file's name as the user gave it (<c>-</c> for standard input).</summary>
    public string File { get; }

    /// <summary>The 1-based line; 0 when none applies.</summary>
    public long Line { get; }

    /// <summary>The 1-based field or character position (see the remarks); 0 when none applies.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary><c>file:line:column</c>, leaving out the parts that are 0.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">The line, or 0.</param>
    /// <param name="column">The column, or 0.</param>
    /// <returns>The location text.</returns>
    public static string Location(string file, long line, int column) =>
        line <= 0 ? file
        : column <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}")
        : string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}");
}
