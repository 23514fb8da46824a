using NodaTime;

namespace CrmKpi.Data.Columnar;

/// <summary>
/// How to read a transaction log from columnar data (Parquet, Arrow): the columns (by name, or found among the names
/// <see cref="TransactionCsvOptions"/> lists), the time zone of timestamps, the refund policy and what to
/// do with nulls.
/// </summary>
public sealed record ColumnarTransactionOptions
{
    /// <summary>The customer id column (text, or whole numbers); null to find it among <see cref="TransactionCsvOptions.CustomerAliases"/>.</summary>
    public string? CustomerColumn { get; init; }

    /// <summary>The date column (DATE, or a TIMESTAMP of any unit); null to find it among <see cref="TransactionCsvOptions.DateAliases"/>.</summary>
    public string? DateColumn { get; init; }

    /// <summary>The amount column (double, float, decimal or whole numbers); null to find it among <see cref="TransactionCsvOptions.AmountAliases"/>.</summary>
    public string? AmountColumn { get; init; }

    /// <summary>The quantity column (then required); null to use one of <see cref="TransactionCsvOptions.QuantityAliases"/> when present.</summary>
    public string? QuantityColumn { get; init; }

    /// <summary>Whether to read a quantity column at all; default true.</summary>
    public bool ReadQuantity { get; init; } = true;

    /// <summary>
    /// The zone in which a timestamp stored as UTC (<c>isAdjustedToUTC</c>) gets its date; null (the default)
    /// takes the UTC date. A local timestamp (not adjusted to UTC) and a DATE are always the date written.
    /// </summary>
    public DateTimeZone? TimeZone { get; init; }

    /// <summary>What to do with negative amounts; default <see cref="RefundPolicy.Keep"/>.</summary>
    public RefundPolicy Refunds { get; init; } = RefundPolicy.Keep;

    /// <summary>
    /// False (the default): a null in a column read is an error naming its row and column. True: rows with a
    /// null are skipped and counted (<see cref="ColumnarReadResult.SkippedRows"/>).
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>False sends every Parquet column through Parquet.Net instead of CrmKpi's page decoder (tests compare the two on the same files).</summary>
    internal bool DecodePagesDirectly { get; init; } = true;
}
