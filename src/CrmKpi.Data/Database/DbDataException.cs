using System;

namespace CrmKpi.Data.Database;

/// <summary>
/// A value in a database result set that cannot be read as asked, or a result set without the columns
/// asked for. The message names the row (1-based, in the order the reader returned them) and the column.
/// </summary>
public sealed class DbDataException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public DbDataException()
        : this("the database result cannot be read")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public DbDataException(string message)
        : base(message)
    {
        Column = string.Empty;
        Problem = message;
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DbDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Column = string.Empty;
        Problem = message;
    }

    /// <summary>Creates an exception for a value: the message is <c>row R, column 'C': problem</c>.</summary>
    /// <param name="row">The 1-based row; 0 for a problem with the columns themselves.</param>
    /// <param name="column">The column's name.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public DbDataException(long row, string column, string problem, Exception? innerException = null)
        : base(row > 0 ? $"row {row}, column '{column}': {problem}" : problem, innerException)
    {
        Row = row;
        Column = column;
        Problem = problem;
    }

    /// <summary>The 1-based row; 0 when the problem is with the columns.</summary>
    public long Row { get; }

    /// <summary>The column's name; empty when none is concerned.</summary>
    public string Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
