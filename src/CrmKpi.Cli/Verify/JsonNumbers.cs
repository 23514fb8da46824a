using System.Text.Json;

namespace CrmKpi.Cli.Verify;

/// <summary>
/// Reads JSON numbers as doubles by their meaning: a literal beyond the double range (<c>1e400</c>) is
/// an error, not Infinity, and a non-zero literal too small for a double (<c>1e-400</c>) is an error,
/// not 0. Infinities and NaN are written as the strings <c>"Infinity"</c>, <c>"-Infinity"</c>, <c>"NaN"</c>.
/// </summary>
internal static class JsonNumbers
{
    /// <summary>The number's value, or null with the reason it cannot be one.</summary>
    /// <param name="e">A JSON value.</param>
    /// <param name="value">The finite double it denotes.</param>
    /// <returns>Null when <paramref name="value"/> is set; otherwise why not (not a number, out of range, too small).</returns>
    public static string? TryRead(JsonElement e, out double value)
    {
        value = 0;
        if (e.ValueKind != JsonValueKind.Number)
        {
            return "is not a number";
        }

        string raw = e.GetRawText();
        if (!e.TryGetDouble(out double parsed) || !double.IsFinite(parsed))
        {
            return "is beyond the range of a double (about ±1.8e308); write \"Infinity\" or \"-Infinity\" for an infinite value";
        }

        if (parsed == 0 && HasNonZeroDigit(raw))
        {
            return "is too small for a double (it would read as 0)";
        }

        value = parsed;
        return null;
    }

    private static bool HasNonZeroDigit(string raw)
    {
        foreach (char c in raw)
        {
            if (c is 'e' or 'E')
            {
                return false;   // the exponent's digits do not count
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }
}
