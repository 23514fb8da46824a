using System;
using NodaTime;

namespace CrmKpi.Data.Internal;

/// <summary>
/// Parsed transaction rows waiting for their customer index: the keys of a batch are mapped together,
/// so the key map's cache misses overlap
/// (<see cref="CustomerKeys.GetOrAdd(ReadOnlySpan{char}, ReadOnlySpan{int}, Span{int})"/>), and a batch is
/// the unit one thread hands to another (<see cref="TransactionBatchWriter"/>).
/// </summary>
internal sealed class TransactionRowBatch
{
    private readonly int[] _ends;
    private readonly int[] _indexes;
    private readonly LocalDate[] _dates;
    private readonly double[] _amounts;
    private readonly int[] _items;
    private char[] _chars;
    private int _count;
    private int _charCount;

    public TransactionRowBatch(int rows)
    {
        _ends = new int[rows];
        _indexes = new int[rows];
        _dates = new LocalDate[rows];
        _amounts = new double[rows];
        _items = new int[rows];
        _chars = new char[rows * 16];
    }

    /// <summary>Rows the builder should make room for (in all) before this batch's rows are added; 0 for no request.</summary>
    public int CapacityRequest { get; set; }

    /// <summary>Adds a row; true when the batch is full.</summary>
    public bool Add(ReadOnlySpan<char> key, LocalDate date, double amount, int items)
    {
        if (_charCount + key.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + key.Length));
        }

        key.CopyTo(_chars.AsSpan(_charCount));
        _charCount += key.Length;
        _ends[_count] = _charCount;
        _dates[_count] = date;
        _amounts[_count] = amount;
        _items[_count] = items;
        return ++_count == _ends.Length;
    }

    /// <summary>Maps the batch's keys, appends its rows to the builder in order and empties the batch.</summary>
    public void Flush(TransactionLogBuilder builder)
    {
        if (CapacityRequest > 0)
        {
            builder.EnsureCapacity(CapacityRequest);
            CapacityRequest = 0;
        }

        builder.Customers.GetOrAdd(_chars.AsSpan(0, _charCount), _ends.AsSpan(0, _count), _indexes);
        for (int i = 0; i < _count; i++)
        {
            builder.AddRow(_indexes[i], _dates[i], _amounts[i], _items[i]);
        }

        _count = 0;
        _charCount = 0;
    }
}
