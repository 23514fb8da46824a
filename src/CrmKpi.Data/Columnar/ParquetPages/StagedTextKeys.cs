using System;
using System.Collections.Concurrent;
using System.Threading;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// A row group's text id column decoded on two threads. On the decoding thread this sink receives the pages (after
/// decompression), checks and widens each PLAIN page's ids into its own buffers and hands the page over; on the mapping
/// thread <see cref="MapAll"/> takes the pages in order and maps them through <see cref="TextKeyValues"/>, the only
/// code that touches the customer map, so customers keep their order of first appearance. The customer map is the one
/// part of a read that cannot be split, so the decoding thread takes everything else off it.
/// </summary>
/// <remarks>
/// Buffers handed over are never written again in the same row group: a page that does not fit the chars left gets a
/// new buffer. Dictionary pages and pages of dictionary indexes are copied and replayed on the mapping thread.
/// </remarks>
internal sealed class StagedTextKeys(TextKeyValues text) : ParquetValueSink, IDisposable
{
    private enum Kind
    {
        Plain,
        Dictionary,
        Indexed,
        End,
    }

    private readonly ConcurrentQueue<Page> _pages = new();
    private readonly SemaphoreSlim _ready = new(0);
    private char[] _chars = [];
    private int _charsUsed;
    private int[] _values = [];
    private int[] _rows = [];
    private int _valuesUsed;
    private byte[] _dictionary = [];
    private byte[] _gathered = [];

    /// <summary>Before the group's id chunk is decoded, on the decoding thread: room for <paramref name="rowCount"/> values.</summary>
    public void Begin(int rowCount)
    {
        if (_values.Length < rowCount)
        {
            _values = new int[rowCount];
            _rows = new int[rowCount];
        }

        _charsUsed = 0;
        _valuesUsed = 0;
    }

    /// <summary>After the chunk (or when decoding it failed), on the decoding thread: lets <see cref="MapAll"/> return.</summary>
    public void End() => Hand(new Page(Kind.End, 0, 0, null, 0, 0, 0, false));

    public override void Null(int row) => text.Null(row);

    public override void Dictionary(ReadOnlySpan<byte> plain, int entries)
    {
        // One dictionary per column chunk, handed over before the pages that use it; copied, as the page buffer is reused.
        _dictionary = plain.ToArray();
        Hand(new Page(Kind.Dictionary, 0, entries, null, 0, plain.Length, 0, false));
    }

    public override void Plain(int firstRow, int count, ReadOnlySpan<byte> plain, ReadOnlySpan<int> rows)
    {
        if (_chars.Length - _charsUsed < plain.Length)
        {
            _chars = new char[Math.Max(plain.Length, 2 * _chars.Length)];
            _charsUsed = 0;
        }

        Span<int> ends = _values.AsSpan(_valuesUsed, count);
        int written = Utf8IdPage.Widen(plain, count, _chars.AsSpan(_charsUsed), ends, ref _gathered, out int empty);
        if (empty >= 0)
        {
            throw text.EmptyId(firstRow, empty, rows);
        }

        rows.CopyTo(_rows.AsSpan(_valuesUsed));
        Hand(new Page(Kind.Plain, firstRow, count, _chars, _charsUsed, written, _valuesUsed, !rows.IsEmpty));
        _charsUsed += written;
        _valuesUsed += count;
    }

    public override void Indexed(int firstRow, ReadOnlySpan<int> indexes, ReadOnlySpan<int> rows)
    {
        indexes.CopyTo(_values.AsSpan(_valuesUsed));
        rows.CopyTo(_rows.AsSpan(_valuesUsed));
        Hand(new Page(Kind.Indexed, firstRow, indexes.Length, null, 0, 0, _valuesUsed, !rows.IsEmpty));
        _valuesUsed += indexes.Length;
    }

    /// <summary>On the mapping thread: maps the pages as they are handed over, until <see cref="End"/>.</summary>
    public void MapAll()
    {
        while (true)
        {
            _ready.Wait();
            _pages.TryDequeue(out Page page);
            ReadOnlySpan<int> values = _values.AsSpan(page.Values, page.Count);
            ReadOnlySpan<int> rows = page.WithRows ? _rows.AsSpan(page.Values, page.Count) : default;
            switch (page.Kind)
            {
                case Kind.Plain:
                    text.MapWidened(page.FirstRow, page.Chars.AsSpan(page.CharStart, page.CharCount), values, rows);
                    break;
                case Kind.Dictionary:
                    text.Dictionary(_dictionary.AsSpan(0, page.CharCount), page.Count);
                    break;
                case Kind.Indexed:
                    text.Indexed(page.FirstRow, values, rows);
                    break;
                default:
                    return;
            }
        }
    }

    public void Dispose() => _ready.Dispose();

    private void Hand(Page page)
    {
        _pages.Enqueue(page);
        _ready.Release();
    }

    // A page handed over: its kind, first row and value count, where its chars are (PLAIN; for a dictionary CharCount is
    // its byte length), where its ends or indexes and rows start in the value buffers, and whether it has rows (nulls).
    private readonly record struct Page(Kind Kind, int FirstRow, int Count, char[]? Chars, int CharStart, int CharCount, int Values, bool WithRows);
}
