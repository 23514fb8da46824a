using System;
using System.IO;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// Decodes Parquet's DELTA_BINARY_PACKED encoding (whole numbers; also the lengths of DELTA_LENGTH_BYTE_ARRAY): a
/// header (block size, miniblocks per block, value count, first value), then blocks of a minimum delta and miniblocks
/// of deltas bit-packed at each miniblock's own width. Additions wrap in two's complement, as the format asks, so a
/// 32-bit column's values come back exactly when the result is cut to 32 bits.
/// </summary>
internal static class DeltaBinaryPacked
{
    /// <summary>Decodes exactly <paramref name="destination"/>.Length values (the header must say as many).</summary>
    /// <returns>The bytes consumed.</returns>
    /// <exception cref="InvalidDataException">The header is malformed, disagrees on the count, or the data ends early.</exception>
    public static int Decode(ReadOnlySpan<byte> bytes, Span<long> destination)
    {
        int position = 0;
        ulong blockSize = Varint.Read(bytes, ref position);
        ulong miniblocks = Varint.Read(bytes, ref position);
        ulong total = Varint.Read(bytes, ref position);
        long value = Varint.ZigZag(Varint.Read(bytes, ref position));
        if (blockSize == 0 || blockSize % 128 != 0 || blockSize > 1 << 20 || miniblocks == 0 || blockSize % miniblocks != 0 || blockSize / miniblocks % 32 != 0)
        {
            throw new InvalidDataException($"a DELTA_BINARY_PACKED header with blocks of {blockSize} values in {miniblocks} miniblocks");
        }

        if (total != (ulong)destination.Length)
        {
            throw new InvalidDataException($"DELTA_BINARY_PACKED data of {total} values where the page has {destination.Length}");
        }

        if (total == 0)
        {
            return position;
        }

        int perMiniblock = (int)(blockSize / miniblocks);
        destination[0] = value;
        int done = 1;
        while (done < destination.Length)
        {
            long minDelta = Varint.ZigZag(Varint.Read(bytes, ref position));
            if ((ulong)(bytes.Length - position) < miniblocks)
            {
                throw Truncated();
            }

            ReadOnlySpan<byte> widths = bytes.Slice(position, (int)miniblocks);
            position += (int)miniblocks;
            for (int m = 0; m < widths.Length && done < destination.Length; m++)
            {
                int width = widths[m];
                if (width > 64)
                {
                    throw new InvalidDataException($"a miniblock of {width}-bit deltas (at most 64)");
                }

                int take = Math.Min(perMiniblock, destination.Length - done);
                int full = perMiniblock / 8 * width;
                int needed = (int)(((long)take * width + 7) / 8);
                if (needed > bytes.Length - position)
                {
                    throw Truncated();
                }

                ReadOnlySpan<byte> packed = bytes.Slice(position, Math.Min(full, bytes.Length - position));
                for (int i = 0; i < take; i++)
                {
                    value = unchecked(value + minDelta + (long)BitPacking.Value(packed, (long)i * width, width));
                    destination[done++] = value;
                }

                position += packed.Length;
            }
        }

        return position;
    }

    private static InvalidDataException Truncated() => new("DELTA_BINARY_PACKED data ends before its values");
}
