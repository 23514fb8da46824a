using System;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// A row group's text id column decoded on two threads. On the decoding thread (<see cref="Decode"/>) this sink
/// receives the chunk's pages after decompression, checks and widens each PLAIN page's ids into its own buffers and
/// hands the page over; on the mapping thread <see cref="MapAll"/> takes the pages in order and maps them through
/// <see cref="TextKeyValues"/>, the only code that touches the customer map, so customers keep their order of first
/// appearance. The customer map is the one part of a read that cannot be split, so the decoding thread takes
/// everything else off it, and can do so for the next row group while the current one is mapped.
/// </summary>
/// <remarks>
/// The decoding thread writes nothing but this object's buffers: nulls, an empty id and a corrupt page are handed over
/// too, and the mapping thread marks or throws them when it gets there, in the order the pages hold them, so a row
/// group decoded ahead neither touches the rows of the group being assembled nor reports a problem early. Buffers
/// handed over are not written again until <see cref="Begin"/>: a page that does not fit the chars left gets a new one.
/// </remarks>
internal sealed class StagedTextKeys(TextKeyValues text) : ParquetValueSink, IDisposable
{
    private enum Kind
    {
        Plain,
        Dictionary,
        Indexed,
        Nulls,
        EmptyId,
        Failed,
        End,
    }

    private readonly ConcurrentQueue<Page> _pages = new();
    private readonly SemaphoreSlim _ready = new(0);
    private char[] _chars = [];
    private int _charsUsed;
    private int[] _values = [];
    private int[] _rows = [];
    private int _valuesUsed;
    private int[] _nulls = [];
    private int _nullsUsed;
    private int _nullsHanded;
    private byte[] _dictionary = [];
    private byte[] _gathered = [];
    private ExceptionDispatchInfo? _failure;

    /// <summary>Before a group's id chunk is decoded (while nothing of this object is being mapped): room for <paramref name="rowCount"/> rows.</summary>
    public void Begin(int rowCount)
    {
        if (_values.Length < rowCount)
        {
            _values = new int[rowCount];
            _rows = new int[rowCount];
            _nulls = new int[rowCount];
        }

        _charsUsed = 0;
        _valuesUsed = 0;
        _nullsUsed = 0;
        _nullsHanded = 0;
        _failure = null;
    }

    /// <summary>
    /// On the decoding thread: runs <paramref name="decode"/> (which sends the chunk's pages here) and hands over the end.
    /// Never throws: a problem is handed over for <see cref="MapAll"/> to throw.
    /// </summary>
    public void Decode(Action<StagedTextKeys> decode)
    {
        try
        {
            decode(this);
        }
        catch (EmptyIdFound)
        {
            // Handed over already, with its place.
        }
#pragma warning disable CA1031 // Any exception is handed to the mapping thread, which throws it in its place.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _failure = ExceptionDispatchInfo.Capture(e);
            Hand(new Page(Kind.Failed, 0, 0, null, 0, 0, 0, false));
        }

        Hand(new Page(Kind.End, 0, 0, null, 0, 0, 0, false));
    }

    public override void Null(int row) => _nulls[_nullsUsed++] = row;

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
        rows.CopyTo(_rows.AsSpan(_valuesUsed));
        if (empty >= 0)
        {
            Hand(new Page(Kind.EmptyId, firstRow, empty, null, 0, 0, _valuesUsed, !rows.IsEmpty));
            throw new EmptyIdFound();
        }

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

    /// <summary>On the mapping thread: maps (and marks, or throws) what is handed over, in order, until the end.</summary>
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
                case Kind.Nulls:
                    foreach (int row in _nulls.AsSpan(page.Values, page.Count))
                    {
                        text.Null(row);
                    }

                    break;
                case Kind.EmptyId:
                    // Count is the empty id's place in its page.
                    throw text.EmptyId(page.FirstRow, page.Count, page.WithRows ? _rows.AsSpan(page.Values) : default);
                case Kind.Failed:
                    _failure!.Throw();
                    break;
                default:
                    return;
            }
        }
    }

    public void Dispose() => _ready.Dispose();

    // Nulls noted since the last hand-over go first, so the mapping thread meets everything in the order the pages hold it.
    private void Hand(Page page)
    {
        if (_nullsUsed > _nullsHanded)
        {
            _pages.Enqueue(new Page(Kind.Nulls, 0, _nullsUsed - _nullsHanded, null, 0, 0, _nullsHanded, false));
            _ready.Release();
            _nullsHanded = _nullsUsed;
        }

        _pages.Enqueue(page);
        _ready.Release();
    }

    // A page handed over: its kind, first row and value count, where its chars are (PLAIN; for a dictionary CharCount is
    // its byte length), where its ends, indexes or nulls and its rows start in the buffers, and whether it has rows (nulls).
    private readonly record struct Page(Kind Kind, int FirstRow, int Count, char[]? Chars, int CharStart, int CharCount, int Values, bool WithRows);

    // Stops the chunk's decoding at an empty id, which is handed over with its place.
    private sealed class EmptyIdFound : Exception
    {
    }
}
