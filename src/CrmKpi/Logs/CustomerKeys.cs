using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// The customer key map of a log: the user's own customer ids (text, compared ordinally, case-sensitive)
/// mapped to the dense indexes <c>0 .. Count - 1</c> that the calculators use, in order of first
/// appearance, and back. Lookups take the key's characters as a span, so a reader can map a cell
/// without creating a string for it; a key's characters are stored once, when it is first seen.
/// </summary>
/// <remarks>
/// <para>
/// Keys of other types (numbers, GUIDs) are mapped by their text form: format them invariantly
/// (for example <c>id.ToString(CultureInfo.InvariantCulture)</c>), or use <see cref="CustomerIndexMap{TKey}"/>
/// and the column groups directly.
/// </para>
/// <para>
/// Hashing is keyed with random numbers drawn once per process (a multiply-fold hash of the key's UTF-16
/// bytes), so a file crafted to collide cannot make the map quadratic. Each 16-byte slot of the
/// open-addressing table holds the hash, the index and, for a key of up to eight ASCII characters (the
/// common customer id), the key itself, so such a lookup touches one cache line; other keys are compared
/// with their stored characters. <see cref="GetOrAdd(ReadOnlySpan{char}, ReadOnlySpan{int}, Span{int})"/>
/// maps many keys at once and prefetches their slots, so a reader's lookups overlap their cache misses.
/// Not thread-safe for concurrent writes; concurrent reads are safe when nobody writes.
/// </para>
/// </remarks>
public sealed class CustomerKeys
{
    private const int MinimumTable = 16;
    private const int MaxKeys = 1 << 28;
    private const int MaxChars = 1 << 30;
    private const ulong NotPacked = ulong.MaxValue;

    private char[] _chars;
    private int _charCount;
    private int[] _starts;
    private int _count;

    // Open addressing, linear probing, at most half full. A slot is empty when IndexPlusOne is 0.
    private Slot[] _table;

    /// <summary>Creates an empty map.</summary>
    public CustomerKeys()
        : this(0)
    {
    }

    /// <summary>Creates an empty map with room for <paramref name="capacity"/> keys before it grows.</summary>
    /// <param name="capacity">The expected number of distinct keys. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative or above 2^28.</exception>
    public CustomerKeys(int capacity)
    {
        Guard.InRange(capacity, 0, MaxKeys);
        _starts = new int[capacity + 1];
        _chars = new char[(int)Math.Clamp(capacity * 8L, 16, 1 << 26)];
        _table = new Slot[TableSizeFor(capacity)];
    }

    /// <summary>The number of distinct keys: the customer count of the log.</summary>
    public int Count => _count;

    /// <summary>The index of the key with these characters, adding it as the next index when it is new.</summary>
    /// <param name="key">The key's characters, exactly as they identify the customer (no trimming or case folding is done).</param>
    /// <returns>The key's dense index.</returns>
    /// <exception cref="InvalidOperationException">The map already holds 2^28 keys or 2^30 key characters.</exception>
    public int GetOrAdd(ReadOnlySpan<char> key) => GetOrAdd(key, KeyHash.Of(key));

    /// <summary>
    /// Maps many keys at once, in order, adding the new ones: the fast path for a reader. The keys are
    /// consecutive in <paramref name="chars"/>: key <c>i</c> ends at <c>ends[i]</c> and starts where key
    /// <c>i - 1</c> ends (key 0 at 0). The same as calling <see cref="GetOrAdd(ReadOnlySpan{char})"/> for each,
    /// but each lookup prefetches the table slot of a key further on, so their cache misses overlap.
    /// </summary>
    /// <param name="chars">The keys' characters, one after another.</param>
    /// <param name="ends">The end of each key in <paramref name="chars"/>; non-decreasing, the last at most <c>chars.Length</c>.</param>
    /// <param name="destination">Receives each key's index; at least as long as <paramref name="ends"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="ends"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An end is negative, before the previous one or beyond <paramref name="chars"/>; every end is checked before any key is mapped, so the map is unchanged.</exception>
    /// <exception cref="InvalidOperationException">The map is full.</exception>
    public void GetOrAdd(ReadOnlySpan<char> chars, ReadOnlySpan<int> ends, Span<int> destination)
    {
        Guard.DestinationLength(ends.Length, destination.Length);
        int previous = 0;
        for (int i = 0; i < ends.Length; i++)
        {
            int end = ends[i];
            if (end < previous || end > chars.Length)
            {
                Guard.ThrowElement(nameof(ends), i, end, "must not be before the previous end or beyond chars");
            }

            previous = end;
        }

        // A chunk's hashes first, then its lookups, each prefetching the slot of the key Ahead places on, so about
        // Ahead cache misses are in flight while the lookups run.
        const int Chunk = 256;
        const int Ahead = 16;
        Span<int> hashes = stackalloc int[Chunk];
        for (int first = 0; first < ends.Length; first += Chunk)
        {
            int count = Math.Min(Chunk, ends.Length - first);
            int start = first == 0 ? 0 : ends[first - 1];
            int s = start;
            for (int i = 0; i < count; i++)
            {
                int end = ends[first + i];
                hashes[i] = KeyHash.Of(chars[s..end]);
                if (i < Ahead)
                {
                    Prefetch(hashes[i]);
                }

                s = end;
            }

            s = start;
            for (int i = 0; i < count; i++)
            {
                if (i + Ahead < count)
                {
                    Prefetch(hashes[i + Ahead]);
                }

                int end = ends[first + i];
                destination[first + i] = GetOrAdd(chars[s..end], hashes[i]);
                s = end;
            }
        }
    }

    /// <summary>Looks a key up without adding it.</summary>
    /// <param name="key">The key's characters.</param>
    /// <param name="index">The key's index when found; otherwise -1.</param>
    /// <returns>Whether the key is in the map.</returns>
    public bool TryGetIndex(ReadOnlySpan<char> key, out int index)
    {
        index = Find(key, KeyHash.Of(key), out _);
        return index >= 0;
    }

    /// <summary>The characters of the key that has index <paramref name="index"/>, without allocating.</summary>
    /// <param name="index">An index in <c>[0, Count)</c>.</param>
    /// <returns>The key's characters; valid until the next key is added.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside <c>[0, Count)</c>.</exception>
    public ReadOnlySpan<char> KeySpan(int index)
    {
        Guard.InRange(index, 0, (long)_count - 1);
        return _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
    }

    /// <summary>The key that has index <paramref name="index"/>, as a new string.</summary>
    /// <param name="index">An index in <c>[0, Count)</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside <c>[0, Count)</c>.</exception>
    public string KeyAt(int index) => new(KeySpan(index));

    /// <summary>Every key in index order, as new strings (key <c>i</c> at position <c>i</c>).</summary>
    /// <returns>A new array of <see cref="Count"/> keys.</returns>
    public string[] ToArray()
    {
        var keys = new string[_count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = new string(_chars.AsSpan(_starts[i], _starts[i + 1] - _starts[i]));
        }

        return keys;
    }

    private static int TableSizeFor(int keys)
    {
        long wanted = Math.Max(MinimumTable, 2L * keys);
        return (int)Math.Min(1L << 30, (long)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)wanted));
    }

    // A key of at most eight characters, each in U+0001..U+007F (the common customer id), narrowed to one byte per
    // character and zero-padded: different such keys give different words, so the slot alone decides equality. Any
    // other key gives NotPacked and is compared with its stored characters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(ReadOnlySpan<char> key)
    {
        if (key.Length == 8)
        {
            Vector128<ushort> chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(key)));
            return Vector128.LessThanAll(chars - Vector128<ushort>.One, Vector128.Create((ushort)0x7F))
                ? Vector128.Narrow(chars, chars).AsUInt64().ToScalar()
                : NotPacked;
        }

        return key.Length < 8 ? PackShort(key) : NotPacked;
    }

    private static ulong PackShort(ReadOnlySpan<char> key)
    {
        ulong packed = 0;
        for (int i = 0; i < key.Length; i++)
        {
            uint c = key[i];
            if (c - 1 >= 0x7F)
            {
                return NotPacked;
            }

            packed |= (ulong)c << (8 * i);
        }

        return packed;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Prefetch(int hash)
    {
        if (Sse.IsSupported)
        {
            unsafe
            {
                ref Slot slot = ref _table[hash & (_table.Length - 1)];
                byte* p = (byte*)Unsafe.AsPointer(ref slot);
                Sse.Prefetch0(p);
            }
        }
    }

    private int GetOrAdd(ReadOnlySpan<char> key, int hash)
    {
        int index = Find(key, hash, out int slot);
        return index >= 0 ? index : Add(key, hash, slot);
    }

    // The key's index, or -1 with the empty slot where it would go.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ReadOnlySpan<char> key, int hash, out int slot)
    {
        Slot[] table = _table;
        int mask = table.Length - 1;
        ulong packed = Pack(key);
        slot = hash & mask;
        while (true)
        {
            ref Slot s = ref table[slot];
            if (s.IndexPlusOne == 0)
            {
                return -1;
            }

            if (s.Hash == hash && s.Packed == packed && (packed != NotPacked || Stored(s.IndexPlusOne - 1).SequenceEqual(key)))
            {
                return s.IndexPlusOne - 1;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Add(ReadOnlySpan<char> key, int hash, int slot)
    {
        if (_count >= MaxKeys || (long)_charCount + key.Length > MaxChars)
        {
            throw new InvalidOperationException($"The customer key map is full: at most {MaxKeys} keys and {MaxChars} key characters.");
        }

        if (_charCount + key.Length > _chars.Length)
        {
            Array.Resize(ref _chars, (int)Math.Min(MaxChars, Math.Max((long)_chars.Length * 2, (long)_charCount + key.Length)));
        }

        if (_count + 1 >= _starts.Length)
        {
            Array.Resize(ref _starts, Math.Max(17, (_starts.Length * 2) - 1));
        }

        int index = _count;
        int start = _charCount;
        key.CopyTo(_chars.AsSpan(start));
        _charCount += key.Length;
        _starts[index + 1] = _charCount;
        _count = index + 1;
        _table[slot] = new Slot { Packed = Pack(key), Hash = hash, IndexPlusOne = index + 1 };
        if (2L * _count > _table.Length)
        {
            Rehash();
        }

        return index;
    }

    private void Rehash()
    {
        var table = new Slot[_table.Length * 2];
        int mask = table.Length - 1;
        foreach (ref readonly Slot s in _table.AsSpan())
        {
            if (s.IndexPlusOne == 0)
            {
                continue;
            }

            int slot = s.Hash & mask;
            while (table[slot].IndexPlusOne != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = s;
        }

        _table = table;
    }

    private ReadOnlySpan<char> Stored(int index) => _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    // One table slot: 16 bytes, four to a cache line, so the table of a million keys (two million slots) is 32 MB;
    // a lookup of a packed key reads one slot and nothing else.
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Packed;
        public int Hash;
        public int IndexPlusOne;
    }
}
