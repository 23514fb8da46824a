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
/// file's bytes into the assembler's buffers here. Each method returns false, having read nothing, when its column is
/// not such a column; the caller then reads it with Parquet.Net.
/// </summary>
internal sealed class ParquetDirectColumns(Stream stream, string file, ColumnarAssembler rows) : IDisposable
{
    private readonly ParquetColumnChunkReader _reader = new();
    private readonly TextKeyValues _text = new(rows);
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
    public int Chunks { get; private set; }

    /// <summary>The row group being read (for errors).</summary>
    public int Group { get; set; }

    public async ValueTask<bool> KeysAsync(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
    {
        ParquetValueSink? sink = Taken(group, field) switch
        {
            (PhysicalType.BYTE_ARRAY, true) when field.ClrType == typeof(ReadOnlyMemory<char>) => Text(field),
            (PhysicalType.INT32, true) when field.ClrType == typeof(int) => Into(ref _intIds, field, rows.Customers, new NumericIds(rows)),
            (PhysicalType.INT64, true) when field.ClrType == typeof(long) => Into(ref _longIds, field, rows.Customers, new NumericIds(rows)),
            _ => null,
        };
        return await ReadAsync(group, field, count, sink, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> DatesAsync(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
    {
        ParquetValueSink? sink = Taken(group, field) switch
        {
            (PhysicalType.INT32, true) when field.ClrType == typeof(DateOnly) => Into(ref _dates, field, rows.Dates, new EpochDays(rows, field.Name)),
            _ => null,
        };
        return await ReadAsync(group, field, count, sink, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> AmountsAsync(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
    {
        ParquetValueSink? sink = Taken(group, field) switch
        {
            (PhysicalType.DOUBLE, true) when field.ClrType == typeof(double) => Into(ref _doubles, field, rows.Amounts, default(Same)),
            (PhysicalType.FLOAT, true) when field.ClrType == typeof(float) => Into(ref _floats, field, rows.Amounts, default(Widened)),
            (PhysicalType.INT32, true) when field.ClrType == typeof(int) => Into(ref _intAmounts, field, rows.Amounts, default(Widened)),
            (PhysicalType.INT64, true) when field.ClrType == typeof(long) => Into(ref _longAmounts, field, rows.Amounts, default(Widened)),
            _ => null,
        };
        return await ReadAsync(group, field, count, sink, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> QuantitiesAsync(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
    {
        ParquetValueSink? sink = Taken(group, field) switch
        {
            (PhysicalType.INT32, true) when field.ClrType == typeof(int) => Into(ref _intCounts, field, rows.Quantities, new Counts(rows, field.Name)),
            (PhysicalType.INT64, true) when field.ClrType == typeof(long) => Into(ref _longCounts, field, rows.Quantities, new Counts(rows, field.Name)),
            _ => null,
        };
        return await ReadAsync(group, field, count, sink, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _reader.Dispose();

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

    // Reads and decodes the column chunk into the sink; a null sink (a type not taken here) leaves the column to Parquet.Net.
    private async ValueTask<bool> ReadAsync(ParquetRowGroupReader group, DataField field, int count, ParquetValueSink? sink, CancellationToken cancellationToken)
    {
        if (sink is null)
        {
            return false;
        }

        ColumnChunk chunk = group.GetMetadata(field)!;
        try
        {
            await _reader.LoadAsync(stream, chunk, cancellationToken).ConfigureAwait(false);
            _reader.Decode(chunk, field.MaxDefinitionLevel, count, sink);
        }
        catch (InvalidDataException e)
        {
            throw new IOException($"{file}: row group {Group + 1}, column '{field.Name}': {e.Message}", e);
        }

        Chunks++;
        if (sink == _text)
        {
            rows.FlushKeys();
        }

        return true;
    }
}
