using System;
using System.IO;
using Xunit;

namespace CrmKpi.Data.Tests;

// Hostile input must fail fast with little memory: a record-length limit that follows quotes.
public class TransactionCsvLimitTests
{
    // An endless stream of zero bytes, like /dev/zero: reading it whole would never end.
    private sealed class ZeroStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void DevZero_FailsAfterTheLimitNotAtTheEnd()
    {
        var zeros = new ZeroStream();
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Read(zeros, "/dev/zero"));
        Assert.Equal(1, e.Line);
        Assert.Contains("record-length limit", e.Message, StringComparison.Ordinal);
        Assert.InRange(zeros.Served, 1, 4 << 20); // read about the limit (1 Mi characters), not gigabytes
    }

    [Fact]
    public void FiftyMegabytesWithoutNewline_FailsFast()
    {
        byte[] data = new byte[50 << 20];
        data.AsSpan().Fill((byte)'x');
        "customer_id,order_date,amount\n"u8.CopyTo(data);
        using var stream = new MemoryStream(data);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Read(stream, "long.csv"));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(2, e.Line);
        Assert.Contains("record-length limit", e.Message, StringComparison.Ordinal);
        Assert.True(stream.Position < 8 << 20, $"read {stream.Position} bytes");
        Assert.True(allocated < 32 << 20, $"allocated {allocated} bytes");
    }

    [Fact]
    public void LongQuotedFieldSpanningLines_WithinTheLimit_IsRead()
    {
        string note = string.Join("\n", new string('y', 1000), new string('z', 1000));
        string csv = $"customer_id,note,order_date,amount\nC1,\"{note}\",2024-01-05,7\nC2,x,2024-01-06,8\n";
        TransactionLog log = TransactionCsv.Read(Fixture.Text(csv), "long-note.csv", new TransactionCsvOptions { MaxRecordLength = 4096 }).Log;
        Assert.Equal([7.0, 8], log.Amounts.ToArray());
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Read(Fixture.Text(csv), "long-note.csv", new TransactionCsvOptions { MaxRecordLength = 1500 }));
        Assert.Equal((2L, 4), (e.Line, e.Column)); // the quote that opened the over-long field
    }

    [Fact]
    public void UnclosedQuoteOnStandardInput_ErrorEvenWhenLenient()
    {
        using var pipe = new NonSeekable(Fixture.Text("customer_id,order_date,amount\nC1,2024-01-05,\"7\nC2,2024-01-06,8\n"));
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Read(pipe, "-", new TransactionCsvOptions { Lenient = true }));
        Assert.Equal((2L, 15), (e.Line, e.Column));
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('\r')]
    [InlineData('é')]
    [InlineData('；')]
    [InlineData('\0')]
    [InlineData('#')]
    public void BadSeparator_OneClearError(char separator)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new TransactionCsvOptions { Separator = separator });
        Assert.Equal("separator", e.ParamName);
        Assert.DoesNotContain('\n', e.Message.Replace(Environment.NewLine, " ", StringComparison.Ordinal));
        Assert.Contains("Separator U+", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEncoding_ClearError()
    {
        var e = Assert.Throws<ArgumentException>(() => CsvEncodings.FromName("klingon-8"));
        Assert.Equal("name", e.ParamName);
    }

    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
