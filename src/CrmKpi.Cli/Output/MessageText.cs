using System.Globalization;
using System.Text;

namespace CrmKpi.Cli.Output;

/// <summary>
/// Makes user-supplied text safe to show in a one-line message: values longer than
/// <see cref="MaxValueLength"/> characters are cut (saying how much was left out) and line breaks and
/// other control characters are written as escapes, so a hostile header or spec value can neither
/// flood a CI log nor start a line of its own.
/// </summary>
internal static class MessageText
{
    /// <summary>The most characters of one value a message shows.</summary>
    public const int MaxValueLength = 200;

    /// <summary>The most characters of one whole message line.</summary>
    public const int MaxLineLength = 2000;

    /// <summary>A value as a message shows it: control characters escaped, cut at <see cref="MaxValueLength"/> characters.</summary>
    public static string Value(string? value) => Cut(OneLine(value ?? ""), MaxValueLength);

    /// <summary>A whole message as one line: control characters escaped, cut at <see cref="MaxLineLength"/> characters.</summary>
    public static string Line(string? message) => Cut(OneLine(message ?? ""), MaxLineLength);

    private static string Cut(string text, int limit) =>
        text.Length <= limit ? text
        : string.Create(CultureInfo.InvariantCulture, $"{text[..limit]}... ({text.Length - limit} more characters)");

    private static string OneLine(string text)
    {
        int i = 0;
        while (i < text.Length && !NeedsEscape(text, i))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (NeedsEscape(text, i))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Control characters, lone surrogates and U+FFFE/U+FFFF: what a terminal line or an XML report cannot hold as is.</summary>
    private static bool NeedsEscape(string text, int i)
    {
        char c = text[i];
        if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }
}
