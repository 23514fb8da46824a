using System;
using System.Text;

namespace CrmKpi.Data;

/// <summary>Strict encodings for the readers: bytes that are not valid throw instead of becoming replacement characters.</summary>
public static class CsvEncodings
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>Strict UTF-8: the default of every reader.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The same encoding, with an exception fallback for invalid bytes.</summary>
    /// <param name="encoding">Any encoding.</param>
    /// <returns>A strict copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="encoding"/> is null.</exception>
    public static Encoding Strict(Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>
    /// A strict encoding by name: <c>utf-8</c>, <c>utf-16</c> (little endian; <c>utf-16be</c> for big),
    /// <c>latin1</c> (ISO-8859-1), <c>windows-1252</c>, <c>gb18030</c>, <c>gbk</c>, <c>big5</c>,
    /// <c>shift_jis</c>, <c>euc-kr</c>, or any other name or code page the runtime and its code-page
    /// provider know.
    /// </summary>
    /// <param name="name">The encoding's name, any case.</param>
    /// <returns>The strict encoding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No encoding has that name.</exception>
    public static Encoding FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _ = Registered.Value;
        string key = name.Trim().ToUpperInvariant().Replace("_", "-", StringComparison.Ordinal);
        string canonical = key switch
        {
            "UTF8" or "UTF-8" => "utf-8",
            "UTF16" or "UTF-16" or "UTF-16LE" or "UNICODE" => "utf-16",
            "UTF-16BE" or "UTF16BE" => "utf-16BE",
            "LATIN1" or "LATIN-1" or "ISO-8859-1" or "ISO8859-1" => "iso-8859-1",
            "GBK" or "CP936" => "gbk",
            _ => name.Trim(),
        };
        try
        {
            Encoding encoding = int.TryParse(canonical, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int codePage)
                ? Encoding.GetEncoding(codePage)
                : Encoding.GetEncoding(canonical);
            return encoding is UTF8Encoding ? Utf8 : Strict(encoding);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"No encoding is named '{name}'; try utf-8, utf-16, latin1, windows-1252, gb18030 or gbk.", nameof(name), e);
        }
        catch (NotSupportedException e)
        {
            throw new ArgumentException($"No encoding is named '{name}'; try utf-8, utf-16, latin1, windows-1252, gb18030 or gbk.", nameof(name), e);
        }
    }
}
