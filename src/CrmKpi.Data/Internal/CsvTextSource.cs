using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;

namespace CrmKpi.Data.Internal;

/// <summary>
/// The text of a CSV file as Sep reads it, checked on the way: bytes decoded strictly (an invalid byte
/// is an error with its line and character, never a replacement character), a byte-order mark dropped,
/// and a record-length limit that follows quotes, so a file with no newline, <c>/dev/zero</c> or a
/// quote that is never closed fails fast with little memory instead of growing a buffer to gigabytes.
/// </summary>
/// <remarks>
/// It tracks RFC 4180 quote state the way Sep does (every <c>"</c> toggles it), so it knows where
/// records end without parsing fields. <see cref="RepairQuotes"/> lists opening quotes to read as
/// spaces: the lenient reader's way of going on after a quote that is never closed, with the line
/// itself skipped and reported by the caller.
/// </remarks>
internal sealed class CsvTextSource : TextReader
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\"\n\r");

    private readonly Stream _stream;
    private readonly Decoder _decoder;
    private readonly Encoding _encoding;
    private readonly string _name;
    private readonly int _maxRecordLength;
    private readonly byte[] _bytes;
    private readonly char[] _chars;
    private readonly long _streamLength;
    private int _byteStart;
    private int _byteEnd;
    private int _charStart;
    private int _charEnd;
    private bool _endOfStream;
    private bool _started;

    // Position of the next character to hand out.
    private long _line = 1;
    private int _column;
    private bool _lastWasCr;
    private bool _inQuotes;
    private long _quoteLine;
    private int _quoteColumn;
    private long _recordLength;
    private long _recordLine = 1;

    // Space-aligned text: runs of spaces become one separator, spaces at the ends of lines are dropped.
    private readonly bool _spaceAligned;
    private bool _alignedInQuotes;
    private bool _pendingSpace;
    private bool _atLineStart = true;
    private char[] _aligned = [];
    private int _alignedStart;
    private int _alignedEnd;

    public CsvTextSource(Stream stream, Encoding encoding, string name, int maxRecordLength, (long Line, int Column)[]? repairQuotes = null, bool spaceAligned = false)
    {
        _spaceAligned = spaceAligned;
        _stream = stream;
        _encoding = encoding;
        _decoder = encoding.GetDecoder();
        _name = name;
        _maxRecordLength = maxRecordLength;
        _bytes = new byte[1 << 16];
        _chars = new char[encoding.GetMaxCharCount(_bytes.Length)];
        RepairQuotes = repairQuotes ?? [];
        _streamLength = stream.CanSeek ? stream.Length : -1;
    }

    /// <summary>Opening quotes (line, 1-based character) to read as a space.</summary>
    public (long Line, int Column)[] RepairQuotes { get; }

    /// <summary>Bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The stream's length, or -1 when unknown (standard input, a pipe).</summary>
    public long StreamLength => _streamLength;

    public override int Peek()
    {
        if (_charStart == _charEnd && !Fill())
        {
            return -1;
        }

        return _chars[_charStart];
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (true)
        {
            if (_spaceAligned && _alignedStart < _alignedEnd)
            {
                int served = Math.Min(buffer.Length, _alignedEnd - _alignedStart);
                _aligned.AsSpan(_alignedStart, served).CopyTo(buffer);
                _alignedStart += served;
                return served;
            }

            if (_charStart == _charEnd && !Fill())
            {
                return 0;
            }

            if (!_spaceAligned)
            {
                int n = Math.Min(buffer.Length, _charEnd - _charStart);
                Span<char> chunk = _chars.AsSpan(_charStart, n);
                Scan(chunk);
                chunk.CopyTo(buffer);
                _charStart += n;
                return n;
            }

            // Collapse a whole decoded block into _aligned, then serve it in the sizes asked for.
            if (_alignedStart == _alignedEnd)
            {
                Span<char> input = _chars.AsSpan(_charStart, _charEnd - _charStart);
                Scan(input);
                _charStart = _charEnd;
                if (_aligned.Length < input.Length + 1)
                {
                    _aligned = new char[input.Length + 1];
                }

                _alignedStart = 0;
                _alignedEnd = Collapse(input, _aligned);
                if (_alignedEnd == 0)
                {
                    continue;
                }
            }

            int count = Math.Min(buffer.Length, _alignedEnd - _alignedStart);
            _aligned.AsSpan(_alignedStart, count).CopyTo(buffer);
            _alignedStart += count;
            return count;
        }
    }

    // Space-aligned text to single-space-separated text; quoted fields are copied as they are.
    private int Collapse(ReadOnlySpan<char> input, Span<char> output)
    {
        int n = 0;
        foreach (char c in input)
        {
            if (_alignedInQuotes)
            {
                output[n++] = c;
                _alignedInQuotes = c != '"';
                continue;
            }

            if (c == ' ')
            {
                _pendingSpace = !_atLineStart;
                continue;
            }

            if (c is '\n' or '\r')
            {
                _pendingSpace = false;
                _atLineStart = true;
                output[n++] = c;
                continue;
            }

            // The output holds at most one character more than the input (a space held from the last chunk).
            if (_pendingSpace)
            {
                output[n++] = ' ';
                _pendingSpace = false;
            }

            _atLineStart = false;
            _alignedInQuotes = c == '"';
            output[n++] = c;
        }

        return n;
    }

    // Decodes the next block of bytes; false at the end of the stream.
    private bool Fill()
    {
        while (true)
        {
            if (_endOfStream)
            {
                if (_inQuotes)
                {
                    throw new UnclosedQuoteException(_name, _quoteLine, _quoteColumn,
                        "a quoted field opened here is not closed before the end of the file; close it, or escape a quote inside a field as \"\"");
                }

                return false;
            }

            if (_byteStart == _byteEnd)
            {
                _byteStart = 0;
                _byteEnd = _stream.Read(_bytes, 0, _bytes.Length);
                BytesRead += _byteEnd;
                if (!_started)
                {
                    _started = true;
                    SkipPreamble();
                }
            }

            bool flush = _byteEnd == 0;
            try
            {
                _decoder.Convert(_bytes, _byteStart, _byteEnd - _byteStart, _chars, 0, _chars.Length, flush, out int bytesUsed, out int charsUsed, out _);
                _byteStart += bytesUsed;
                _charStart = 0;
                _charEnd = charsUsed;
            }
            catch (DecoderFallbackException e)
            {
                throw InvalidBytes(e);
            }

            if (flush)
            {
                _endOfStream = true;
            }

            if (_charEnd > 0)
            {
                return true;
            }
        }
    }

    private void SkipPreamble()
    {
        ReadOnlySpan<byte> data = _bytes.AsSpan(0, _byteEnd);
        ReadOnlySpan<byte> preamble = _encoding.CodePage == 65001 ? [0xEF, 0xBB, 0xBF] : _encoding.Preamble;
        if (!preamble.IsEmpty && data.StartsWith(preamble))
        {
            _byteStart = preamble.Length;
            return;
        }

        bool utf16Bom = data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (utf16Bom && _encoding.CodePage is not (1200 or 1201))
        {
            throw new CsvDataException(_name, 1, 1,
                $"the file starts with a UTF-16 byte-order mark but is read as {_encoding.WebName}; read it as UTF-16 (--encoding utf-16)");
        }
    }

    // The line and character of the first invalid byte: decode the good bytes before it to count them.
    private CsvDataException InvalidBytes(DecoderFallbackException e)
    {
        int good = Math.Clamp(e.Index, 0, _byteEnd - _byteStart);
        string before = _encoding.GetString(_bytes, _byteStart, good);
        long line = _line;
        int column = _column;
        foreach (char c in before)
        {
            if (c == '\n')
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }

        string bytes = e.BytesUnknown is { Length: > 0 } unknown
            ? string.Join(' ', Array.ConvertAll(unknown, b => b.ToString("X2", CultureInfo.InvariantCulture)))
            : "?";
        return new CsvDataException(_name, line, column + 1,
            $"bytes {bytes} are not valid {_encoding.EncodingName} ({_encoding.WebName}); name the file's encoding (for example --encoding gb18030, latin1 or utf-16)", e);
    }

    // Follows lines, quotes and record lengths over the characters about to be handed out.
    private void Scan(Span<char> chunk)
    {
        int i = 0;
        while (i < chunk.Length)
        {
            int j = chunk[i..].IndexOfAny(Special);
            if (j < 0)
            {
                int rest = chunk.Length - i;
                _column += rest;
                _recordLength += rest;
                _lastWasCr = false;
                CheckRecordLength();
                return;
            }

            _column += j + 1;
            _recordLength += j + 1;
            CheckRecordLength();
            char c = chunk[i + j];
            bool afterCr = _lastWasCr && j == 0;
            _lastWasCr = false;
            if (c == '"')
            {
                if (!_inQuotes && RepairQuotes.Length > 0 && IsRepaired(_line, _column))
                {
                    chunk[i + j] = ' ';
                }
                else
                {
                    _inQuotes = !_inQuotes;
                    if (_inQuotes)
                    {
                        _quoteLine = _line;
                        _quoteColumn = _column;
                    }
                }
            }
            else
            {
                // A newline: \r\n counts once, so \n right after \r does not start another line.
                if (!(c == '\n' && afterCr))
                {
                    _line++;
                }

                _column = 0;
                _lastWasCr = c == '\r';
                if (!_inQuotes)
                {
                    _recordLength = 0;
                    _recordLine = _line;
                }
            }

            i += j + 1;
        }
    }

    private bool IsRepaired(long line, int column)
    {
        foreach ((long l, int col) in RepairQuotes)
        {
            if (l == line && col == column)
            {
                return true;
            }
        }

        return false;
    }

    private void CheckRecordLength()
    {
        if (_recordLength > _maxRecordLength)
        {
            if (_inQuotes)
            {
                throw new UnclosedQuoteException(_name, _quoteLine, _quoteColumn, string.Create(CultureInfo.InvariantCulture,
                    $"a quoted field opened here runs on for more than {_maxRecordLength} characters (the record-length limit); is its closing quote missing?"));
            }

            throw new CsvDataException(_name, _recordLine, 0, string.Create(CultureInfo.InvariantCulture,
                $"a record longer than {_maxRecordLength} characters (the record-length limit) starts on this line; is this a CSV file with line breaks?"));
        }
    }
}

/// <summary>A quote that is never closed: the lenient reader repairs it and reads again.</summary>
internal sealed class UnclosedQuoteException : Exception
{
    private readonly string _file;

    public UnclosedQuoteException(string file, long line, int column, string problem)
        : base(problem)
    {
        _file = file;
        Line = line;
        Column = column;
    }

    public UnclosedQuoteException()
        : this("", 0, 0, "unclosed quote")
    {
    }

    public UnclosedQuoteException(string message)
        : this("", 0, 0, message)
    {
    }

    public UnclosedQuoteException(string message, Exception innerException)
        : base(message, innerException)
    {
        _file = "";
    }

    public long Line { get; }

    public int Column { get; }

    public CsvDataException ToDataException() => new(_file, Line, Column, Message);
}
