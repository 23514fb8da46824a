using System;
using System.IO;
using System.IO.Compression;
using K4os.Compression.LZ4;
using ZstdSharp;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// Decompresses one page's bytes with its column's codec (parquet-format <c>CompressionCodec</c>). The codecs taken
/// are the ones every common writer uses: none, Snappy, gzip, Brotli, Zstandard and raw LZ4; LZO and the deprecated
/// Hadoop-framed LZ4 are left to Parquet.Net's reader.
/// </summary>
internal sealed class ParquetPageDecompressor : IDisposable
{
    public const int Uncompressed = 0;
    public const int Snappy = 1;
    public const int Gzip = 2;
    public const int Brotli = 4;
    public const int Zstd = 6;
    public const int Lz4Raw = 7;

    private Decompressor? _zstd;

    /// <summary>Whether the codec is one this class decompresses.</summary>
    public static bool Takes(int codec) => codec is Uncompressed or Snappy or Gzip or Brotli or Zstd or Lz4Raw;

    /// <summary>Decompresses <paramref name="source"/> into exactly <paramref name="destination"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes do not decompress to the page's stated size.</exception>
    public void Decompress(int codec, ReadOnlySpan<byte> source, Span<byte> destination)
    {
        int written;
        try
        {
            written = codec switch
            {
                Uncompressed => Copy(source, destination),
                Snappy => Snappier.Snappy.Decompress(source, destination),
                Gzip => Inflate(source, destination),
                Brotli => BrotliDecoder.TryDecompress(source, destination, out int b) ? b : -1,
                Zstd => (_zstd ??= new Decompressor()).Unwrap(source, destination),
                Lz4Raw => LZ4Codec.Decode(source, destination),
                _ => throw new InvalidDataException($"compression codec {codec} is not taken here"),
            };
        }
        catch (Exception e) when (e is not InvalidDataException)
        {
            throw new InvalidDataException($"a page does not decompress ({e.Message})", e);
        }

        if (written != destination.Length)
        {
            throw new InvalidDataException($"a page decompressed to {written} bytes where its header says {destination.Length}");
        }
    }

    public void Dispose() => _zstd?.Dispose();

    private static int Copy(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (source.Length != destination.Length)
        {
            return source.Length;
        }

        source.CopyTo(destination);
        return source.Length;
    }

    // gzip is the one codec without a span API; its pages are copied into a stream (gzip is the slow choice anyway).
    private static int Inflate(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        using var compressed = new MemoryStream(source.ToArray(), writable: false);
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        int total = 0;
        while (total < destination.Length)
        {
            int read = gzip.Read(destination[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        // More bytes than the header says is as wrong as fewer.
        return total == destination.Length && gzip.Read(stackalloc byte[1]) != 0 ? total + 1 : total;
    }
}
