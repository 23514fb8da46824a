using System;
using System.Globalization;

namespace CrmKpi.Samples;

/// <summary>A data file that is missing or cannot be read; the message names the file and, where known, the line.</summary>
public sealed class DataFileException : Exception
{
    public DataFileException()
    {
    }

    public DataFileException(string message)
        : base(message)
    {
    }

    public DataFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A problem at one line of a file.</summary>
    public static DataFileException At(string path, int line, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: {problem}"));
}
