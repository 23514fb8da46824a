using System;
using System.Buffers.Binary;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>Reads values bit-packed least significant bit first, as Parquet packs levels, indexes and deltas.</summary>
internal static class BitPacking
{
    /// <summary>The <paramref name="width"/>-bit value (0 to 64 bits) that starts at bit <paramref name="bit"/>; bytes past the end read as zero.</summary>
    public static ulong Value(ReadOnlySpan<byte> packed, long bit, int width)
    {
        if (width == 0)
        {
            return 0;
        }

        int first = (int)(bit >> 3);
        int shift = (int)(bit & 7);
        ulong word = first + 8 <= packed.Length ? BinaryPrimitives.ReadUInt64LittleEndian(packed[first..]) : Partial(packed, first);
        ulong result = word >> shift;
        if (shift + width > 64)
        {
            result |= (ulong)(first + 8 < packed.Length ? packed[first + 8] : 0) << (64 - shift);
        }

        return width == 64 ? result : result & ((1UL << width) - 1);
    }

    private static ulong Partial(ReadOnlySpan<byte> packed, int first)
    {
        ulong word = 0;
        for (int b = 0; b < 8 && first + b < packed.Length; b++)
        {
            word |= (ulong)packed[first + b] << (8 * b);
        }

        return word;
    }
}
