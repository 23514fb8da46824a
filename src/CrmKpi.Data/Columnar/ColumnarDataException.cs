using System;

namespace CrmKpi.Data.Columnar;

/// <summary>
/// A columnar file (Parquet) cannot be read as asked: a column is missing or of a type the reader does not
/// take, or a value is null, not finite or outside the calendar. The message names the file, the row
/// (1-based, over the whole file) and the column.
/// </summary>
public sealed class ColumnarDataException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public ColumnarDataException()
        : this("the columnar file cannot be read")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ColumnarDataException(string message)
        : base(message)
    {
        File = string.Empty;
        Column = string.Empty;
        Problem = message;
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ColumnarDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Column = string.Empty;
        Problem = message;
    }

    /// <summary>Creates an exception for a problem at a row and column of a file.</summary>
    /// <param name="file">The file's name as given to the reader.</param>
    /// <param name="row">The 1-based row over the whole file; 0 when the problem is not one row's (a missing column).</param>
    /// <param name="column">The column's name; empty when no single column is at fault.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ColumnarDataException(string file, long row, string column, string problem, Exception? innerException = null)
        : base(row > 0 ? $"{file}: row {row}, column '{column}': {problem}" : $"{file}: {problem}", innerException)
    {
        File = file;
        Row = row;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file's name as given to the reader.</summary>
    public string File { get; }

    /// <summary>The 1-based row over the whole file; 0 when the problem is not one row's.</summary>
    public long Row { get; }

    /// <summary>The column's name; empty when no single column is at fault.</summary>
    public string Column { get; }

    /// <summary>What is wrong, without the file, row and column.</summary>
    public string Problem { get; }
}
