namespace CrmKpi.Data.Database;

/// <summary>What <see cref="TransactionDb.Read(System.Data.Common.DbDataReader, TransactionDbOptions?)"/> read.</summary>
public sealed class DbReadResult
{
    internal DbReadResult(TransactionLog log, long rows, long nettedRows, string customerColumn, string dateColumn, string amountColumn, string? quantityColumn)
    {
        Log = log;
        Rows = rows;
        NettedRows = nettedRows;
        CustomerColumn = customerColumn;
        DateColumn = dateColumn;
        AmountColumn = amountColumn;
        QuantityColumn = quantityColumn;
    }

    /// <summary>The log: every row, in the order read (refund days merged under <see cref="RefundPolicy.NetPerCustomerDay"/>).</summary>
    public TransactionLog Log { get; }

    /// <summary>The rows the result set returned.</summary>
    public long Rows { get; }

    /// <summary>Rows merged into another row of their customer-day by <see cref="RefundPolicy.NetPerCustomerDay"/>.</summary>
    public long NettedRows { get; }

    /// <summary>The name of the column read as the customer id.</summary>
    public string CustomerColumn { get; }

    /// <summary>The name of the column read as the date.</summary>
    public string DateColumn { get; }

    /// <summary>The name of the column read as the amount.</summary>
    public string AmountColumn { get; }

    /// <summary>The name of the column read as the quantity; null when none was read.</summary>
    public string? QuantityColumn { get; }
}
