using System;
using System.Runtime.CompilerServices;
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
/// Hashing uses the runtime's randomized string hash, so a file crafted to collide cannot make the
/// map quadratic. Not thread-safe for concurrent writes; concurrent reads are safe when nobody writes.
/// </para>
/// </remarks>
public sealed class CustomerKeys
{
    private const int MinimumTable = 16;

    private char[] _chars;
    private int _charCount;
    private int[] _starts;
    private int[] _hashes;
    private int _count;

    // Open addressing, linear probing: each slot holds index + 1, 0 for empty. Kept at most half full.
    private int[] _table;

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
        Guard.InRange(capacity, 0, 1 << 28);
        _starts = new int[capacity + 1];
        _hashes = new int[capacity];
        _chars = new char[(int)Math.Clamp(capacity * 8L, 16, 1 << 26)];
        _table = new int[TableSizeFor(capacity)];
    }

    /// <summary>The number of distinct keys: the customer count of the log.</summary>
    public int Count => _count;

    /// <summary>The index of the key with these characters, adding it as the next index when it is new.</summary>
    /// <param name="key">The key's characters, exactly as they identify the customer (no trimming or case folding is done).</param>
    /// <returns>The key's dense index.</returns>
    /// <exception cref="InvalidOperationException">The map already holds 2^28 keys or 2^30 key characters.</exception>
    public int GetOrAdd(ReadOnlySpan<char> key)
    {
        int hash = string.GetHashCode(key);
        int index = Find(key, hash, out int slot);
        return index >= 0 ? index : Add(key, hash, slot);
    }

    /// <summary>Looks a key up without adding it.</summary>
    /// <param name="key">The key's characters.</param>
    /// <param name="index">The key's index when found; otherwise -1.</param>
    /// <returns>Whether the key is in the map.</returns>
    public bool TryGetIndex(ReadOnlySpan<char> key, out int index)
    {
        index = Find(key, string.GetHashCode(key), out _);
        return index >= 0;
    }

    // The key's index, or -1 with the empty slot where it would go.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ReadOnlySpan<char> key, int hash, out int slot)
    {
        int[] table = _table;
        int mask = table.Length - 1;
        slot = hash & mask;
        while (true)
        {
            int entry = table[slot];
            if (entry == 0)
            {
                return -1;
            }

            int index = entry - 1;
            if (_hashes[index] == hash && KeySpanUnchecked(index).SequenceEqual(key))
            {
                return index;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The characters of the key that has index <paramref name="index"/>, without allocating.</summary>
    /// <param name="index">An index in <c>[0, Count)</c>.</param>
    /// <returns>The key's characters; valid until the next key is added.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside <c>[0, Count)</c>.</exception>
    public ReadOnlySpan<char> KeySpan(int index)
    {
        Guard.InRange(index, 0, (long)_count - 1);
        return KeySpanUnchecked(index);
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
            keys[i] = new string(KeySpanUnchecked(i));
        }

        return keys;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> KeySpanUnchecked(int index) =>
        _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    private static int TableSizeFor(int keys)
    {
        long wanted = Math.Max(MinimumTable, 2L * keys);
        return (int)Math.Min(1L << 30, (long)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)wanted));
    }

    private int Add(ReadOnlySpan<char> key, int hash, int slot)
    {
        const int MaxKeys = 1 << 28;
        const int MaxChars = 1 << 30;
        if (_count >= MaxKeys || (long)_charCount + key.Length > MaxChars)
        {
            throw new InvalidOperationException($"The customer key map is full: at most {MaxKeys} keys and {MaxChars} key characters.");
        }

        if (_charCount + key.Length > _chars.Length)
        {
            Array.Resize(ref _chars, (int)Math.Min(MaxChars, Math.Max((long)_chars.Length * 2, (long)_charCount + key.Length)));
        }

        if (_count == _hashes.Length)
        {
            int grown = Math.Max(16, _hashes.Length * 2);
            Array.Resize(ref _hashes, grown);
            Array.Resize(ref _starts, grown + 1);
        }

        int index = _count;
        key.CopyTo(_chars.AsSpan(_charCount));
        _charCount += key.Length;
        _hashes[index] = hash;
        _starts[index + 1] = _charCount;
        _count = index + 1;
        _table[slot] = index + 1;
        if (2L * _count > _table.Length)
        {
            Rehash();
        }

        return index;
    }

    private void Rehash()
    {
        var table = new int[_table.Length * 2];
        int mask = table.Length - 1;
        for (int i = 0; i < _count; i++)
        {
            int slot = _hashes[i] & mask;
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = i + 1;
        }

        _table = table;
    }
}
