using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// A fixed-width column (INT32, INT64, FLOAT, DOUBLE) decoded into one converted value per row, straight into the
/// assembler's buffer: PLAIN values converted one by one (read little-endian, as Parquet stores them), dictionary
/// entries converted once, when a row first uses one (so an entry no row uses cannot fail the read), then looked up
/// with a bounds check. Null rows are marked through the assembler and keep whatever the buffer held.
/// </summary>
internal sealed class ConvertedValues<TStored, TValue, TConverter>(ColumnarAssembler rows) : ParquetValueSink
    where TStored : unmanaged
    where TConverter : struct, IValueConverter<TStored, TValue>
{
    private TStored[] _dictionary = [];
    private TValue[] _converted = [];
    private bool[] _done = [];
    private int _entries;

    /// <summary>The column's name, for the error a null is in a strict read.</summary>
    public string Column { get; set; } = string.Empty;

    /// <summary>The converter of this column.</summary>
    public TConverter Converter { get; set; }

    /// <summary>Where row r's value goes: the assembler's buffer for the column.</summary>
    public TValue[] Values { get; set; } = [];

    public override void Null(int row) => rows.Null(row, Column);

    public override void Dictionary(ReadOnlySpan<byte> plain, int entries)
    {
        ReadOnlySpan<TStored> values = Typed(plain, entries);
        if (_dictionary.Length < entries)
        {
            _dictionary = new TStored[entries];
            _converted = new TValue[entries];
            _done = new bool[entries];
        }

        values.CopyTo(_dictionary);
        _done.AsSpan(0, entries).Clear();
        _entries = entries;
    }

    public override void Plain(int firstRow, int count, ReadOnlySpan<byte> plain, ReadOnlySpan<int> rowsOf)
    {
        ReadOnlySpan<TStored> values = Typed(plain, count);
        TConverter converter = Converter;
        Span<TValue> destination = Values;
        if (rowsOf.IsEmpty)
        {
            destination = destination.Slice(firstRow, count);
            for (int i = 0; i < destination.Length; i++)
            {
                destination[i] = converter.Convert(firstRow + i, values[i]);
            }

            return;
        }

        for (int i = 0; i < rowsOf.Length; i++)
        {
            destination[rowsOf[i]] = converter.Convert(rowsOf[i], values[i]);
        }
    }

    public override void Indexed(int firstRow, ReadOnlySpan<int> indexes, ReadOnlySpan<int> rowsOf)
    {
        TConverter converter = Converter;
        Span<TValue> destination = Values;
        ReadOnlySpan<TStored> dictionary = _dictionary.AsSpan(0, _entries);
        Span<TValue> converted = _converted.AsSpan(0, _entries);
        Span<bool> done = _done.AsSpan(0, _entries);
        for (int i = 0; i < indexes.Length; i++)
        {
            int index = indexes[i];
            if ((uint)index >= (uint)dictionary.Length)
            {
                throw new InvalidDataException($"dictionary index {index} of a dictionary of {dictionary.Length} entries");
            }

            int row = rowsOf.IsEmpty ? firstRow + i : rowsOf[i];
            if (!done[index])
            {
                converted[index] = converter.Convert(row, dictionary[index]);
                done[index] = true;
            }

            destination[row] = converted[index];
        }
    }

    private static ReadOnlySpan<TStored> Typed(ReadOnlySpan<byte> plain, int count)
    {
        int size = Unsafe.SizeOf<TStored>();
        if ((long)count * size > plain.Length)
        {
            throw new InvalidDataException($"{count} values of {size} bytes in a page of {plain.Length} bytes");
        }

        return MemoryMarshal.Cast<byte, TStored>(plain[..(count * size)]);
    }
}
