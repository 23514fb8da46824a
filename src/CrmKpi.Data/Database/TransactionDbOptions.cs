using NodaTime;

namespace CrmKpi.Data.Database;

/// <summary>
/// How to read transactions from a database result set: the columns by name (matched without regard to
/// case; null finds them among the names of <see cref="TransactionCsvOptions"/>), how to read text dates,
/// which time zone turns instants into dates, and the refund policy.
/// </summary>
public sealed record TransactionDbOptions
{
    /// <summary>The name of the customer id column; null to find it among <see cref="TransactionCsvOptions.CustomerAliases"/>.</summary>
    public string? CustomerColumn { get; init; }

    /// <summary>The name of the date column; null to find it among <see cref="TransactionCsvOptions.DateAliases"/>.</summary>
    public string? DateColumn { get; init; }

    /// <summary>The name of the amount column; null to find it among <see cref="TransactionCsvOptions.AmountAliases"/>.</summary>
    public string? AmountColumn { get; init; }

    /// <summary>
    /// The name of the quantity column (then required); null to use one of
    /// <see cref="TransactionCsvOptions.QuantityAliases"/> when the result has it.
    /// </summary>
    public string? QuantityColumn { get; init; }

    /// <summary>Whether to read a quantity column at all; default true.</summary>
    public bool ReadQuantity { get; init; } = true;

    /// <summary>
    /// A NodaTime pattern for dates stored as text (SQLite); null reads <c>yyyy-MM-dd</c> and ISO
    /// timestamps, as the CSV reader does.
    /// </summary>
    public string? DateFormat { get; init; }

    /// <summary>
    /// The zone whose calendar dates the instants are counted in: a <see cref="System.DateTimeOffset"/>, a
    /// <see cref="System.DateTime"/> of kind UTC, or a text timestamp with an offset. Null keeps the date
    /// as stored (the offset's own date for a <see cref="System.DateTimeOffset"/>).
    /// </summary>
    public DateTimeZone? TimeZone { get; init; }

    /// <summary>
    /// Whether a <see cref="System.DateTime"/> of unspecified kind is an instant in UTC (then taken in
    /// <see cref="TimeZone"/>) rather than a wall-clock time; default false. Set it for providers that return
    /// instants that way, such as DuckDB.NET for <c>TIMESTAMPTZ</c> when the session zone is UTC.
    /// </summary>
    public bool UnspecifiedTimestampsAreUtc { get; init; }

    /// <summary>What to do with negative amounts; default <see cref="RefundPolicy.Keep"/> (<see cref="RefundPolicy.Reject"/> throws).</summary>
    public RefundPolicy Refunds { get; init; } = RefundPolicy.Keep;
}
