using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CrmKpi.Data;

/// <summary>
/// The built-in export presets (one per system's standard transaction export; docs/data.md cites where
/// each column name comes from) and the reader of a user's own preset file.
/// </summary>
public static class Presets
{
    /// <summary>Salesforce: an Opportunities report exported as CSV (details only), dates as an en_US user sees them.</summary>
    public static ExportPreset SalesforceOpportunities { get; } = new("salesforce-opportunities", "Account Name", "Close Date", "Amount")
    {
        DateFormat = "M/d/yyyy",
        Description = "Salesforce Opportunities report (CSV, details only; en_US dates M/d/yyyy)",
        Source = "Salesforce Opportunity standard fields: Account Name, Close Date, Amount",
    };

    /// <summary>Salesforce: an Orders report exported as CSV, dates as an en_US user sees them.</summary>
    public static ExportPreset SalesforceOrders { get; } = new("salesforce-orders", "Account Name", "Order Start Date", "Order Amount")
    {
        DateFormat = "M/d/yyyy",
        Description = "Salesforce Orders report (CSV; en_US dates M/d/yyyy)",
        Source = "Salesforce Order standard fields: Account Name, Order Start Date (EffectiveDate), Order Amount (TotalAmount)",
    };

    /// <summary>HubSpot: the deals export (CSV), with the associated company column.</summary>
    public static ExportPreset HubSpotDeals { get; } = new("hubspot-deals", "Associated Company", "Close Date", "Amount")
    {
        Description = "HubSpot deals export (CSV) with associations; Close Date as yyyy-MM-dd or yyyy-MM-dd HH:mm",
        Source = "HubSpot default deal properties: Close Date (closedate), Amount (amount); association column Associated Company",
    };

    /// <summary>Zoho CRM: the Deals module export (CSV).</summary>
    public static ExportPreset ZohoDeals { get; } = new("zoho-deals", "Account Name", "Closing Date", "Amount")
    {
        Description = "Zoho CRM Deals export (CSV; ISO dates)",
        Source = "Zoho CRM Deals standard fields: Account Name, Closing Date, Amount",
    };

    /// <summary>Zoho CRM: the Sales Orders module export (CSV).</summary>
    public static ExportPreset ZohoSalesOrders { get; } = new("zoho-sales-orders", "Account Name", "Created Time", "Grand Total")
    {
        Description = "Zoho CRM Sales Orders export (CSV; ISO timestamps)",
        Source = "Zoho CRM Sales Orders standard fields: Account Name, Created Time, Grand Total",
    };

    /// <summary>Fxiaoke (纷享销客): the 销售订单 (sales order) export, Chinese headers, in China time.</summary>
    public static ExportPreset FxiaokeSalesOrders { get; } = new("fxiaoke-sales-orders", "客户名称", "下单日期", "销售订单金额")
    {
        CultureName = "zh-CN",
        TimeZoneId = "Asia/Shanghai",
        Description = "纷享销客 销售订单 export (CSV saved as UTF-8; 客户名称, 下单日期, 销售订单金额)",
        Source = "Fxiaoke SalesOrderObj field labels: 客户名称 (account_id), 下单日期 (order_time), 销售订单金额 (order_amount)",
    };

    /// <summary>Shopify: the orders export (CSV), the customer by email, the order total.</summary>
    public static ExportPreset ShopifyOrders { get; } = new("shopify-orders", "Email", "Created at", "Total")
    {
        DateFormat = "yyyy-MM-dd HH:mm:ss o<+HHmm>",
        Description = "Shopify orders export (CSV); Created at such as 2024-01-31 14:05:09 -0500, dated as written (the store's zone)",
        Source = "Shopify orders export columns: Email, Created at, Total",
    };

    /// <summary>
    /// Google Analytics 4: purchase events from the BigQuery export, flattened to one row per event:
    /// <c>event_date</c> (yyyyMMdd), <c>user_pseudo_id</c> and <c>ecommerce.purchase_revenue</c> selected
    /// as <c>purchase_revenue</c> (BigQuery's own name for that field when it is selected without an alias).
    /// </summary>
    public static ExportPreset GoogleAnalyticsPurchases { get; } = new("ga4-purchases", "user_pseudo_id", "event_date", "purchase_revenue")
    {
        DateFormat = "yyyyMMdd",
        Description = "GA4 BigQuery export, purchase events: SELECT event_date, user_pseudo_id, ecommerce.purchase_revenue ... WHERE event_name = 'purchase'",
        Source = "GA4 BigQuery Export event schema: event_date, user_pseudo_id, ecommerce.purchase_revenue",
    };

    /// <summary>The built-in presets, in the order <c>crmkpi presets</c> lists them.</summary>
    public static IReadOnlyList<ExportPreset> All { get; } =
        [SalesforceOpportunities, SalesforceOrders, HubSpotDeals, ZohoDeals, ZohoSalesOrders, FxiaokeSalesOrders, ShopifyOrders, GoogleAnalyticsPurchases];

    /// <summary>Finds a preset by name (ignoring case) among <paramref name="presets"/>, or the built-in ones.</summary>
    /// <param name="name">The preset's name, such as <c>shopify-orders</c>.</param>
    /// <param name="presets">Where to look; null for <see cref="All"/>.</param>
    /// <returns>The preset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No preset has that name; the message lists the names there are.</exception>
    public static ExportPreset Find(string name, IEnumerable<ExportPreset>? presets = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ExportPreset[] list = [.. presets ?? All];
        return list.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"No preset named '{name}'; the presets are {string.Join(", ", list.Select(p => p.Name))}.", nameof(name));
    }

    /// <summary>
    /// Reads a user's preset file: a JSON object with <c>name</c>, <c>customer</c>, <c>date</c> and
    /// <c>amount</c> (headers, required) and optionally <c>quantity</c>, <c>dateFormat</c>, <c>timeZone</c>,
    /// <c>culture</c>, <c>separator</c>, <c>currencySymbols</c> and <c>description</c>; or an array of such
    /// objects. Unknown properties are an error, so a misspelt one is not ignored.
    /// </summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The presets it defines, each checked with <see cref="ExportPreset.ToOptions"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">The file is not valid JSON or not a preset; the message names the file and what is wrong.</exception>
    public static IReadOnlyList<ExportPreset> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads presets from JSON text in the form <see cref="Load(string)"/> describes.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="name">The name to give in messages (a path).</param>
    /// <returns>The presets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="FormatException">The text is not valid JSON or not a preset; the message names <paramref name="name"/> and what is wrong.</exception>
    public static IReadOnlyList<ExportPreset> Parse(string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(name);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            JsonElement root = document.RootElement;
            JsonElement[] items = root.ValueKind == JsonValueKind.Array ? [.. root.EnumerateArray()] : [root];
            return items.Length == 0 ? throw new FormatException($"{name}: the file defines no preset.") : [.. items.Select((e, i) => One(e, name, i))];
        }
        catch (JsonException e)
        {
            throw new FormatException($"{name}: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}", e);
        }
    }

    private static readonly string[] Known = ["name", "customer", "date", "amount", "quantity", "dateFormat", "timeZone", "culture", "separator", "currencySymbols", "description"];

    private static ExportPreset One(JsonElement e, string file, int index)
    {
        string where = $"{file}: preset {index + 1}";
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{where} is a JSON {e.ValueKind.ToString().ToLowerInvariant()}, not an object with name, customer, date and amount.");
        }

        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!Known.Contains(p.Name, StringComparer.Ordinal))
            {
                throw new FormatException($"{where} has an unknown property '{p.Name}'; the properties are {string.Join(", ", Known)}.");
            }
        }

        string? Text(string property, bool required)
        {
            if (!e.TryGetProperty(property, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
            {
                return required ? throw new FormatException($"{where} has no '{property}' (required: name, customer, date, amount).") : null;
            }

            return v.ValueKind == JsonValueKind.String ? v.GetString() : throw new FormatException($"{where}: '{property}' must be a string, not {v.ValueKind.ToString().ToLowerInvariant()}.");
        }

        string? separator = Text("separator", false);
        if (separator is not null && separator != "tab" && separator.Length != 1)
        {
            throw new FormatException($"{where}: 'separator' must be one character or \"tab\", not '{separator}'.");
        }

        bool currency = false;
        if (e.TryGetProperty("currencySymbols", out JsonElement c))
        {
            currency = c.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new FormatException($"{where}: 'currencySymbols' must be true or false."),
            };
        }

        try
        {
            var preset = new ExportPreset(Text("name", true)!, Text("customer", true)!, Text("date", true)!, Text("amount", true)!)
            {
                QuantityColumn = Text("quantity", false),
                DateFormat = Text("dateFormat", false),
                TimeZoneId = Text("timeZone", false),
                CultureName = Text("culture", false),
                Separator = separator is null ? ',' : separator == "tab" ? '\t' : separator[0],
                AllowCurrencySymbol = currency,
                Description = Text("description", false) ?? "",
            };
            _ = preset.ToOptions();
            return preset;
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"{where}: {ex.Message}", ex);
        }
    }
}
