using System.Collections.Generic;

namespace CrmKpi.Data;

/// <summary>What a reader read: the log, and an account of every row that is not in it.</summary>
/// <typeparam name="TLog">The log type.</typeparam>
public sealed class CsvReadResult<TLog>
    where TLog : class
{
    internal CsvReadResult(TLog log, string file, long dataRows, long skippedRows, IReadOnlyList<CsvDataException> skippedExamples, long blankLines, long nettedRows)
    {
        Log = log;
        File = file;
        DataRows = dataRows;
        SkippedRows = skippedRows;
        SkippedExamples = skippedExamples;
        BlankLines = blankLines;
        NettedRows = nettedRows;
    }

    /// <summary>The log of every usable row.</summary>
    public TLog Log { get; }

    /// <summary>The file's name as given.</summary>
    public string File { get; }

    /// <summary>The data rows in the file (not the header, not blank lines): read, netted or skipped.</summary>
    public long DataRows { get; }

    /// <summary>Rows skipped because they could not be used (lenient mode only; a strict read throws instead).</summary>
    public long SkippedRows { get; }

    /// <summary>The errors of the first few skipped rows (<see cref="CsvReadOptions.MaxExamples"/>), in file order.</summary>
    public IReadOnlyList<CsvDataException> SkippedExamples { get; }

    /// <summary>Lines that were empty (no characters at all): no data, so not rows.</summary>
    public long BlankLines { get; }

    /// <summary>
    /// Rows merged into another row by <see cref="RefundPolicy.NetPerCustomerDay"/>: the log has this many
    /// rows fewer than were read.
    /// </summary>
    public long NettedRows { get; }
}
