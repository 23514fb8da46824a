using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;
using System.Text.Unicode;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// One PLAIN page of a BYTE_ARRAY id column turned into UTF-16 for the customer map: each id's bytes (after its 4-byte
/// length) gathered, checked not empty and widened, one id after another, with the end of each. A page of ASCII ids
/// (the common case) is widened in one call; otherwise each id is transcoded on its own, invalid UTF-8 becoming U+FFFD
/// as a string decoder makes it.
/// </summary>
internal static class Utf8IdPage
{
    /// <summary>
    /// Widens the page's <paramref name="count"/> ids into <paramref name="chars"/> (from its start; it must hold at least
    /// <c>plain.Length</c> chars, which is always enough) and their ends into <paramref name="ends"/>.
    /// </summary>
    /// <param name="plain">The page's PLAIN values: a 4-byte length, then the bytes, for each id.</param>
    /// <param name="count">The number of ids in the page.</param>
    /// <param name="chars">Receives the ids' chars, one after another.</param>
    /// <param name="ends">Receives the end of each id in <paramref name="chars"/>; at least <paramref name="count"/> long.</param>
    /// <param name="gathered">Scratch for the ids' bytes; grown as needed.</param>
    /// <param name="empty">The position in the page of the first empty id (no chars are written then), else -1.</param>
    /// <returns>The chars written.</returns>
    /// <exception cref="InvalidDataException">A length prefix runs past the page.</exception>
    public static int Widen(ReadOnlySpan<byte> plain, int count, Span<char> chars, Span<int> ends, ref byte[] gathered, out int empty)
    {
        if (gathered.Length < plain.Length)
        {
            gathered = new byte[plain.Length];
        }

        int position = 0;
        int end = 0;
        for (int i = 0; i < count; i++)
        {
            int length = Length(plain, position);
            if (length == 0)
            {
                empty = i;
                return 0;
            }

            plain.Slice(position + 4, length).CopyTo(gathered.AsSpan(end));
            end += length;
            ends[i] = end;
            position += 4 + length;
        }

        empty = -1;
        ReadOnlySpan<byte> bytes = gathered.AsSpan(0, end);
        if (Ascii.ToUtf16(bytes, chars, out int written) == System.Buffers.OperationStatus.Done)
        {
            return written;
        }

        // Not all ASCII: transcode id by id, so each end moves to its place in the chars.
        int start = 0;
        written = 0;
        for (int i = 0; i < count; i++)
        {
            Utf8.ToUtf16(bytes[start..ends[i]], chars[written..], out _, out int idChars);
            start = ends[i];
            written += idChars;
            ends[i] = written;
        }

        return written;
    }

    /// <summary>The 4-byte little-endian length of the value at <paramref name="position"/>, checked against the page.</summary>
    /// <exception cref="InvalidDataException">The length or the value runs past the page.</exception>
    public static int Length(ReadOnlySpan<byte> plain, int position)
    {
        if (position > plain.Length - 4)
        {
            throw new InvalidDataException("a text value's length runs past the page's end");
        }

        int length = BinaryPrimitives.ReadInt32LittleEndian(plain[position..]);
        if (length < 0 || length > plain.Length - position - 4)
        {
            throw new InvalidDataException($"a text value of {length} bytes runs past the page's end");
        }

        return length;
    }
}
