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
/// <para>The workspace contract, shared with <see cref="RetentionWorkspace"/>: a parameterless constructor (grows on first use),
/// a capacity constructor (sized up front), <see cref="AllocatedBytes"/>, one workspace per thread (not thread-safe), and every
/// member that takes a workspace treats <c>null</c> as "rent the scratch from the shared array pool for this call and give it back".</para>
/// <para>Holds two <see cref="double"/>s per customer (the monetary values and the buckets the radix selection gathers) and
/// three count tables of <see cref="HistogramLength"/> entries for the integer dimensions (recency days and frequencies up to
/// <see cref="HistogramLength"/>, and the radix selection), allocated on first use; integer values beyond that fall back to
/// selection over one <see cref="int"/> per customer, allocated on first need. The aggregation of large logs also keeps
/// its customer-block partition here: 12 bytes a row, allocated on first need.</para>
/// </remarks>
public sealed class RfmWorkspace
{
    /// <summary>The largest recency in days or frequency that the integer count tables hold; larger values are binned by selection instead.</summary>
    public const int HistogramLength = 1 << 16;

    private readonly bool _pooled;
    private double[] _doubles = [];
    private double[] _spare = [];
    private int[] _ints = [];
    private int[] _recencyCounts = [];
    private int[] _frequencyCounts = [];
    private int[] _radixCounts = [];

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
        Blocks = new CustomerBlocks.Scratch(pooled: false);
    }

    private RfmWorkspace(bool pooled)
    {
        _pooled = pooled;
        Blocks = new CustomerBlocks.Scratch(pooled);
    }

    /// <summary>The customers the workspace currently has room for without growing.</summary>
    public int CustomerCapacity => Math.Min(_doubles.Length, _spare.Length);

    /// <summary>The bytes the workspace currently holds: 16 a customer once scored, 768 KiB of count tables once scored,
    /// 4 a customer once integer values beyond the tables were seen, and the customer-block partition of large logs.</summary>
    public long AllocatedBytes =>
        ((_doubles.LongLength + _spare.LongLength) * sizeof(double))
        + ((_ints.LongLength + _recencyCounts.LongLength + _frequencyCounts.LongLength + _radixCounts.LongLength) * sizeof(int))
        + Blocks.AllocatedBytes;

    /// <summary>The customer-block partition of large logs (<see cref="Rfm.Values(TransactionColumns, NodaTime.DateInterval, NodaTime.LocalDate, RfmMonetary, Span{RfmValues}, RfmWorkspace?)"/>): 12 bytes a row, grown on first need.</summary>
    internal CustomerBlocks.Scratch Blocks { get; }

    /// <summary>The recency-day count table, <see cref="HistogramLength"/> entries; its contents are meaningless.</summary>
    internal int[] RecencyCounts => CountTable(ref _recencyCounts);

    /// <summary>The frequency count table, <see cref="HistogramLength"/> entries; its contents are meaningless.</summary>
    internal int[] FrequencyCounts => CountTable(ref _frequencyCounts);

    /// <summary>The radix selection's histogram, <see cref="HistogramLength"/> entries; its contents are meaningless.</summary>
    internal int[] RadixCounts => CountTable(ref _radixCounts);

    /// <summary>A workspace whose arrays are rented from the shared pool; give them back with <see cref="ReturnPooled"/>.</summary>
    internal static RfmWorkspace RentPooled() => new(pooled: true);

    internal Span<double> Doubles(int length) => CustomerBlocks.Scratch.Grow(ref _doubles, length, _pooled);

    internal Span<double> Spare(int length) => CustomerBlocks.Scratch.Grow(ref _spare, length, _pooled);

    internal Span<int> Ints(int length) => CustomerBlocks.Scratch.Grow(ref _ints, length, _pooled);

    /// <summary>Returns a pooled workspace's arrays to the shared pool; the workspace must not be used afterwards.</summary>
    internal void ReturnPooled()
    {
        CustomerBlocks.Scratch.Return(ref _doubles);
        CustomerBlocks.Scratch.Return(ref _spare);
        CustomerBlocks.Scratch.Return(ref _ints);
        CustomerBlocks.Scratch.Return(ref _recencyCounts);
        CustomerBlocks.Scratch.Return(ref _frequencyCounts);
        CustomerBlocks.Scratch.Return(ref _radixCounts);
        Blocks.Return();
    }

    /// <summary>A count table of exactly <see cref="HistogramLength"/> entries (the shared pool hands out powers of two, so a rented one is exact too).</summary>
    private int[] CountTable(ref int[] table)
    {
        if (table.Length != HistogramLength)
        {
            CustomerBlocks.Scratch.Grow(ref table, HistogramLength, _pooled);
        }

        return table;
    }
}
