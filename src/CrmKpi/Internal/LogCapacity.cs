using System;

namespace CrmKpi.Internal;

/// <summary>How the log builders grow their column arrays: by half, from at least 1024 rows, up to <see cref="Array.MaxLength"/>.</summary>
internal static class LogCapacity
{
    /// <summary>The next capacity after <paramref name="current"/> rows are full.</summary>
    /// <param name="current">The current capacity (all of it used).</param>
    /// <param name="what">What the log holds, for the message when it is full ("call log", ...).</param>
    /// <exception cref="InvalidOperationException">The arrays already hold <see cref="Array.MaxLength"/> rows.</exception>
    public static int Next(int current, string what)
    {
        if (current >= Array.MaxLength)
        {
            throw new InvalidOperationException($"A {what} holds at most {Array.MaxLength} rows.");
        }

        // By half rather than double: the columns of a large file are most of the process's memory.
        return (int)Math.Min(Array.MaxLength, Math.Max(1024L, current + ((long)current >> 1)));
    }
}
