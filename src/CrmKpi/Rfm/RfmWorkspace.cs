using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// Reusable scratch memory for <see cref="Rfm.Score(ReadOnlySpan{RfmValues}, int, RfmScoring, Span{RfmScore}, RfmWorkspace?)"/>
/// and <see cref="Rfm.Table(TransactionColumns, NodaTime.DateInterval, NodaTime.LocalDate, RfmMonetary, int, RfmScoring, Span{RfmValues}, Span{RfmScore}, RfmWorkspace?)"/>:
/// pass one to repeated calls and they allocate nothing beyond their outputs once the workspace has grown
/// to the largest customer count seen.
/// </summary>
/// <remarks>
/// Holds two <see cref="double"/>s per customer (the monetary values and the buckets the radix selection gathers) and
/// two small count tables for the integer dimensions (recency days and frequencies up to
/// <see cref="HistogramLength"/>); integer values beyond that fall back to selection over one
/// <see cref="int"/> per customer, allocated on first need. The aggregation of large logs (state above 8 MiB) also keeps
/// its customer-block partition here: 12 bytes a row, allocated on first need. Not thread-safe: give each thread its own.
/// </remarks>
public sealed class RfmWorkspace
{
    /// <summary>The largest recency in days or frequency that the integer count tables hold; larger values are binned by selection instead.</summary>
    public const int HistogramLength = 1 << 16;

    private double[] _doubles;
    private double[] _spare;
    private int[] _ints;

    /// <summary>Creates an empty workspace that grows on first use.</summary>
    public RfmWorkspace()
        : this(0)
    {
    }

    /// <summary>Creates a workspace sized for <paramref name="customerCapacity"/> customers.</summary>
    /// <param name="customerCapacity">Customers to reserve room for. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerCapacity"/> is negative or above <see cref="Array.MaxLength"/>.</exception>
    public RfmWorkspace(int customerCapacity)
    {
        Guard.InRange(customerCapacity, 0, Array.MaxLength);
        _doubles = new double[customerCapacity];
        _spare = new double[customerCapacity];
        _ints = [];
        RecencyCounts = new int[HistogramLength];
        FrequencyCounts = new int[HistogramLength];
        RadixCounts = new int[HistogramLength];
    }

    /// <summary>The customers the workspace currently has room for without growing.</summary>
    public int CustomerCapacity => _doubles.Length;

    internal int[] RecencyCounts { get; }

    /// <summary>The customer-block partition of large logs (<see cref="Rfm.Values(TransactionColumns, NodaTime.DateInterval, NodaTime.LocalDate, RfmMonetary, Span{RfmValues}, RfmWorkspace?)"/>): 12 bytes a row, grown on first need.</summary>
    internal Internal.CustomerBlocks.Scratch Blocks { get; } = new(pooled: false);

    internal int[] FrequencyCounts { get; }

    internal int[] RadixCounts { get; }

    internal Span<double> Doubles(int length)
    {
        if (_doubles.Length < length)
        {
            _doubles = new double[length];
        }

        return _doubles.AsSpan(0, length);
    }

    internal Span<double> Spare(int length)
    {
        if (_spare.Length < length)
        {
            _spare = new double[length];
        }

        return _spare.AsSpan(0, length);
    }

    internal Span<int> Ints(int length)
    {
        if (_ints.Length < length)
        {
            _ints = new int[length];
        }

        return _ints.AsSpan(0, length);
    }
}
