using System;
using System.IO;
using System.Text;

namespace CrmKpi.Cli.Output;

/// <summary>
/// Standard output that says so when it cannot be written (a full disk, a closed pipe): every write
/// failure becomes a <see cref="StandardOutputException"/>, which the command reports as one line
/// rather than as a failure to read or write some file.
/// </summary>
internal sealed class StandardOutputWriter(TextWriter inner) : TextWriter
{
    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value) => Guard(() => inner.Write(value));

    /// <inheritdoc/>
    public override void Write(string? value) => Guard(() => inner.Write(value));

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    /// <inheritdoc/>
    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    /// <inheritdoc/>
    public override void Flush() => Guard(inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new StandardOutputException(e.Message, e);
        }
    }
}

/// <summary>Standard output could not be written.</summary>
internal sealed class StandardOutputException : IOException
{
    public StandardOutputException()
    {
    }

    public StandardOutputException(string message)
        : base(message)
    {
    }

    public StandardOutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
