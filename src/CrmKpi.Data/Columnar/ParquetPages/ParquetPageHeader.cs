using System;
using System.IO;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// The parts of a Parquet page header (parquet-format's <c>PageHeader</c>) that decoding a flat column needs: the
/// page's kind and sizes, and for data pages the value count, the encodings and (version 2) the level sizes.
/// </summary>
internal readonly record struct ParquetPageHeader
{
    public const int DataPage = 0;
    public const int DictionaryPage = 2;
    public const int DataPageV2 = 3;

    /// <summary>The page type (parquet-format <c>PageType</c>): data, index, dictionary or data v2.</summary>
    public int Type { get; init; }

    /// <summary>The size of the page's bytes after the header, as stored (compressed).</summary>
    public int CompressedSize { get; init; }

    /// <summary>The size of the page's bytes once decompressed (for v2: levels included).</summary>
    public int UncompressedSize { get; init; }

    /// <summary>The values of the page, nulls included (data pages); the entries (dictionary pages).</summary>
    public int Values { get; init; }

    /// <summary>The encoding of the values (parquet-format <c>Encoding</c>).</summary>
    public int Encoding { get; init; }

    /// <summary>The encoding of the definition levels (data pages v1).</summary>
    public int DefinitionLevelEncoding { get; init; }

    /// <summary>The bytes of the definition levels (v2: stored uncompressed, before the values).</summary>
    public int DefinitionLevelsLength { get; init; }

    /// <summary>The bytes of the repetition levels (v2).</summary>
    public int RepetitionLevelsLength { get; init; }

    /// <summary>Whether the values of a v2 page are compressed (the default).</summary>
    public bool Compressed { get; init; }

    /// <summary>The length of the header itself.</summary>
    public int HeaderLength { get; init; }

    /// <summary>Reads the header at the start of <paramref name="bytes"/>.</summary>
    /// <exception cref="InvalidDataException">The header is malformed or its sizes are negative.</exception>
    public static ParquetPageHeader Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new ThriftCompactReader(bytes);
        var header = new ParquetPageHeader { Type = -1, Compressed = true };
        short id = 0;
        while (true)
        {
            (id, byte type) = reader.ReadFieldHeader(id);
            if (type == ThriftCompactReader.Stop)
            {
                break;
            }

            header = (id, type) switch
            {
                (1, ThriftCompactReader.I32) => header with { Type = reader.ReadInt32() },
                (2, ThriftCompactReader.I32) => header with { UncompressedSize = reader.ReadInt32() },
                (3, ThriftCompactReader.I32) => header with { CompressedSize = reader.ReadInt32() },
                (5, ThriftCompactReader.Struct) => ReadDataPage(ref reader, header),
                (7, ThriftCompactReader.Struct) => ReadDictionaryPage(ref reader, header),
                (8, ThriftCompactReader.Struct) => ReadDataPageV2(ref reader, header),
                _ => Skipped(ref reader, type, header),
            };
        }

        if (header.Type < 0 || header.CompressedSize < 0 || header.UncompressedSize < 0 || header.Values < 0
            || header.DefinitionLevelsLength < 0 || header.RepetitionLevelsLength < 0)
        {
            throw new InvalidDataException("malformed page header: a required field is missing or negative");
        }

        return header with { HeaderLength = reader.Position };
    }

    private static ParquetPageHeader Skipped(ref ThriftCompactReader reader, byte type, ParquetPageHeader header)
    {
        reader.Skip(type);
        return header;
    }

    private static ParquetPageHeader ReadDataPage(ref ThriftCompactReader reader, ParquetPageHeader header)
    {
        short id = 0;
        while (true)
        {
            (id, byte type) = reader.ReadFieldHeader(id);
            switch (id, type)
            {
                case (_, ThriftCompactReader.Stop):
                    return header;
                case (1, ThriftCompactReader.I32):
                    header = header with { Values = reader.ReadInt32() };
                    break;
                case (2, ThriftCompactReader.I32):
                    header = header with { Encoding = reader.ReadInt32() };
                    break;
                case (3, ThriftCompactReader.I32):
                    header = header with { DefinitionLevelEncoding = reader.ReadInt32() };
                    break;
                default:
                    reader.Skip(type);
                    break;
            }
        }
    }

    private static ParquetPageHeader ReadDictionaryPage(ref ThriftCompactReader reader, ParquetPageHeader header)
    {
        short id = 0;
        while (true)
        {
            (id, byte type) = reader.ReadFieldHeader(id);
            switch (id, type)
            {
                case (_, ThriftCompactReader.Stop):
                    return header;
                case (1, ThriftCompactReader.I32):
                    header = header with { Values = reader.ReadInt32() };
                    break;
                case (2, ThriftCompactReader.I32):
                    header = header with { Encoding = reader.ReadInt32() };
                    break;
                default:
                    reader.Skip(type);
                    break;
            }
        }
    }

    private static ParquetPageHeader ReadDataPageV2(ref ThriftCompactReader reader, ParquetPageHeader header)
    {
        short id = 0;
        while (true)
        {
            (id, byte type) = reader.ReadFieldHeader(id);
            switch (id, type)
            {
                case (_, ThriftCompactReader.Stop):
                    return header;
                case (1, ThriftCompactReader.I32):
                    header = header with { Values = reader.ReadInt32() };
                    break;
                case (4, ThriftCompactReader.I32):
                    header = header with { Encoding = reader.ReadInt32() };
                    break;
                case (5, ThriftCompactReader.I32):
                    header = header with { DefinitionLevelsLength = reader.ReadInt32() };
                    break;
                case (6, ThriftCompactReader.I32):
                    header = header with { RepetitionLevelsLength = reader.ReadInt32() };
                    break;
                case (7, ThriftCompactReader.BoolTrue):
                    header = header with { Compressed = true };
                    break;
                case (7, ThriftCompactReader.BoolFalse):
                    header = header with { Compressed = false };
                    break;
                default:
                    reader.Skip(type);
                    break;
            }
        }
    }
}
