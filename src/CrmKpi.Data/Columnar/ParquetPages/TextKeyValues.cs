using System;
using System.Buffers.Binary;
using System.IO;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// A BYTE_ARRAY customer column decoded into the log's customer indexes: PLAIN values go to the customer map as
/// UTF-8 (no string per value), dictionary entries are mapped once each, when a row first uses them, so customers
/// keep their order of first appearance as from every other reader.
/// </summary>
internal sealed class TextKeyValues(ColumnarAssembler rows) : ParquetValueSink
{
    private const int Unmapped = -1;
    private byte[] _bytes = [];
    private int[] _starts = [];
    private int[] _mapped = [];
    private int _entries;

    /// <summary>The column's name, for errors.</summary>
    public string Column { get; set; } = string.Empty;

    public override void Null(int row) => rows.Null(row, Column);

    public override void Dictionary(ReadOnlySpan<byte> plain, int entries)
    {
        if (_starts.Length < entries + 1)
        {
            _starts = new int[entries + 1];
            _mapped = new int[entries];
        }

        // Entries are kept as the page has them (length, bytes, length, bytes...): only their starts are noted.
        int position = 0;
        for (int i = 0; i < entries; i++)
        {
            int length = Length(plain, position);
            _starts[i] = position + 4;
            position += 4 + length;
        }

        _starts[entries] = position + 4;
        if (_bytes.Length < position)
        {
            _bytes = new byte[position];
        }

        plain[..position].CopyTo(_bytes);
        _mapped.AsSpan(0, entries).Fill(Unmapped);
        _entries = entries;
    }

    public override void Plain(int firstRow, int count, ReadOnlySpan<byte> plain, ReadOnlySpan<int> rowsOf)
    {
        int position = 0;
        for (int i = 0; i < count; i++)
        {
            int length = Length(plain, position);
            rows.TextKey(rowsOf.IsEmpty ? firstRow + i : rowsOf[i], plain.Slice(position + 4, length), Column);
            position += 4 + length;
        }

        rows.FlushKeys();
    }

    public override void Indexed(int firstRow, ReadOnlySpan<int> indexes, ReadOnlySpan<int> rowsOf)
    {
        int[] customers = rows.Customers;
        for (int i = 0; i < indexes.Length; i++)
        {
            int index = indexes[i];
            if ((uint)index >= (uint)_entries)
            {
                throw new InvalidDataException($"dictionary index {index} of a dictionary of {_entries} entries");
            }

            int row = rowsOf.IsEmpty ? firstRow + i : rowsOf[i];
            int mapped = _mapped[index];
            if (mapped == Unmapped)
            {
                int start = _starts[index];
                mapped = _mapped[index] = rows.Key(row, _bytes.AsSpan(start, _starts[index + 1] - 4 - start), Column);
            }

            customers[row] = mapped;
        }
    }

    // The 4-byte little-endian length of the value at position, checked against the page.
    private static int Length(ReadOnlySpan<byte> plain, int position)
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
