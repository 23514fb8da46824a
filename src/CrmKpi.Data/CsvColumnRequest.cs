using System;
using System.Collections.Generic;

namespace CrmKpi.Data;

/// <summary>One column to read into a <see cref="CsvTable"/>.</summary>
public sealed record CsvColumnRequest
{
    /// <summary>Asks for a column.</summary>
    /// <param name="name">The name the caller uses for it (the key in the table).</param>
    /// <param name="headers">The header names to look for, tried in order; one for a name the user gave, several aliases for a default. <c>#3</c> picks the third column.</param>
    /// <param name="kind">The values it holds.</param>
    /// <param name="optional">Whether a file without it is accepted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="headers"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="headers"/> is empty.</exception>
    public CsvColumnRequest(string name, IReadOnlyList<string> headers, CsvColumnKind kind, bool optional = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.Count == 0)
        {
            throw new ArgumentException("At least one header name is needed.", nameof(headers));
        }

        Name = name;
        Headers = headers;
        Kind = kind;
        Optional = optional;
    }

    /// <summary>The name the caller uses for the column.</summary>
    public string Name { get; }

    /// <summary>The header names looked for, in order.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The values the column holds.</summary>
    public CsvColumnKind Kind { get; }

    /// <summary>Whether a file without the column is accepted.</summary>
    public bool Optional { get; }

    /// <summary>
    /// A reader's check of each value of a column of numbers or counts once parsed: given the value and the
    /// <c>in column '...'</c> text, the problem (an error naming the file, line and column; the row skipped and
    /// counted when lenient), or null for a usable value. Null: every parsed value is usable.
    /// </summary>
    internal Func<double, string, string?>? Check { get; init; }
}
