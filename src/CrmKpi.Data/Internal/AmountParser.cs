using System;
using System.Globalization;

namespace CrmKpi.Data.Internal;

/// <summary>
/// Parses amounts as a culture writes them: its decimal separator, its thousands separator only
/// between whole groups of digits (so <c>1,5</c> is never read as 15), a leading or trailing minus,
/// accounting parentheses and the currency symbol only when asked for. The common case (digits, one
/// decimal separator, up to 15 digits) is exact without the runtime's parser: an integer mantissa
/// divided by a power of ten is the correctly rounded double.
/// </summary>
internal sealed class AmountParser
{
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    private readonly char _decimal;
    private readonly string _group;
    private readonly string _negative;
    private readonly string _currency;
    private readonly bool _allowCurrency;
    private readonly int[] _groupSizes;
    private readonly bool _groupIsSpace;

    public AmountParser(CultureInfo culture, bool allowCurrencySymbol)
    {
        NumberFormatInfo f = culture.NumberFormat;
        _decimal = f.NumberDecimalSeparator.Length == 1 ? f.NumberDecimalSeparator[0] : '.';
        _group = f.NumberGroupSeparator;
        _negative = f.NegativeSign;
        _currency = f.CurrencySymbol;
        _allowCurrency = allowCurrencySymbol;
        _groupIsSpace = _group is " " or "\u00A0" or "\u202F";
        _groupSizes = f.NumberGroupSizes is { Length: > 0 } sizes && sizes[0] > 0 ? sizes : [3];
    }

    /// <summary>Parses a trimmed cell; false when it is not an amount in the culture.</summary>
    public bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        if (TryFast(text, out value))
        {
            return true;
        }

        bool negative = false;
        if (text.Length >= 2 && text[0] == '(' && text[^1] == ')')
        {
            negative = true;
            text = text[1..^1].Trim(' ');
        }

        if (_allowCurrency)
        {
            text = StripCurrency(text);
        }

        if (StartsWithSign(text, out int signLength, out bool minus))
        {
            if (negative)
            {
                return false;
            }

            negative = minus;
            text = text[signLength..];
            if (_allowCurrency)
            {
                text = StripCurrency(text);
            }
        }
        else if (EndsWithSign(text, out signLength, out minus))
        {
            if (negative)
            {
                return false;
            }

            negative = minus;
            text = text[..^signLength];
        }

        if (!TryUnsigned(text, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    // digits [decimal digits], optional leading '-'; 15 significant digits at most.
    private bool TryFast(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (text[0] == '-')
        {
            negative = true;
            i = 1;
        }

        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        bool seenDecimal = false;
        int start = i;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            uint d = (uint)(c - '0');
            if (d <= 9)
            {
                mantissa = (mantissa * 10) + d;
                digits++;
                if (seenDecimal)
                {
                    scale++;
                }
            }
            else if (c == _decimal && !seenDecimal)
            {
                seenDecimal = true;
            }
            else
            {
                return false;
            }
        }

        // "-", ".", "5.", ".5" and over-long numbers go to the careful path.
        if (digits == 0 || digits > 15 || text[start] == _decimal || text[^1] == _decimal)
        {
            return false;
        }

        value = scale == 0 ? mantissa : mantissa / PowersOfTen[scale];
        value = negative ? -value : value;
        return true;
    }

    private bool TryUnsigned(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        // Rewrite into invariant form (digits, '.', exponent) after checking the culture's grouping.
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        if (_groupIsSpace && text.ContainsAny(" \u00A0\u202F"))
        {
            // A space-grouping culture (fr-FR, ru-RU, ...): files use a space, a no-break space or a narrow one.
            Span<char> normal = new char[text.Length];
            text.CopyTo(normal);
            for (int k = 0; k < normal.Length; k++)
            {
                if (normal[k] is ' ' or '\u00A0' or '\u202F')
                {
                    normal[k] = _group[0];
                }
            }

            text = normal;
        }

        int n = 0;
        int decimalAt = text.IndexOf(_decimal);
        ReadOnlySpan<char> whole = decimalAt >= 0 ? text[..decimalAt] : text;
        ReadOnlySpan<char> rest = decimalAt >= 0 ? text[(decimalAt + 1)..] : default;
        int exponentAt = decimalAt < 0 ? whole.IndexOfAny('e', 'E') : -1;
        if (exponentAt >= 0)
        {
            rest = whole[exponentAt..];
            whole = whole[..exponentAt];
        }

        if (whole.IsEmpty || !CopyGroupedDigits(whole, buffer, ref n))
        {
            return false;
        }

        if (decimalAt >= 0)
        {
            int e = rest.IndexOfAny('e', 'E');
            ReadOnlySpan<char> fraction = e >= 0 ? rest[..e] : rest;
            if (fraction.IsEmpty || !IsDigits(fraction))
            {
                return false;
            }

            buffer[n++] = '.';
            fraction.CopyTo(buffer[n..]);
            n += fraction.Length;
            rest = e >= 0 ? rest[e..] : default;
        }

        if (!rest.IsEmpty)
        {
            // An exponent: e or E, an optional sign, digits.
            ReadOnlySpan<char> exponent = rest[1..];
            if (!exponent.IsEmpty && exponent[0] is '+' or '-')
            {
                exponent = exponent[1..];
            }

            if (exponent.IsEmpty || !IsDigits(exponent))
            {
                return false;
            }

            rest.CopyTo(buffer[n..]);
            n += rest.Length;
        }

        return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    // The integer part: digits, with group separators only between whole groups of the culture's sizes.
    private bool CopyGroupedDigits(ReadOnlySpan<char> whole, Span<char> buffer, ref int n)
    {
        if (_group.Length == 0 || whole.IndexOf(_group, StringComparison.Ordinal) < 0)
        {
            if (!IsDigits(whole))
            {
                return false;
            }

            whole.CopyTo(buffer[n..]);
            n += whole.Length;
            return true;
        }

        // Split from the right: the last group has _groupSizes[0] digits, then [1], ..., the last size repeating.
        int end = whole.Length;
        int groupIndex = 0;
        int written = 0;
        Span<char> reversed = stackalloc char[whole.Length];
        while (true)
        {
            int separator = whole[..end].LastIndexOf(_group, StringComparison.Ordinal);
            ReadOnlySpan<char> group = separator >= 0 ? whole[(separator + _group.Length)..end] : whole[..end];
            int size = _groupSizes[Math.Min(groupIndex, _groupSizes.Length - 1)];
            if (!IsDigits(group) || group.IsEmpty || (separator >= 0 ? group.Length != size : group.Length > size))
            {
                return false;
            }

            for (int k = group.Length - 1; k >= 0; k--)
            {
                reversed[written++] = group[k];
            }

            if (separator < 0)
            {
                break;
            }

            end = separator;
            groupIndex++;
        }

        for (int k = written - 1; k >= 0; k--)
        {
            buffer[n++] = reversed[k];
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private ReadOnlySpan<char> StripCurrency(ReadOnlySpan<char> text)
    {
        foreach (string symbol in (ReadOnlySpan<string>)[_currency, "$", "€", "£", "¥", "￥"])
        {
            if (symbol.Length == 0)
            {
                continue;
            }

            if (text.StartsWith(symbol, StringComparison.Ordinal))
            {
                return text[symbol.Length..].TrimStart(" \u00A0\u202F");
            }

            if (text.EndsWith(symbol, StringComparison.Ordinal))
            {
                return text[..^symbol.Length].TrimEnd(" \u00A0\u202F");
            }
        }

        return text;
    }

    private bool StartsWithSign(ReadOnlySpan<char> text, out int length, out bool minus)
    {
        foreach ((string sign, bool isMinus) in (ReadOnlySpan<(string, bool)>)[(_negative, true), ("-", true), ("\u2212", true), ("+", false)])
        {
            if (sign.Length > 0 && text.StartsWith(sign, StringComparison.Ordinal))
            {
                length = sign.Length;
                minus = isMinus;
                return true;
            }
        }

        length = 0;
        minus = false;
        return false;
    }

    private bool EndsWithSign(ReadOnlySpan<char> text, out int length, out bool minus)
    {
        foreach (string sign in (ReadOnlySpan<string>)[_negative, "-"])
        {
            if (sign.Length > 0 && text.Length > sign.Length && text.EndsWith(sign, StringComparison.Ordinal))
            {
                length = sign.Length;
                minus = true;
                return true;
            }
        }

        length = 0;
        minus = false;
        return false;
    }
}
