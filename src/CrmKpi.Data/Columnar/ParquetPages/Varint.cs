using System;
using System.IO;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// The variable-length integers of Parquet's encodings and of Thrift's compact protocol: ULEB128 (seven bits a byte,
/// least significant first) and zigzag for signed values. A varint that runs past its bytes or past ten bytes is an
/// <see cref="InvalidDataException"/>.
/// </summary>
internal static class Varint
{
    /// <summary>Reads an unsigned varint at <paramref name="position"/> and moves past it.</summary>
    public static ulong Read(ReadOnlySpan<byte> bytes, ref int position)
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            if ((uint)position >= (uint)bytes.Length)
            {
                throw new InvalidDataException("a varint runs past the end of its bytes");
            }

            byte b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("a varint longer than ten bytes");
    }

    /// <summary>The signed value of a zigzag-encoded varint (0, -1, 1, -2, ... are 0, 1, 2, 3, ...).</summary>
    public static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
