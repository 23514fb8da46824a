using System;
using System.Buffers.Binary;
using System.IO;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// Decodes Parquet's RLE / bit-packing hybrid (the encoding of definition levels and of dictionary indexes): runs of
/// one repeated value and groups of eight values packed in <c>bitWidth</c> bits each, least significant bit first.
/// </summary>
internal static class RleBitPackedHybrid
{
    /// <summary>Decodes exactly <paramref name="destination"/>.Length values of <paramref name="bitWidth"/> bits from <paramref name="bytes"/>.</summary>
    /// <returns>The bytes consumed.</returns>
    /// <exception cref="InvalidDataException">The bytes end before the values do, or a run is malformed.</exception>
    public static int Decode(ReadOnlySpan<byte> bytes, int bitWidth, Span<int> destination)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw new InvalidDataException($"a bit width of {bitWidth} (at most 32)");
        }

        int position = 0;
        int done = 0;
        int valueBytes = (bitWidth + 7) / 8;
        while (done < destination.Length)
        {
            ulong header = Varint.Read(bytes, ref position);
            if ((header & 1) == 0)
            {
                ulong run = header >> 1;
                if (valueBytes > bytes.Length - position)
                {
                    throw Truncated();
                }

                int value = 0;
                for (int b = 0; b < valueBytes; b++)
                {
                    value |= bytes[position + b] << (8 * b);
                }

                position += valueBytes;
                int take = (int)Math.Min(run, (ulong)(destination.Length - done));
                destination.Slice(done, take).Fill(value);
                done += take;
            }
            else
            {
                // A run longer than the values still wanted is cut; its size is capped so the products cannot overflow.
                long groups = (long)Math.Min(header >> 1, int.MaxValue);
                long runBytes = groups * bitWidth;
                int take = (int)Math.Min(groups * 8, destination.Length - done);

                // A writer may end the data with a partial last group: only the bytes of the values taken must be there.
                int needed = (int)(((long)take * bitWidth + 7) / 8);
                if (needed > bytes.Length - position)
                {
                    throw Truncated();
                }

                int available = (int)Math.Min(runBytes, bytes.Length - position);
                Unpack(bytes.Slice(position, available), bitWidth, destination.Slice(done, take));
                position += available;
                done += take;
            }
        }

        return position;
    }

    private static void Unpack(ReadOnlySpan<byte> packed, int bitWidth, Span<int> destination)
    {
        if (bitWidth == 0)
        {
            destination.Clear();
            return;
        }

        uint mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        long bit = 0;
        int i = 0;

        // Eight bytes at a time while they are there: a value starts at most 7 bits into its first byte, so 39 bits suffice.
        for (; i < destination.Length && (bit >> 3) + 8 <= packed.Length; i++, bit += bitWidth)
        {
            ulong word = BinaryPrimitives.ReadUInt64LittleEndian(packed[(int)(bit >> 3)..]);
            destination[i] = (int)((uint)(word >> (int)(bit & 7)) & mask);
        }

        for (; i < destination.Length; i++, bit += bitWidth)
        {
            destination[i] = (int)BitPacking.Value(packed, bit, bitWidth);
        }
    }


    private static InvalidDataException Truncated() => new("the levels or indexes end before their values");
}
