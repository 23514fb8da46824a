using System;
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
    private byte[] _gathered = [];
    private char[] _chars = [];
    private int[] _ends = [];
    private int[] _indexes = [];

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
            int length = Utf8IdPage.Length(plain, position);
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
        if (_ends.Length < count)
        {
            _ends = new int[count];
        }

        if (_chars.Length < plain.Length)
        {
            _chars = new char[plain.Length];
        }

        int written = Utf8IdPage.Widen(plain, count, _chars, _ends, ref _gathered, out int empty);
        if (empty >= 0)
        {
            throw EmptyId(firstRow, empty, rowsOf);
        }

        MapWidened(firstRow, _chars.AsSpan(0, written), _ends.AsSpan(0, count), rowsOf);
    }

    /// <summary>Maps a page's widened ids (key <c>i</c> ends at <c>ends[i]</c>) and writes each row's customer index.</summary>
    public void MapWidened(int firstRow, ReadOnlySpan<char> chars, ReadOnlySpan<int> ends, ReadOnlySpan<int> rowsOf)
    {
        int count = ends.Length;
        if (_indexes.Length < count)
        {
            _indexes = new int[count];
        }

        Span<int> indexes = _indexes.AsSpan(0, count);
        rows.Builder.Customers.GetOrAdd(chars, ends, indexes);
        int[] customers = rows.Customers;
        if (rowsOf.IsEmpty)
        {
            indexes.CopyTo(customers.AsSpan(firstRow));
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                customers[rowsOf[i]] = indexes[i];
            }
        }
    }

    /// <summary>The error for the empty id at position <paramref name="value"/> of a page.</summary>
    public ColumnarDataException EmptyId(int firstRow, int value, ReadOnlySpan<int> rowsOf) =>
        rows.Problem(rowsOf.IsEmpty ? firstRow + value : rowsOf[value], Column, "empty customer id");

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
}
