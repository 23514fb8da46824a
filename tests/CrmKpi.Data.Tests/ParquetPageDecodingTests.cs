using System;
using System.IO;
using CrmKpi.Data.Columnar.ParquetPages;
using Xunit;

namespace CrmKpi.Data.Tests;

// The pieces of CrmKpi's Parquet page decoder against bytes written out by hand from the format's specification
// (parquet-format Encodings.md and parquet.thrift, Thrift's compact protocol), including its own worked examples,
// and against malformed bytes, which must be an InvalidDataException and never an index error or a hang.
public sealed class ParquetPageDecodingTests
{
    // Encodings.md, "Run Length Encoding / Bit-Packing Hybrid": 0..7 bit-packed at width 3 are 10001000 11000110 11111010.
    [Fact]
    public void RleHybrid_SpecExample_BitPackedZeroToSeven()
    {
        int[] values = new int[8];
        int used = RleBitPackedHybrid.Decode([0x03, 0x88, 0xC6, 0xFA], 3, values);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], values);
        Assert.Equal(4, used);

        // Fewer values than the group holds: the rest of the group is padding.
        int[] five = new int[5];
        RleBitPackedHybrid.Decode([0x03, 0x88, 0xC6, 0xFA], 3, five);
        Assert.Equal([0, 1, 2, 3, 4], five);
    }

    [Fact]
    public void RleHybrid_RepeatedRunThenBitPacked_WidthZero()
    {
        // A run of five 7s (header 5 << 1), then three 1s and eight bits 1,0,1,1,0,0,0,1 (0b10001101) at width 1.
        int[] sevens = new int[5];
        RleBitPackedHybrid.Decode([0x0A, 0x07], 3, sevens);
        Assert.Equal([7, 7, 7, 7, 7], sevens);

        int[] mixed = new int[11];
        RleBitPackedHybrid.Decode([0x06, 0x01, 0x03, 0x8D], 1, mixed);
        Assert.Equal([1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1], mixed);

        // Width 0 (a dictionary of one entry): a run has no value bytes.
        int[] zeros = [9, 9, 9, 9];
        RleBitPackedHybrid.Decode([0x08], 0, zeros);
        Assert.Equal([0, 0, 0, 0], zeros);

        // A 17-bit value in a run takes three bytes, least significant first.
        int[] wide = new int[2];
        RleBitPackedHybrid.Decode([0x04, 0x01, 0x00, 0x01], 17, wide);
        Assert.Equal([65537, 65537], wide);
    }

    [Theory]
    [InlineData("truncated bit-packed group")]
    [InlineData("truncated run value")]
    [InlineData("no bytes at all")]
    [InlineData("width above 32")]
    [InlineData("runaway varint")]
    public void RleHybrid_Malformed_IsInvalidData(string name)
    {
        (byte[] bytes, int width, int count) = name switch
        {
            "truncated bit-packed group" => (new byte[] { 0x03, 0x88 }, 3, 8),
            "truncated run value" => (new byte[] { 0x0A }, 3, 5),
            "no bytes at all" => (Array.Empty<byte>(), 1, 1),
            "width above 32" => (new byte[] { 0x0A, 0x01, 0, 0, 0, 0 }, 33, 5),
            _ => (new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, 3, 5),
        };
        Assert.Throws<InvalidDataException>(() => RleBitPackedHybrid.Decode(bytes, width, new int[count]));
    }

    // Encodings.md, "Delta Encoding": 1..5 (one block, all deltas equal to the minimum, widths 0) and 7,5,3,1,2,3,4,5
    // (minimum delta -2, the rest 0,0,0,3,3,3,3 at width 2 in the first miniblock of 32 values).
    [Fact]
    public void DeltaBinaryPacked_SpecExamples()
    {
        long[] ones = new long[5];
        int used = DeltaBinaryPacked.Decode([0x80, 0x01, 0x04, 0x05, 0x02, 0x02, 0x00, 0x00, 0x00, 0x00], ones);
        Assert.Equal([1L, 2, 3, 4, 5], ones);
        Assert.Equal(10, used);

        long[] down = new long[8];
        byte[] bytes = [0x80, 0x01, 0x04, 0x08, 0x0E, 0x03, 0x02, 0x00, 0x00, 0x00, 0xC0, 0xFF, 0, 0, 0, 0, 0, 0];
        Assert.Equal(bytes.Length, DeltaBinaryPacked.Decode(bytes, down));
        Assert.Equal([7L, 5, 3, 1, 2, 3, 4, 5], down);
    }

    // Additions wrap in two's complement: long.MaxValue then long.MinValue is a delta of 1.
    [Fact]
    public void DeltaBinaryPacked_WrapsAround()
    {
        // first = MaxValue (zigzag: 2^64 - 2, ten varint bytes), min delta 1 (zigzag 2), widths 0.
        byte[] bytes = [0x80, 0x01, 0x04, 0x02, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x02, 0x00, 0x00, 0x00, 0x00];
        long[] values = new long[2];
        DeltaBinaryPacked.Decode(bytes, values);
        Assert.Equal([long.MaxValue, long.MinValue], values);
    }

    [Theory]
    [InlineData("block size zero")]
    [InlineData("block size not a multiple of 128")]
    [InlineData("count differs from the page")]
    [InlineData("miniblock data missing")]
    [InlineData("width above 64")]
    public void DeltaBinaryPacked_Malformed_IsInvalidData(string name)
    {
        (byte[] bytes, int count) = name switch
        {
            "block size zero" => (new byte[] { 0x00, 0x04, 0x02, 0x02 }, 2),
            "block size not a multiple of 128" => (new byte[] { 0x40, 0x04, 0x02, 0x02 }, 2),
            "count differs from the page" => (new byte[] { 0x80, 0x01, 0x04, 0x05, 0x02, 0x02, 0x00, 0x00, 0x00, 0x00 }, 4),
            "miniblock data missing" => (new byte[] { 0x80, 0x01, 0x04, 0x08, 0x0E, 0x03, 0x02, 0x00, 0x00, 0x00 }, 8),
            _ => (new byte[] { 0x80, 0x01, 0x04, 0x02, 0x02, 0x02, 0x41, 0x00, 0x00, 0x00, 0xFF }, 2),
        };
        Assert.Throws<InvalidDataException>(() => DeltaBinaryPacked.Decode(bytes, new long[count]));
    }

    // A DataPageHeader written field by field in the compact protocol, with a statistics struct to skip and an
    // unknown field given with a long-form id.
    [Fact]
    public void PageHeader_DataPage_ReadsTheFieldsAndSkipsTheRest()
    {
        byte[] bytes =
        [
            0x15, 0x00,             // 1: type = DATA_PAGE
            0x15, 0xC8, 0x01,       // 2: uncompressed_page_size = 100
            0x15, 0xA0, 0x01,       // 3: compressed_page_size = 80
            0x2C,                   // 5: data_page_header
            0x15, 0x14,             //    1: num_values = 10
            0x15, 0x00,             //    2: encoding = PLAIN
            0x15, 0x06,             //    3: definition_level_encoding = RLE
            0x15, 0x06,             //    4: repetition_level_encoding = RLE
            0x1C,                   //    5: statistics
            0x18, 0x02, 0x61, 0x62, //       1: max = "ab"
            0x00,
            0x00,
            0x05, 0xC8, 0x01, 0x02, // 100 (long form): an i32 no reader knows
            0x00,
            0xEE,                   // the page's first byte, not the header's
        ];
        ParquetPageHeader header = ParquetPageHeader.Read(bytes);
        Assert.Equal(
            (ParquetPageHeader.DataPage, 100, 80, 10, 0, 3, 29),
            (header.Type, header.UncompressedSize, header.CompressedSize, header.Values, header.Encoding, header.DefinitionLevelEncoding, header.HeaderLength));
    }

    [Fact]
    public void PageHeader_DictionaryAndV2()
    {
        byte[] dictionary = [0x15, 0x04, 0x15, 0x18, 0x15, 0x18, 0x4C, 0x15, 0x06, 0x15, 0x00, 0x11, 0x00, 0x00];
        ParquetPageHeader d = ParquetPageHeader.Read(dictionary);
        Assert.Equal((ParquetPageHeader.DictionaryPage, 12, 12, 3, 0, dictionary.Length), (d.Type, d.UncompressedSize, d.CompressedSize, d.Values, d.Encoding, d.HeaderLength));

        byte[] v2 = [0x15, 0x06, 0x15, 0x28, 0x15, 0x1E, 0x5C, 0x15, 0x14, 0x15, 0x02, 0x15, 0x14, 0x15, 0x10, 0x15, 0x04, 0x15, 0x00, 0x12, 0x00, 0x00];
        ParquetPageHeader p = ParquetPageHeader.Read(v2);
        Assert.Equal(
            (ParquetPageHeader.DataPageV2, 20, 15, 10, 8, 2, 0, false),
            (p.Type, p.UncompressedSize, p.CompressedSize, p.Values, p.Encoding, p.DefinitionLevelsLength, p.RepetitionLevelsLength, p.Compressed));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("nested too deep")]
    [InlineData("no type")]
    [InlineData("negative size")]
    [InlineData("unknown field type")]
    public void PageHeader_Malformed_IsInvalidData(string name)
    {
        byte[] bytes = name switch
        {
            "truncated" => [0x15, 0x00, 0x15, 0xC8],
            "nested too deep" => [0x15, 0x00, 0x15, 0x02, 0x15, 0x02, 0x2C, .. System.Linq.Enumerable.Repeat((byte)0x1C, 200)],
            "no type" => [0x25, 0x02, 0x15, 0x02, 0x00],
            "negative size" => [0x15, 0x00, 0x15, 0x01, 0x15, 0x02, 0x00],
            _ => [0x1D, 0x00],
        };
        Assert.Throws<InvalidDataException>(() => ParquetPageHeader.Read(bytes));
    }
}
