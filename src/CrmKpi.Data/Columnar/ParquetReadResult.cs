namespace CrmKpi.Data.Columnar;

/// <summary>What a Parquet read gave: the log, the rows read and skipped, and the columns used.</summary>
public sealed class ParquetReadResult
{
    internal ParquetReadResult(TransactionLog log, long rows, long skippedRows, long nettedRows, int rowGroups, string customerColumn, string dateColumn, string amountColumn, string? quantityColumn)
    {
        Log = log;
        Rows = rows;
        SkippedRows = skippedRows;
        NettedRows = nettedRows;
        RowGroups = rowGroups;
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

    /// <summary>The row groups of the file.</summary>
    public int RowGroups { get; }

    /// <summary>The customer column used.</summary>
    public string CustomerColumn { get; }

    /// <summary>The date column used.</summary>
    public string DateColumn { get; }

    /// <summary>The amount column used.</summary>
    public string AmountColumn { get; }

    /// <summary>The quantity column used, or null when none was read.</summary>
    public string? QuantityColumn { get; }
}
