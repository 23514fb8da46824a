using System;
using System.IO;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// Reads Thrift's compact protocol from a span: the encoding of Parquet's page headers. Only what a page header
/// needs (field headers, zigzag varints, skipping any field) is here; every read is bounds-checked and a
/// malformed header is an <see cref="InvalidDataException"/>, never an index error.
/// </summary>
internal ref struct ThriftCompactReader(ReadOnlySpan<byte> bytes)
{
    public const byte Stop = 0;
    public const byte BoolTrue = 1;
    public const byte BoolFalse = 2;
    public const byte Byte = 3;
    public const byte I16 = 4;
    public const byte I32 = 5;
    public const byte I64 = 6;
    public const byte Double = 7;
    public const byte Binary = 8;
    public const byte List = 9;
    public const byte Set = 10;
    public const byte Map = 11;
    public const byte Struct = 12;

    // Thrift itself caps nesting; a page header nests three deep. Deeper is a corrupt or hostile header.
    private const int MaxDepth = 32;

    private readonly ReadOnlySpan<byte> _bytes = bytes;

    /// <summary>The bytes read so far.</summary>
    public int Position { get; private set; }

    /// <summary>The next field of the current struct: its id and type, or type <see cref="Stop"/> at the struct's end.</summary>
    public (short Id, byte Type) ReadFieldHeader(short previousId)
    {
        byte header = ReadByte();
        byte type = (byte)(header & 0x0F);
        if (type == Stop)
        {
            return (0, Stop);
        }

        int delta = header >> 4;
        short id = delta != 0 ? (short)(previousId + delta) : (short)Varint.ZigZag(ReadVarint());
        return (id, type);
    }

    /// <summary>An i16, i32 (zigzag varint) as an int; an i32 field outside int's range is malformed.</summary>
    public int ReadInt32()
    {
        long value = Varint.ZigZag(ReadVarint());
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Malformed("an i32 out of range");
    }


    /// <summary>Skips one value of <paramref name="type"/>, nested values included.</summary>
    public void Skip(byte type) => Skip(type, 0);

    private void Skip(byte type, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Malformed("structures nested too deep");
        }

        switch (type)
        {
            case BoolTrue or BoolFalse:
                return;
            case Byte:
                Advance(1);
                return;
            case I16 or I32 or I64:
                ReadVarint();
                return;
            case Double:
                Advance(8);
                return;
            case Binary:
                Advance(Length(ReadVarint()));
                return;
            case List or Set:
            {
                byte header = ReadByte();
                int size = header >> 4;
                if (size == 15)
                {
                    size = Length(ReadVarint());
                }

                byte element = (byte)(header & 0x0F);
                for (int i = 0; i < size; i++)
                {
                    // In a list, booleans take a byte each.
                    if (element is BoolTrue or BoolFalse)
                    {
                        Advance(1);
                    }
                    else
                    {
                        Skip(element, depth + 1);
                    }
                }

                return;
            }

            case Map:
            {
                int size = Length(ReadVarint());
                if (size == 0)
                {
                    return;
                }

                byte types = ReadByte();
                for (int i = 0; i < size; i++)
                {
                    SkipElement((byte)(types >> 4), depth + 1);
                    SkipElement((byte)(types & 0x0F), depth + 1);
                }

                return;
            }

            case Struct:
            {
                short id = 0;
                while (true)
                {
                    (id, byte field) = ReadFieldHeader(id);
                    if (field == Stop)
                    {
                        return;
                    }

                    Skip(field, depth + 1);
                }
            }

            default:
                throw Malformed($"unknown field type {type}");
        }
    }

    private void SkipElement(byte type, int depth)
    {
        if (type is BoolTrue or BoolFalse)
        {
            Advance(1);
        }
        else
        {
            Skip(type, depth);
        }
    }

    private byte ReadByte()
    {
        if (Position >= _bytes.Length)
        {
            throw Malformed("the header ends early");
        }

        return _bytes[Position++];
    }

    private ulong ReadVarint()
    {
        int position = Position;
        ulong value = Varint.Read(_bytes, ref position);
        Position = position;
        return value;
    }

    private void Advance(int count)
    {
        if (count > _bytes.Length - Position)
        {
            throw Malformed("the header ends early");
        }

        Position += count;
    }

    private static int Length(ulong value) => value <= int.MaxValue ? (int)value : throw Malformed("a length out of range");

    private static InvalidDataException Malformed(string problem) => new($"malformed page header: {problem}");
}
