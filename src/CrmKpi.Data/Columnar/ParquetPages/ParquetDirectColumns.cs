using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;
using static CrmKpi.Data.Columnar.ParquetPages.ValueConverters;
using PhysicalType = Parquet.Meta.Type;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// The fast way in for <see cref="TransactionParquet"/>: each of a row group's columns whose pages
/// <see cref="ParquetColumnChunkReader"/> can decode, and whose type is one the reader takes as is, goes from the
/// file's bytes into the assembler's buffers here; the caller reads the other columns with Parquet.Net. Each role has
/// its own chunk reader (buffers, decompressor), so the columns of one group can be decoded on two threads.
/// </summary>
internal sealed class ParquetDirectColumns(Stream stream, string file, ColumnarAssembler rows) : IDisposable
{
    private readonly ParquetColumnChunkReader[] _readers = [new(), new(), new(), new()];
    private readonly ParquetValueSink?[] _sinks = new ParquetValueSink?[4];
    private readonly DataField?[] _fields = new DataField?[4];
    private readonly ColumnChunk?[] _chunks = new ColumnChunk?[4];
    private int _decoded;
    private readonly TextKeyValues _text = new(rows);
    private StagedTextKeys? _staged;
    private ConvertedValues<int, int, NumericIds>? _intIds;
    private ConvertedValues<long, int, NumericIds>? _longIds;
    private ConvertedValues<int, LocalDate, EpochDays>? _dates;
    private ConvertedValues<double, double, Same>? _doubles;
    private ConvertedValues<float, double, Widened>? _floats;
    private ConvertedValues<int, double, Widened>? _intAmounts;
    private ConvertedValues<long, double, Widened>? _longAmounts;
    private ConvertedValues<int, int, Counts>? _intCounts;
    private ConvertedValues<long, int, Counts>? _longCounts;

    /// <summary>False leaves every column to Parquet.Net.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The column chunks decoded here (the rest went through Parquet.Net).</summary>
    public int Chunks => _decoded;

    /// <summary>The row group being read (for errors).</summary>
    public int Group { get; set; }

    /// <summary>The roles of a row group's columns, in the order they are read (and their errors reported).</summary>
    public const int Keys = 0, Dates = 1, Amounts = 2, Quantities = 3;

    /// <summary>
    /// Picks the columns of the group decoded here and reads their chunks' bytes (one after another: the stream is
    /// not touched again until the next group). A column not picked (null, or not decodable here) is left to Parquet.Net.
    /// </summary>
    public async ValueTask LoadAsync(ParquetRowGroupReader group, DataField customer, DataField date, DataField amount, DataField? quantity, CancellationToken cancellationToken)
    {
        _fields[Keys] = customer;
        _fields[Dates] = date;
        _fields[Amounts] = amount;
        _fields[Quantities] = quantity;
        _sinks[Keys] = KeySink(group, customer);
        _sinks[Dates] = DateSink(group, date);
        _sinks[Amounts] = AmountSink(group, amount);
        _sinks[Quantities] = quantity is null ? null : QuantitySink(group, quantity);
        for (int role = 0; role < _sinks.Length; role++)
        {
            if (_sinks[role] is null)
            {
                continue;
            }

            _chunks[role] = group.GetMetadata(_fields[role]!)!;
            try
            {
                await _readers[role].LoadAsync(stream, _chunks[role]!, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException e)
            {
                throw Corrupt(role, e);
            }
        }
    }

    /// <summary>Whether the column of <paramref name="role"/> was picked by the last <see cref="LoadAsync"/>.</summary>
    public bool Picked(int role) => _sinks[role] is not null;

    /// <summary>Decodes the loaded chunk of <paramref name="role"/> into the assembler's buffers. Columns of different roles may be decoded on different threads.</summary>
    public void Decode(int role, int count)
    {
        ParquetValueSink sink = _sinks[role]!;
        DecodeInto(role, count, sink);
        Interlocked.Increment(ref _decoded);
    }

    /// <summary>Whether the picked id column is text, so its pages can be decoded on one thread and mapped on another.</summary>
    public bool KeysAreText => _sinks[Keys] == _text;

    /// <summary>Before the two threads start on a group's text ids: room for its <paramref name="count"/> rows.</summary>
    public void BeginStagedKeys(int count)
    {
        _staged ??= new StagedTextKeys(_text);
        _staged.Begin(count);
    }

    /// <summary>
    /// On the decoding thread: decodes the loaded text id chunk and hands its pages to <see cref="MapStagedKeys"/>, which
    /// returns when this ends. Never throws: a problem is handed over and thrown by <see cref="MapStagedKeys"/>.
    /// </summary>
    public void DecodeStagedKeys(int count) => _staged!.Decode(staged => DecodeInto(Keys, count, staged));

    /// <summary>On the mapping thread: maps the pages <see cref="DecodeStagedKeys"/> hands over, in order.</summary>
    public void MapStagedKeys() => _staged!.MapAll();

    /// <summary>After both threads are done with a group's staged ids: counts the chunk as decoded here.</summary>
    public void EndStagedKeys() => Interlocked.Increment(ref _decoded);

    private ParquetValueSink? KeySink(ParquetRowGroupReader group, DataField field) => Taken(group, field) switch
    {
        (PhysicalType.BYTE_ARRAY, true) when field.ClrType == typeof(ReadOnlyMemory<char>) => Text(field),
        (PhysicalType.INT32, true) when field.ClrType == typeof(int) => Into(ref _intIds, field, rows.Customers, new NumericIds(rows)),
        (PhysicalType.INT64, true) when field.ClrType == typeof(long) => Into(ref _longIds, field, rows.Customers, new NumericIds(rows)),
        _ => null,
    };

    private ConvertedValues<int, LocalDate, EpochDays>? DateSink(ParquetRowGroupReader group, DataField field) =>
        Taken(group, field) is (PhysicalType.INT32, true) && field.ClrType == typeof(DateOnly) ? Into(ref _dates, field, rows.Dates, new EpochDays(rows, field.Name)) : null;

    private ParquetValueSink? AmountSink(ParquetRowGroupReader group, DataField field) => Taken(group, field) switch
    {
        (PhysicalType.DOUBLE, true) when field.ClrType == typeof(double) => Into(ref _doubles, field, rows.Amounts, default(Same)),
        (PhysicalType.FLOAT, true) when field.ClrType == typeof(float) => Into(ref _floats, field, rows.Amounts, default(Widened)),
        (PhysicalType.INT32, true) when field.ClrType == typeof(int) => Into(ref _intAmounts, field, rows.Amounts, default(Widened)),
        (PhysicalType.INT64, true) when field.ClrType == typeof(long) => Into(ref _longAmounts, field, rows.Amounts, default(Widened)),
        _ => null,
    };

    private ParquetValueSink? QuantitySink(ParquetRowGroupReader group, DataField field) => Taken(group, field) switch
    {
        (PhysicalType.INT32, true) when field.ClrType == typeof(int) => Into(ref _intCounts, field, rows.Quantities, new Counts(rows, field.Name)),
        (PhysicalType.INT64, true) when field.ClrType == typeof(long) => Into(ref _longCounts, field, rows.Quantities, new Counts(rows, field.Name)),
        _ => null,
    };

    public void Dispose()
    {
        foreach (ParquetColumnChunkReader reader in _readers)
        {
            reader.Dispose();
        }

        _staged?.Dispose();
    }

    private void DecodeInto(int role, int count, ParquetValueSink sink)
    {
        try
        {
            _readers[role].Decode(_chunks[role]!, _fields[role]!.MaxDefinitionLevel, count, sink);
        }
        catch (InvalidDataException e)
        {
            throw Corrupt(role, e);
        }
    }

    // The column's physical type and whether its pages can be decoded here (from the metadata alone).
    private (PhysicalType Type, bool Taken) Taken(ParquetRowGroupReader group, DataField field)
    {
        ColumnChunk? chunk = group.GetMetadata(field);
        return Enabled && chunk?.MetaData is { } meta && ParquetColumnChunkReader.Takes(chunk, field) ? (meta.Type, true) : (default, false);
    }

    private TextKeyValues Text(DataField field)
    {
        _text.Column = field.Name;
        return _text;
    }

    private ConvertedValues<TStored, TValue, TConverter> Into<TStored, TValue, TConverter>(ref ConvertedValues<TStored, TValue, TConverter>? sink, DataField field, TValue[] values, TConverter converter)
        where TStored : unmanaged
        where TConverter : struct, IValueConverter<TStored, TValue>
    {
        sink ??= new ConvertedValues<TStored, TValue, TConverter>(rows);
        sink.Column = field.Name;
        sink.Values = values;
        sink.Converter = converter;
        return sink;
    }

    private IOException Corrupt(int role, InvalidDataException e) =>
        new($"{file}: row group {Group + 1}, column '{_fields[role]!.Name}': {e.Message}", e);
}
