using System;
using System.Globalization;

namespace CrmKpi.Cli;

/// <summary>
/// Bad input the user can fix: a missing file, a malformed value, an unknown metric or column. The
/// message is one line that names the file and, where known, the line and column; the command prints
/// it without a stack trace and exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException()
    {
    }

    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An error at a place in a file: <c>file:line:column: message</c> (column 0 leaves it out).</summary>
    public static CliException At(string file, long line, long column, string message) =>
        new(Location(file, line, column) + ": " + message);

    /// <summary>The <c>file:line:column</c> prefix of an error (line or column 0 is left out).</summary>
    public static string Location(string file, long line, long column) =>
        line <= 0 ? file
        : column <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}")
        : string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}");
}

/// <summary>The process exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success; for verify, every case passed.</summary>
    public const int Success = 0;

    /// <summary>verify: at least one case computed a value outside its tolerance.</summary>
    public const int Failed = 1;

    /// <summary>Bad input: usage, a missing or malformed file, an unknown metric or column, rejected values, an output that cannot be written.</summary>
    public const int BadInput = 2;

    /// <summary>An unexpected failure inside crmkpi (a bug): one line <c>crmkpi: internal error: ...</c>, never a stack trace.</summary>
    public const int InternalError = 3;
}
