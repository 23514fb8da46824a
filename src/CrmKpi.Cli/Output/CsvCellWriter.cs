using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace CrmKpi.Cli.Output;

/// <summary>
/// Writes CSV cells straight to a stream as UTF-8: numbers are formatted into the byte buffer and text is
/// transcoded into it, so a million-row table costs no string per cell. Cells are written the way
/// <see cref="Compute.ResultWriter.Format(object)"/> and RFC 4180 quoting say: doubles round-trip
/// (<c>R</c>, invariant), fields with a comma, a quote, a line break or an outer space quoted with their
/// quotes doubled, rows ended by <c>\n</c>.
/// </summary>
internal sealed class CsvCellWriter : IDisposable
{
    private const int BufferSize = 1 << 16;

    // A number never needs more than this many bytes (R-formatted doubles are at most 24 characters).
    private const int NumberRoom = 64;

    private static readonly SearchValues<char> MustQuote = SearchValues.Create(",\"\r\n");

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _used;
    private bool _rowStarted;

    /// <summary>Writes to <paramref name="stream"/>, which is left open.</summary>
    public CsvCellWriter(Stream stream) => _stream = stream;

    /// <summary>A text cell, quoted when it must be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Text(ReadOnlySpan<char> value)
    {
        Separator();
        bool quote = value.ContainsAny(MustQuote) || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '));
        if (!quote)
        {
            Utf8(value);
            return;
        }

        Byte((byte)'"');
        while (true)
        {
            int q = value.IndexOf('"');
            if (q < 0)
            {
                Utf8(value);
                break;
            }

            Utf8(value[..(q + 1)]);
            Byte((byte)'"');
            value = value[(q + 1)..];
        }

        Byte((byte)'"');
    }

    /// <summary>A whole-number cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Number(long value)
    {
        Separator();
        Room(NumberRoom);
        value.TryFormat(_buffer.AsSpan(_used), out int written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>A double cell, round-trip; NaN and infinities by their invariant names.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Number(double value)
    {
        Separator();
        Room(NumberRoom);
        value.TryFormat(_buffer.AsSpan(_used), out int written, "R", CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>Ends the row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EndRow()
    {
        Byte((byte)'\n');
        _rowStarted = false;
    }

    /// <summary>Writes what is buffered to the stream.</summary>
    public void Flush()
    {
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    /// <summary>Flushes; the stream stays open.</summary>
    public void Dispose() => Flush();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Separator()
    {
        if (_rowStarted)
        {
            Byte((byte)',');
        }

        _rowStarted = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Byte(byte b)
    {
        Room(1);
        _buffer[_used++] = b;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Utf8(ReadOnlySpan<char> text)
    {
        // Short ASCII text (ids, codes, names) byte by byte: no call into the encoder per cell.
        if (text.Length <= 64)
        {
            Room(text.Length);
            Span<byte> to = _buffer.AsSpan(_used, text.Length);
            int i = 0;
            for (; i < text.Length && text[i] < 0x80; i++)
            {
                to[i] = (byte)text[i];
            }

            if (i == text.Length)
            {
                _used += i;
                return;
            }
        }

        // Long text goes in pieces that fit an empty buffer; a piece never ends inside a surrogate pair.
        while (!text.IsEmpty)
        {
            int take = Math.Min(text.Length, BufferSize / 4);
            if (take < text.Length && char.IsHighSurrogate(text[take - 1]))
            {
                take--;
            }

            Room(take * 3);
            _used += Encoding.UTF8.GetBytes(text[..take], _buffer.AsSpan(_used));
            text = text[take..];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Room(int bytes)
    {
        if (BufferSize - _used < bytes)
        {
            Flush();
        }
    }
}
