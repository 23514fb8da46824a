using System;
using System.Collections.Generic;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// Maps arbitrary customer keys (strings, GUIDs, longs, ...) to the dense indexes
/// <c>0 .. Count - 1</c> that the calculators use, in order of first appearance. Build it once per
/// data set; the hot paths then index arrays instead of hashing keys.
/// </summary>
/// <typeparam name="TKey">The key type; equality follows the comparer given to the constructor.</typeparam>
/// <remarks>Not thread-safe for concurrent writes, like <see cref="Dictionary{TKey, TValue}"/>.</remarks>
public sealed class CustomerIndexMap<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _indexes;
    private readonly List<TKey> _keys;

    /// <summary>Creates an empty map with the default equality comparer.</summary>
    public CustomerIndexMap()
        : this(null)
    {
    }

    /// <summary>Creates an empty map with the given equality comparer (for example <see cref="StringComparer.Ordinal"/>).</summary>
    /// <param name="comparer">The key comparer; null for the default.</param>
    public CustomerIndexMap(IEqualityComparer<TKey>? comparer)
    {
        _indexes = new Dictionary<TKey, int>(comparer);
        _keys = [];
    }

    /// <summary>The number of distinct keys seen: the <c>customerCount</c> to give the column groups.</summary>
    public int Count => _keys.Count;

    /// <summary>The index of <paramref name="key"/>, adding it as the next index when it is new.</summary>
    /// <param name="key">The customer key.</param>
    /// <returns>The key's dense index.</returns>
    public int GetOrAdd(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_indexes.TryGetValue(key, out int index))
        {
            index = _keys.Count;
            _indexes.Add(key, index);
            _keys.Add(key);
        }

        return index;
    }

    /// <summary>Looks up a key without adding it.</summary>
    /// <param name="key">The customer key.</param>
    /// <param name="index">The key's index when found; otherwise -1.</param>
    /// <returns>Whether the key is in the map.</returns>
    public bool TryGetIndex(TKey key, out int index)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_indexes.TryGetValue(key, out index))
        {
            return true;
        }

        index = -1;
        return false;
    }

    /// <summary>The key that has index <paramref name="index"/>.</summary>
    /// <param name="index">An index in <c>[0, Count)</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside <c>[0, Count)</c>.</exception>
    public TKey KeyAt(int index)
    {
        Guard.InRange(index, 0, (long)_keys.Count - 1);
        return _keys[index];
    }

    /// <summary>Maps every key of a column to its index, adding new keys, and writes the indexes to <paramref name="destination"/>.</summary>
    /// <param name="keys">The key of each row.</param>
    /// <param name="destination">Receives the index of each row; at least as long as <paramref name="keys"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="keys"/>.</exception>
    public void Map(ReadOnlySpan<TKey> keys, Span<int> destination)
    {
        Guard.DestinationLength(keys.Length, destination.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            destination[i] = GetOrAdd(keys[i]);
        }
    }

    /// <summary>Maps every key of a column to its index, adding new keys.</summary>
    /// <param name="keys">The key of each row.</param>
    /// <returns>A new array with the index of each row.</returns>
    public int[] Map(ReadOnlySpan<TKey> keys)
    {
        int[] indexes = new int[keys.Length];
        Map(keys, indexes);
        return indexes;
    }
}
