using System;
using System.Collections.Generic;

namespace CrmKpi.Data;

/// <summary>
/// How to read a transaction export: the CSV options, the columns (by header name, or found among the
/// names common CRM exports use) and the refund policy.
/// </summary>
public sealed record TransactionCsvOptions : CsvReadOptions
{
    private readonly int _maxDegreeOfParallelism = -1;

    /// <summary>The headers tried for the customer column when <see cref="CustomerColumn"/> is null.</summary>
    public static IReadOnlyList<string> CustomerAliases { get; } = ["customer_id", "customer", "customerid", "client_id", "contact_id", "account_id"];

    /// <summary>The headers tried for the date column when <see cref="DateColumn"/> is null.</summary>
    public static IReadOnlyList<string> DateAliases { get; } = ["order_date", "date", "transaction_date", "invoice_date", "purchase_date", "created_at"];

    /// <summary>The headers tried for the amount column when <see cref="AmountColumn"/> is null.</summary>
    public static IReadOnlyList<string> AmountAliases { get; } = ["amount", "total", "order_total", "revenue", "sales", "dollar_value", "value"];

    /// <summary>The headers tried for the optional quantity column when <see cref="QuantityColumn"/> is null.</summary>
    public static IReadOnlyList<string> QuantityAliases { get; } = ["quantity", "items", "qty", "item_count", "number_of_cds"];

    /// <summary>
    /// The header of the customer id column; null to find it among <see cref="CustomerAliases"/>. Every
    /// column option also takes a 1-based position such as <c>#3</c>, the way to choose between two
    /// columns with the same header (a duplicated header is otherwise an error).
    /// </summary>
    public string? CustomerColumn { get; init; }

    /// <summary>The header of the date column; null to find it among <see cref="DateAliases"/>.</summary>
    public string? DateColumn { get; init; }

    /// <summary>The header of the amount column; null to find it among <see cref="AmountAliases"/>.</summary>
    public string? AmountColumn { get; init; }

    /// <summary>
    /// The header of the quantity column (then required); null to use one of <see cref="QuantityAliases"/>
    /// when the file has it. The log has item counts exactly when a quantity column is read.
    /// </summary>
    public string? QuantityColumn { get; init; }

    /// <summary>Whether to read a quantity column at all; default true. False leaves item counts out even when the file has them.</summary>
    public bool ReadQuantity { get; init; } = true;

    /// <summary>
    /// The name of the export preset these options come from (<see cref="ExportPreset.ToOptions"/>), or
    /// null. With a name, a header that lacks some of the named columns is one error that lists every
    /// missing column and the header the file has.
    /// </summary>
    public string? PresetName { get; init; }

    /// <summary>What to do with negative amounts; default <see cref="RefundPolicy.Keep"/>.</summary>
    public RefundPolicy Refunds { get; init; } = RefundPolicy.Keep;

    /// <summary>
    /// How many threads the read may use: 1 reads on the calling thread only; -1 (the default) lets the
    /// reader use a second thread when the machine has more than one processor and the input is larger
    /// than 1 MB or of unknown length; 2 or more use a second thread whenever the machine has more than one
    /// processor. A second thread maps the customer keys and appends the rows while the calling thread
    /// parses the next ones; the result is the same log either way (the same rows and the same customer
    /// indexes, in order of first appearance), and problems are reported on the calling thread in line order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is 0 or below -1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value is -1 or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDegreeOfParallelism must be -1 (automatic) or at least 1.");
    }

    /// <summary>Whether a read of <paramref name="length"/> bytes (-1: unknown) uses a second thread.</summary>
    internal bool UsesTwoThreads(long length) =>
        Environment.ProcessorCount > 1 && MaxDegreeOfParallelism != 1
        && (MaxDegreeOfParallelism > 1 || length < 0 || length > 1 << 20);
}
