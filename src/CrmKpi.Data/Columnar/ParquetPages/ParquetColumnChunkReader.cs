using System;
using System.Buffers.Binary;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using System.Runtime.InteropServices;
using Parquet.Meta;
using Parquet.Schema;
using PhysicalType = Parquet.Meta.Type;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// Decodes the pages of one flat column chunk straight from the file's bytes: dictionary pages, data pages (v1 and
/// v2), definition levels of an optional column, PLAIN values, dictionary indexes, and the v2 encodings
/// DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY and BYTE_STREAM_SPLIT (rewritten as PLAIN). It exists because
/// Parquet.Net turns every text value into its own string (and hides dictionary indexes): here a text value stays
/// UTF-8 bytes in a reused buffer until the customer map has seen it.
/// </summary>
/// <remarks>
/// <see cref="Takes"/> decides from the column's metadata alone, before a byte is read, whether every page can be
/// decoded here; a column that cannot (nested, encrypted, DELTA_BYTE_ARRAY, LZO, Hadoop-framed LZ4) is read by
/// Parquet.Net as before. A page that contradicts the metadata or its own header is an
/// <see cref="InvalidDataException"/>.
/// </remarks>
internal sealed class ParquetColumnChunkReader : IDisposable
{
    private const int Plain = 0;
    private const int PlainDictionary = 2;
    private const int Rle = 3;
    private const int RleDictionary = 8;
    private const int DeltaBinaryPacked = 5;
    private const int DeltaLengthByteArray = 6;
    private const int ByteStreamSplit = 9;
    private const int IndexPage = 1;

    private readonly ParquetPageDecompressor _decompressor = new();
    private byte[] _chunk = [];
    private byte[] _page = [];
    private byte[] _dictionary = [];
    private int[] _levels = [];
    private int[] _indexes = [];
    private int[] _rows = [];
    private int _loaded;
    private long[] _longs = [];
    private byte[] _plain = [];

    /// <summary>Whether every page of the chunk can be decoded here (known from the metadata).</summary>
    public static bool Takes(ColumnChunk chunk, DataField field)
    {
        ColumnMetaData? meta = chunk.MetaData;
        if (!BitConverter.IsLittleEndian || meta is null || chunk.FilePath is not null || chunk.CryptoMetadata is not null
            || chunk.EncryptedColumnMetadata is not null || field.MaxRepetitionLevel != 0 || field.MaxDefinitionLevel > 1
            || !ParquetPageDecompressor.Takes((int)meta.Codec) || meta.Encodings is null)
        {
            return false;
        }

        foreach (Parquet.Meta.Encoding encoding in meta.Encodings)
        {
            bool taken = (int)encoding switch
            {
                Plain or PlainDictionary or Rle or RleDictionary => true,
                DeltaBinaryPacked => meta.Type is PhysicalType.INT32 or PhysicalType.INT64,
                DeltaLengthByteArray => meta.Type is PhysicalType.BYTE_ARRAY,
                ByteStreamSplit => meta.Type is PhysicalType.INT32 or PhysicalType.INT64 or PhysicalType.FLOAT or PhysicalType.DOUBLE,
                _ => false,
            };
            if (!taken)
            {
                return false;
            }
        }

        return meta.Type is PhysicalType.INT32 or PhysicalType.INT64 or PhysicalType.FLOAT or PhysicalType.DOUBLE or PhysicalType.BYTE_ARRAY;
    }

    /// <summary>Reads the chunk's bytes (its pages, headers included) from <paramref name="stream"/>.</summary>
    /// <exception cref="InvalidDataException">The metadata places the chunk outside the file.</exception>
    public async ValueTask LoadAsync(Stream stream, ColumnChunk chunk, CancellationToken cancellationToken)
    {
        ColumnMetaData meta = chunk.MetaData!;
        long start = meta.DictionaryPageOffset is > 0 and long d && d < meta.DataPageOffset ? d : meta.DataPageOffset;
        long length = meta.TotalCompressedSize;
        if (start < 0 || length < 0 || length > Array.MaxLength || start > stream.Length - length)
        {
            throw new InvalidDataException($"the column chunk's bytes ({length} at {start}) lie outside the file ({stream.Length} bytes)");
        }

        Fit(ref _chunk, (int)length);
        stream.Position = start;
        await stream.ReadExactlyAsync(_chunk.AsMemory(0, (int)length), cancellationToken).ConfigureAwait(false);
        _loaded = (int)length;
    }

    /// <summary>Decodes the <paramref name="rows"/> rows of the chunk last loaded into <paramref name="sink"/>.</summary>
    /// <exception cref="InvalidDataException">The chunk's bytes are not what its metadata and page headers say.</exception>
    public void Decode(ColumnChunk chunk, int maxDefinitionLevel, int rows, ParquetValueSink sink) =>
        Decode(_chunk.AsSpan(0, _loaded), chunk.MetaData!.Type, (int)chunk.MetaData.Codec, maxDefinitionLevel, rows, sink);

    /// <summary>Decodes a chunk's bytes (its pages, headers included) into <paramref name="sink"/>.</summary>
    public void Decode(ReadOnlySpan<byte> chunk, PhysicalType type, int codec, int maxDefinitionLevel, int rows, ParquetValueSink sink)
    {
        int offset = 0;
        int row = 0;
        bool dictionary = false;
        while (row < rows)
        {
            if (offset >= chunk.Length)
            {
                throw new InvalidDataException($"the column chunk ends after {row} of its {rows} rows");
            }

            ParquetPageHeader header = ParquetPageHeader.Read(chunk[offset..]);
            offset += header.HeaderLength;
            if (header.CompressedSize > chunk.Length - offset)
            {
                throw new InvalidDataException($"a page of {header.CompressedSize} bytes runs past the column chunk's end");
            }

            ReadOnlySpan<byte> body = chunk.Slice(offset, header.CompressedSize);
            offset += header.CompressedSize;
            switch (header.Type)
            {
                case ParquetPageHeader.DictionaryPage:
                    if (header.Encoding is not (Plain or PlainDictionary))
                    {
                        throw new InvalidDataException($"a dictionary page in encoding {header.Encoding} (PLAIN expected)");
                    }

                    Fit(ref _dictionary, header.UncompressedSize);
                    _decompressor.Decompress(codec, body, _dictionary.AsSpan(0, header.UncompressedSize));
                    sink.Dictionary(_dictionary.AsSpan(0, header.UncompressedSize), header.Values);
                    dictionary = true;
                    break;
                case ParquetPageHeader.DataPage or ParquetPageHeader.DataPageV2:
                    if (header.Values > rows - row)
                    {
                        throw new InvalidDataException($"a data page holds {header.Values} values where {rows - row} rows remain");
                    }

                    DataPage(body, header, type, codec, maxDefinitionLevel, row, dictionary, sink);
                    row += header.Values;
                    break;
                case IndexPage:
                    break;
                default:
                    throw new InvalidDataException($"a page of unknown type {header.Type}");
            }
        }
    }

    public void Dispose() => _decompressor.Dispose();

    private void DataPage(ReadOnlySpan<byte> body, ParquetPageHeader header, PhysicalType type, int codec, int maxDefinitionLevel, int firstRow, bool dictionary, ParquetValueSink sink)
    {
        int count = header.Values;
        ReadOnlySpan<byte> levels;
        ReadOnlySpan<byte> values;
        if (header.Type == ParquetPageHeader.DataPage)
        {
            Fit(ref _page, header.UncompressedSize);
            Span<byte> page = _page.AsSpan(0, header.UncompressedSize);
            _decompressor.Decompress(codec, body, page);
            if (maxDefinitionLevel > 0)
            {
                if (header.DefinitionLevelEncoding != Rle)
                {
                    throw new InvalidDataException($"definition levels in encoding {header.DefinitionLevelEncoding} (RLE expected)");
                }

                int length = page.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(page) : -1;
                if (length < 0 || length > page.Length - 4)
                {
                    throw new InvalidDataException("the definition levels run past the page's end");
                }

                levels = page.Slice(4, length);
                values = page[(4 + length)..];
            }
            else
            {
                levels = default;
                values = page;
            }
        }
        else
        {
            int levelBytes = header.RepetitionLevelsLength + header.DefinitionLevelsLength;
            if (header.RepetitionLevelsLength != 0 || levelBytes > body.Length || levelBytes > header.UncompressedSize)
            {
                throw new InvalidDataException("the levels of a v2 page do not fit it (or it has repetition levels)");
            }

            levels = body.Slice(0, header.DefinitionLevelsLength);
            int size = header.UncompressedSize - levelBytes;
            if (header.Compressed)
            {
                Fit(ref _page, size);
                _decompressor.Decompress(codec, body[levelBytes..], _page.AsSpan(0, size));
                values = _page.AsSpan(0, size);
            }
            else
            {
                values = body[levelBytes..];
            }
        }

        int present = count;
        ReadOnlySpan<int> rows = default;
        if (maxDefinitionLevel > 0)
        {
            Fit(ref _levels, count);
            Span<int> decoded = _levels.AsSpan(0, count);
            RleBitPackedHybrid.Decode(levels, 1, decoded);
            present = 0;
            for (int i = 0; i < count; i++)
            {
                present += decoded[i];
            }

            if (present != count)
            {
                Fit(ref _rows, present);
                int next = 0;
                for (int i = 0; i < count; i++)
                {
                    if (decoded[i] == 0)
                    {
                        sink.Null(firstRow + i);
                    }
                    else
                    {
                        _rows[next++] = firstRow + i;
                    }
                }

                rows = _rows.AsSpan(0, present);
            }
        }

        switch (header.Encoding)
        {
            case Plain:
                sink.Plain(firstRow, present, values, rows);
                break;
            case PlainDictionary or RleDictionary:
            {
                if (!dictionary)
                {
                    throw new InvalidDataException("dictionary indexes before any dictionary page");
                }

                if (present > 0 && values.IsEmpty)
                {
                    throw new InvalidDataException("dictionary indexes without their bit width");
                }

                Fit(ref _indexes, present);
                Span<int> indexes = _indexes.AsSpan(0, present);
                if (present > 0)
                {
                    RleBitPackedHybrid.Decode(values[1..], values[0], indexes);
                }

                sink.Indexed(firstRow, indexes, rows);
                break;
            }

            case DeltaBinaryPacked when type is PhysicalType.INT32 or PhysicalType.INT64:
                sink.Plain(firstRow, present, DeltaToPlain(values, present, type == PhysicalType.INT32), rows);
                break;
            case DeltaLengthByteArray when type is PhysicalType.BYTE_ARRAY:
                sink.Plain(firstRow, present, LengthsToPlain(values, present), rows);
                break;
            case ByteStreamSplit when type is not PhysicalType.BYTE_ARRAY:
                sink.Plain(firstRow, present, StreamsToPlain(values, present, type is PhysicalType.INT32 or PhysicalType.FLOAT ? 4 : 8), rows);
                break;
            default:
                throw new InvalidDataException($"a data page in encoding {header.Encoding}, which the column's metadata does not list for its type");
        }
    }

    // DELTA_BINARY_PACKED whole numbers rewritten as PLAIN (little-endian int32 or int64), so the sinks take one layout.
    private ReadOnlySpan<byte> DeltaToPlain(ReadOnlySpan<byte> encoded, int count, bool int32)
    {
        Fit(ref _longs, count);
        Span<long> values = _longs.AsSpan(0, count);
        ParquetPages.DeltaBinaryPacked.Decode(encoded, values);
        int size = int32 ? 4 : 8;
        Fit(ref _plain, count * size);
        Span<byte> plain = _plain.AsSpan(0, count * size);
        if (int32)
        {
            Span<int> ints = MemoryMarshal.Cast<byte, int>(plain);
            for (int i = 0; i < count; i++)
            {
                ints[i] = unchecked((int)values[i]);
            }
        }
        else
        {
            values.CopyTo(MemoryMarshal.Cast<byte, long>(plain));
        }

        return plain;
    }

    // DELTA_LENGTH_BYTE_ARRAY (the lengths delta-encoded, then the values' bytes one after another) rewritten as PLAIN.
    private ReadOnlySpan<byte> LengthsToPlain(ReadOnlySpan<byte> encoded, int count)
    {
        Fit(ref _longs, count);
        Span<long> lengths = _longs.AsSpan(0, count);
        int position = ParquetPages.DeltaBinaryPacked.Decode(encoded, lengths);
        ReadOnlySpan<byte> data = encoded[position..];
        long total = 0;
        foreach (long length in lengths)
        {
            if (length < 0 || (total += length) > data.Length)
            {
                throw new InvalidDataException("DELTA_LENGTH_BYTE_ARRAY lengths run past the page's end");
            }
        }

        Fit(ref _plain, checked((int)total + (4 * count)));
        Span<byte> plain = _plain;
        int from = 0;
        int to = 0;
        foreach (long length in lengths)
        {
            BinaryPrimitives.WriteInt32LittleEndian(plain[to..], (int)length);
            data.Slice(from, (int)length).CopyTo(plain[(to + 4)..]);
            from += (int)length;
            to += 4 + (int)length;
        }

        return plain[..to];
    }

    // BYTE_STREAM_SPLIT (byte k of every value in stream k) put back together as PLAIN values of size bytes.
    private ReadOnlySpan<byte> StreamsToPlain(ReadOnlySpan<byte> encoded, int count, int size)
    {
        if ((long)count * size > encoded.Length)
        {
            throw new InvalidDataException($"BYTE_STREAM_SPLIT data of {encoded.Length} bytes for {count} values of {size} bytes");
        }

        Fit(ref _plain, count * size);
        Span<byte> plain = _plain.AsSpan(0, count * size);
        for (int k = 0; k < size; k++)
        {
            ReadOnlySpan<byte> stream = encoded.Slice(k * count, count);
            for (int i = 0; i < count; i++)
            {
                plain[(i * size) + k] = stream[i];
            }
        }

        return plain;
    }

    private static void Fit<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new T[(int)Math.Min(Array.MaxLength, Math.Max(length, 2L * buffer.Length))];
        }
    }
}
