using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace CrmKpi.Data;

/// <summary>
/// The layout of one system's standard transaction export: the headers of its customer, date, amount
/// and (optional) quantity columns, its date pattern, the time zone its timestamps are dated in, the
/// culture of its numbers and its separator. <see cref="ToOptions"/> turns it into reader options, so
/// <c>TransactionCsv.Load(path, Presets.ShopifyOrders)</c> reads such an export as it comes.
/// </summary>
public sealed record ExportPreset
{
    /// <summary>Creates a preset; the columns are checked at once, the formats by <see cref="ToOptions"/>.</summary>
    /// <param name="name">The preset's name, such as <c>shopify-orders</c>: letters, digits and hyphens.</param>
    /// <param name="customerColumn">The header of the customer id column.</param>
    /// <param name="dateColumn">The header of the date column.</param>
    /// <param name="amountColumn">The header of the amount column.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or has characters other than letters, digits and hyphens, or a column header is empty or blank.</exception>
    public ExportPreset(string name, string customerColumn, string dateColumn, string amountColumn)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || !name.AsSpan().ContainsAnyExcept(Hyphen) || name.AsSpan().IndexOfAnyExcept(NameChars) >= 0)
        {
            throw new ArgumentException($"The preset name '{name}' must be letters, digits and hyphens.", nameof(name));
        }

        Name = name;
        CustomerColumn = Header(customerColumn, nameof(customerColumn));
        DateColumn = Header(dateColumn, nameof(dateColumn));
        AmountColumn = Header(amountColumn, nameof(amountColumn));
    }

    /// <summary>The preset's name (<c>shopify-orders</c>), as given to <c>--preset</c>.</summary>
    public string Name { get; }

    /// <summary>The header of the customer id column.</summary>
    public string CustomerColumn { get; }

    /// <summary>The header of the date column.</summary>
    public string DateColumn { get; }

    /// <summary>The header of the amount column.</summary>
    public string AmountColumn { get; }

    /// <summary>The header of the quantity column, or null when the export has none (the log then has no item counts).</summary>
    public string? QuantityColumn { get; init; }

    /// <summary>A NodaTime pattern for the date column, or null for ISO dates and timestamps (see <see cref="CsvReadOptions.DateFormat"/>).</summary>
    public string? DateFormat { get; init; }

    /// <summary>The tzdb id of the zone a timestamp with an offset is dated in (<c>Asia/Shanghai</c>), or null for the date as written.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>The culture the amounts are written in (<c>zh-CN</c>), or null for the invariant culture.</summary>
    public string? CultureName { get; init; }

    /// <summary>Whether the amounts may carry a currency symbol; default false.</summary>
    public bool AllowCurrencySymbol { get; init; }

    /// <summary>The field separator; default <c>,</c>.</summary>
    public char Separator { get; init; } = ',';

    /// <summary>One line on what the export is and how to produce it.</summary>
    public string Description { get; init; } = "";

    /// <summary>Where the column names come from (the vendor's documentation), or empty for a user's preset.</summary>
    public string Source { get; init; } = "";

    /// <summary>The columns the preset reads, in the order customer, date, amount, quantity (when there is one).</summary>
    public IReadOnlyList<string> Columns => QuantityColumn is null ? [CustomerColumn, DateColumn, AmountColumn] : [CustomerColumn, DateColumn, AmountColumn, QuantityColumn];

    /// <summary>
    /// The reader options for the export: its columns (the quantity column required when the preset has
    /// one, left out otherwise), date pattern, zone, culture and separator. Further options (encoding,
    /// refunds, lenient) can be set on the result with <c>with</c>.
    /// </summary>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">The date pattern is not a valid NodaTime pattern, the time zone is not a tzdb id, the culture is unknown, or the separator cannot be used; the message names the preset.</exception>
    public TransactionCsvOptions ToOptions()
    {
        DateTimeZone? zone = null;
        if (TimeZoneId is not null)
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId)
                ?? throw new ArgumentException($"Preset '{Name}': '{TimeZoneId}' is not a tzdb time zone id (such as Europe/Berlin).", nameof(TimeZoneId));
        }

        CultureInfo culture;
        try
        {
            culture = CultureName is null ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(CultureName, predefinedOnly: true);
        }
        catch (CultureNotFoundException e)
        {
            throw new ArgumentException($"Preset '{Name}': '{CultureName}' is not a known culture (such as de-DE).", nameof(CultureName), e);
        }

        if (DateFormat is not null)
        {
            try
            {
                _ = new Internal.DateParser(DateFormat, zone);
            }
            catch (NodaTime.Text.InvalidPatternException e)
            {
                throw new ArgumentException($"Preset '{Name}': '{DateFormat}' is not a valid NodaTime date pattern: {e.Message}", nameof(DateFormat), e);
            }
        }

        char separator;
        try
        {
            separator = CsvReadOptions.CheckSeparator(Separator);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ArgumentException($"Preset '{Name}': {e.Message}", nameof(Separator), e);
        }

        return new TransactionCsvOptions
        {
            CustomerColumn = CustomerColumn,
            DateColumn = DateColumn,
            AmountColumn = AmountColumn,
            QuantityColumn = QuantityColumn,
            ReadQuantity = QuantityColumn is not null,
            DateFormat = DateFormat,
            TimeZone = zone,
            Culture = culture,
            AllowCurrencySymbol = AllowCurrencySymbol,
            Separator = separator,
            PresetName = Name,
        };
    }

    /// <summary>The reader options of a preset (<see cref="ToOptions"/>), so <c>TransactionCsv.Load(path, Presets.ShopifyOrders)</c> reads such an export.</summary>
    /// <param name="preset">The preset.</param>
    /// <returns>Its options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="preset"/> is null.</exception>
    /// <exception cref="ArgumentException">The preset's date pattern, time zone, culture or separator cannot be used.</exception>
    public static implicit operator TransactionCsvOptions(ExportPreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        return preset.ToOptions();
    }

    private static readonly System.Buffers.SearchValues<char> NameChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    private static readonly System.Buffers.SearchValues<char> Hyphen = System.Buffers.SearchValues.Create("-");

    private static string Header(string header, string parameter)
    {
        ArgumentNullException.ThrowIfNull(header, parameter);
        return string.IsNullOrWhiteSpace(header)
            ? throw new ArgumentException($"A preset's column header cannot be empty or blank ('{header}').", parameter)
            : header;
    }
}
