namespace CrmKpi.Data.Columnar;

/// <summary>What a columnar read (Parquet, Arrow) gave: the log, the rows read and skipped, and the columns used.</summary>
public sealed class ColumnarReadResult
{
    internal ColumnarReadResult(TransactionLog log, long rows, long skippedRows, long nettedRows, int parts, string customerColumn, string dateColumn, string amountColumn, string? quantityColumn)
    {
        Log = log;
        Rows = rows;
        SkippedRows = skippedRows;
        NettedRows = nettedRows;
        Parts = parts;
        CustomerColumn = customerColumn;
        DateColumn = dateColumn;
        AmountColumn = amountColumn;
        QuantityColumn = quantityColumn;
    }

    /// <summary>The log of every usable row.</summary>
    public TransactionLog Log { get; }

    /// <summary>The rows of the file.</summary>
    public long Rows { get; }

    /// <summary>Rows left out for a null (lenient reads only).</summary>
    public long SkippedRows { get; }

    /// <summary>Rows merged into their customer-day's net (<see cref="RefundPolicy.NetPerCustomerDay"/>).</summary>
    public long NettedRows { get; }

    /// <summary>The parts read: the row groups of a Parquet file, the record batches of Arrow data.</summary>
    public int Parts { get; }

    /// <summary>The customer column used.</summary>
    public string CustomerColumn { get; }

    /// <summary>The date column used.</summary>
    public string DateColumn { get; }

    /// <summary>The amount column used.</summary>
    public string AmountColumn { get; }

    /// <summary>The quantity column used, or null when none was read.</summary>
    public string? QuantityColumn { get; }

    /// <summary>The Parquet column chunks decoded from their pages by CrmKpi rather than through Parquet.Net (tests check the path).</summary>
    internal int DirectChunks { get; set; }
}
