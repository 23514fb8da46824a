using System;

namespace CrmKpi;

/// <summary>
/// Reusable per-customer scratch memory for the retention kernels, so that repeated calls over logs of the
/// same size allocate nothing. Create one per thread and pass it to the overloads that take it.
/// </summary>
/// <remarks>
/// <para>The workspace contract, shared with <see cref="RfmWorkspace"/>: a parameterless constructor (grows on first use),
/// a capacity constructor (sized up front), <see cref="AllocatedBytes"/>, one workspace per thread (not thread-safe), and every
/// member that takes a workspace treats <c>null</c> as "rent the scratch from the shared array pool for this call and give it back",
/// as the overloads without a workspace do.</para>
/// <para>The arrays grow to the largest log seen and are then reused; their contents between calls are meaningless.</para>
/// </remarks>
public sealed class RetentionWorkspace
{
    private byte[] _flags = [];
    private ulong[] _bits = [];
    private int[] _table = [];
    private double[] _amounts = [];
    private readonly bool _pooled;
    private readonly Internal.CustomerBlocks.Scratch _blocks;

    /// <summary>Creates an empty workspace; it grows on first use.</summary>
    public RetentionWorkspace()
        : this(pooled: false)
    {
    }

    /// <summary>Creates a workspace sized for <paramref name="customerCapacity"/> customers: the per-customer state of
    /// classification (1 byte a customer) and revenue retention (16 bytes a customer). Cohort tables grow their own state on first use.</summary>
    /// <param name="customerCapacity">Customers to reserve room for. Not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerCapacity"/> is negative or above half of <see cref="Array.MaxLength"/>
    /// (the revenue state holds two amounts a customer).</exception>
    public RetentionWorkspace(int customerCapacity)
        : this(pooled: false)
    {
        Internal.Guard.InRange(customerCapacity, 0, Array.MaxLength / 2);
        _flags = new byte[customerCapacity];
        _amounts = new double[2L * customerCapacity];
    }

    /// <summary>The customers the workspace currently has room for without growing, for classification and revenue retention.</summary>
    public int CustomerCapacity => (int)Math.Min(_flags.LongLength, _amounts.LongLength / 2);

    private RetentionWorkspace(bool pooled)
    {
        _pooled = pooled;
        _blocks = new Internal.CustomerBlocks.Scratch(pooled);
    }

    /// <summary>The bytes the workspace currently holds, for sizing (one byte per customer for classification,
    /// 16 for revenue retention; for a cohort table, 8 bytes per customer per 64 periods while that is at most 8 MiB or the log
    /// has fewer rows than customers, else 4 bytes per row and at most 256 KB of masks for the customer-block partition).</summary>
    public long AllocatedBytes => _flags.LongLength + (_bits.LongLength * sizeof(ulong)) + (_table.LongLength * sizeof(int)) + (_amounts.LongLength * sizeof(double)) + _blocks.AllocatedBytes;

    /// <summary>The customer-block partition of large logs (cohorts).</summary>
    internal Internal.CustomerBlocks.Scratch Blocks => _blocks;

    /// <summary>A workspace whose arrays are rented from the shared pool; give them back with <see cref="ReturnPooled"/>.</summary>
    internal static RetentionWorkspace RentPooled() => new(pooled: true);

    internal Span<byte> Flags(int length) => Grow(ref _flags, length);

    internal Span<ulong> Bits(int length) => Grow(ref _bits, length);

    internal Span<int> Table(int length) => Grow(ref _table, length);

    internal Span<double> Amounts(int length) => Grow(ref _amounts, length);

    /// <summary>Returns a pooled workspace's arrays to the shared pool; the workspace must not be used afterwards.</summary>
    internal void ReturnPooled()
    {
        Return(ref _flags);
        Return(ref _bits);
        Return(ref _table);
        Return(ref _amounts);
        _blocks.Return();
    }

    private static void Return<T>(ref T[] array) => Internal.CustomerBlocks.Scratch.Return(ref array);

    private Span<T> Grow<T>(ref T[] array, int length) => Internal.CustomerBlocks.Scratch.Grow(ref array, length, _pooled);
}
