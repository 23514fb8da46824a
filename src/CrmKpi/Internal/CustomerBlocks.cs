using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CrmKpi.Internal;

/// <summary>
/// Partitions the rows of a log by customer block, so that a per-customer aggregation touches one
/// cache-sized slice of its state at a time instead of the whole array at random.
/// </summary>
/// <remarks>
/// <para>
/// A kernel whose rows do a read-modify-write into per-customer state larger than the L2 cache misses
/// on nearly every row (rows come in any order). Block <c>b</c> holds customers
/// <c>[b &lt;&lt; shift, (b + 1) &lt;&lt; shift)</c>, with <c>shift</c> chosen so one block's state fits in
/// <see cref="BlockStateBytes"/>. Two sequential passes partition the rows, a counting-sort scatter:
/// <see cref="Count"/> validates the customer column and counts the rows of each block;
/// <see cref="Scatter{TPayload, TEncoder}"/> writes one compact payload per kept row (the customer's
/// offset inside its block and what the kernel needs of the row) to its block's bucket, in row order. The
/// kernel then aggregates bucket by bucket with its state resident in cache: three sequential passes in
/// place of one random one. The scatter is stable, so each customer's rows keep their order and sums
/// are bit-identical to the direct pass.
/// </para>
/// <para>Small inputs, whose state already fits in cache, gain nothing: <see cref="Worthwhile"/> says when to partition.</para>
/// </remarks>
internal static class CustomerBlocks
{
    /// <summary>The per-block state the partition aims at, 256 KiB; why this value: docs/performance/customer-blocks.md.</summary>
    public const int BlockStateBytes = 256 * 1024;

    /// <summary>How far ahead of a bucket's write cursor the scatter prefetches, in bytes: four cache lines.</summary>
    private const int PrefetchBytes = 256;

    /// <summary>
    /// Per-customer state up to this size, 8 MiB, is left to the direct pass with software prefetch (<see cref="PrefetchRows"/>);
    /// why this value: docs/performance/customer-blocks.md.
    /// </summary>
    public const long DirectStateBytes = 8L * 1024 * 1024;

    /// <summary>Whether partitioning pays: the state is larger than <see cref="DirectStateBytes"/> and there are at least as many rows as customers.</summary>
    /// <param name="rows">The rows of the log.</param>
    /// <param name="customerCount">The customers.</param>
    /// <param name="stateBytesPerCustomer">The bytes of state the kernel keeps per customer.</param>
    /// <returns>True to partition.</returns>
    public static bool Worthwhile(int rows, int customerCount, int stateBytesPerCustomer) =>
        (long)customerCount * stateBytesPerCustomer > DirectStateBytes && rows >= customerCount;

    /// <summary>The block shift: the largest with one block's state within <see cref="BlockStateBytes"/>.</summary>
    /// <param name="stateBytesPerCustomer">The bytes of state per customer; positive.</param>
    /// <returns>log2 of the customers per block.</returns>
    public static int Shift(int stateBytesPerCustomer) =>
        BitOperations.Log2((uint)Math.Max(1, BlockStateBytes / stateBytesPerCustomer));

    /// <summary>The number of blocks for <paramref name="customerCount"/> customers.</summary>
    /// <param name="customerCount">The customers; not negative.</param>
    /// <param name="shift">The block shift.</param>
    /// <returns>The blocks, the last possibly partial.</returns>
    public static int BlockCount(int customerCount, int shift) => (int)(((long)customerCount + (1L << shift) - 1) >> shift);

    /// <summary>
    /// Counting pass: checks every customer index against <paramref name="customerCount"/> (throwing for the
    /// first bad one, naming column <c>customerIndexes</c> and its row) and writes each block's first position
    /// in the partitioned order to <paramref name="starts"/> (<c>starts[b]</c> = rows of blocks before b).
    /// </summary>
    /// <param name="customers">The customer column.</param>
    /// <param name="customerCount">The customers the indexes refer to.</param>
    /// <param name="shift">The block shift.</param>
    /// <param name="starts">One entry per block; overwritten.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Count(ReadOnlySpan<int> customers, int customerCount, int shift, Span<int> starts)
    {
        starts.Clear();
        if (MaxUnsigned(customers) >= (uint)customerCount)
        {
            ThrowFirstOutOfRange(customers, customerCount);
        }

        // Every index is in range, so the count loop needs no check; two rows a step halve the loop overhead.
        ref int counts = ref MemoryMarshal.GetReference(starts);
        ref int first = ref MemoryMarshal.GetReference(customers);
        int i = 0;
        for (; i + 1 < customers.Length; i += 2)
        {
            uint c0 = (uint)Unsafe.Add(ref first, i);
            uint c1 = (uint)Unsafe.Add(ref first, i + 1);
            Unsafe.Add(ref counts, (nint)(c0 >> shift))++;
            Unsafe.Add(ref counts, (nint)(c1 >> shift))++;
        }

        if (i < customers.Length)
        {
            Unsafe.Add(ref counts, (nint)((uint)Unsafe.Add(ref first, i) >> shift))++;
        }

        int running = 0;
        for (int b = 0; b < starts.Length; b++)
        {
            int n = starts[b];
            starts[b] = running;
            running += n;
        }
    }

    /// <summary>
    /// How many rows ahead a direct pass prefetches the state of the customer it will update: a random update that misses
    /// the cache then finds its line already on the way (the loads of later customer indexes are sequential and cheap).
    /// </summary>
    public const int PrefetchRows = 64;

    /// <summary>
    /// Asks the processor to bring the cache line of element <paramref name="index"/> after <paramref name="first"/> into
    /// cache; a no-op off x86. The address is formed as a raw pointer, never as a managed reference, so an index past the
    /// end (or an array the GC has just moved) only wastes the hint: a prefetch never faults.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="first">The first element of the array or span.</param>
    /// <param name="index">The element to prefetch; need not be in bounds.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch<T>(ref T first, nuint index)
    {
        if (Sse.IsSupported)
        {
            unsafe
            {
                Sse.Prefetch0((byte*)Unsafe.AsPointer(ref first) + (index * (nuint)Unsafe.SizeOf<T>()));
            }
        }
    }

    /// <summary>The largest value of <paramref name="values"/> read as unsigned (a negative index reads as above any count); 0 when empty.</summary>
    private static uint MaxUnsigned(ReadOnlySpan<int> values)
    {
        ReadOnlySpan<uint> u = MemoryMarshal.Cast<int, uint>(values);
        var max = Vector256<uint>.Zero;
        int i = 0;
        for (; i + Vector256<uint>.Count <= u.Length; i += Vector256<uint>.Count)
        {
            max = Vector256.Max(max, Vector256.Create(u.Slice(i, Vector256<uint>.Count)));
        }

        uint result = 0;
        for (int lane = 0; lane < Vector256<uint>.Count; lane++)
        {
            result = Math.Max(result, max[lane]);
        }

        for (; i < u.Length; i++)
        {
            result = Math.Max(result, u[i]);
        }

        return result;
    }

    /// <summary>Throws for the first customer index outside <c>[0, customerCount)</c> (cold path of <see cref="Count"/>).</summary>
    private static void ThrowFirstOutOfRange(ReadOnlySpan<int> customers, int customerCount)
    {
        for (int i = 0; i < customers.Length; i++)
        {
            if ((uint)customers[i] >= (uint)customerCount)
            {
                Guard.ThrowElement("customerIndexes", i, customers[i], RowChecks.CustomerIndexRule(customerCount));
            }
        }
    }

    /// <summary>
    /// Scatter pass: for each row in order, asks <paramref name="encoder"/> for its payload and, when the row is
    /// kept, appends it to its block's bucket. On entry <paramref name="cursors"/> holds the block starts from
    /// <see cref="Count"/>; on return, each block's end (a block's bucket is <c>[start, cursor)</c>, shorter than
    /// counted when rows were dropped).
    /// </summary>
    /// <typeparam name="TPayload">The compact row payload.</typeparam>
    /// <typeparam name="TEncoder">Encodes a row; it also folds whatever checks the kernel makes on the row's other columns.</typeparam>
    /// <param name="customers">The customer column, already checked by <see cref="Count"/>.</param>
    /// <param name="shift">The block shift.</param>
    /// <param name="cursors">The block starts; advanced to the block ends.</param>
    /// <param name="payloads">The partitioned payloads; as long as the rows.</param>
    /// <param name="encoder">The row encoder.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scatter<TPayload, TEncoder>(ReadOnlySpan<int> customers, int shift, Span<int> cursors, Span<TPayload> payloads, ref TEncoder encoder)
        where TPayload : unmanaged
        where TEncoder : struct, IRowEncoder<TPayload>, allows ref struct
    {
        if (payloads.Length < customers.Length)
        {
            throw new ArgumentException("The payload buffer is shorter than the rows.", nameof(payloads));
        }

        ref int cursor = ref MemoryMarshal.GetReference(cursors);
        ref TPayload output = ref MemoryMarshal.GetReference(payloads);
        int mask = (1 << shift) - 1;
        int ahead = PrefetchBytes / Unsafe.SizeOf<TPayload>();
        TEncoder local = encoder;   // a local copy keeps the encoder's folded checks in registers, not a store-to-load chain through memory
        for (int i = 0; i < customers.Length; i++)
        {
            int c = customers[i];
            ref int at = ref Unsafe.Add(ref cursor, c >> shift);
            // The buckets are too many interleaved write streams for the hardware prefetcher: without this, every
            // new cache line of a bucket stalls the store buffer on a read-for-ownership from memory.
            Prefetch(ref output, (nuint)(at + ahead));
            Unsafe.Add(ref output, at) = local.Encode(i, c & mask, out bool keep);
            at += keep ? 1 : 0;
        }

        encoder = local;
    }

    /// <summary>Encodes one row of a log into the compact payload a blocked kernel aggregates.</summary>
    /// <typeparam name="TPayload">The payload.</typeparam>
    internal interface IRowEncoder<TPayload>
        where TPayload : unmanaged
    {
        /// <summary>The payload of row <paramref name="row"/>, whose customer is <paramref name="local"/> inside its block.</summary>
        /// <param name="row">The row index.</param>
        /// <param name="local">The customer's offset inside its block.</param>
        /// <param name="keep">False when the row does not count (the payload is then overwritten by the next row of the block).</param>
        /// <returns>The payload.</returns>
        TPayload Encode(int row, int local, out bool keep);
    }

    /// <summary>The scratch memory of the partition (block starts and payloads), held by a kernel's workspace and reused across calls.</summary>
    internal sealed class Scratch
    {
        private readonly bool _pooled;
        private int[] _cursors = [];
        private int[] _starts = [];
        private int[] _lookup = [];
        private long[] _payloads = [];

        /// <summary>Creates empty scratch that grows on first use, from the shared pool when <paramref name="pooled"/>.</summary>
        /// <param name="pooled">Whether to rent the arrays from <see cref="ArrayPool{T}.Shared"/>; give them back with <see cref="Return"/>.</param>
        public Scratch(bool pooled) => _pooled = pooled;

        /// <summary>The bytes held.</summary>
        public long AllocatedBytes => ((_cursors.LongLength + _starts.LongLength + _lookup.LongLength) * sizeof(int)) + (_payloads.LongLength * sizeof(long));

        /// <summary>One cursor per block.</summary>
        /// <param name="blocks">The blocks.</param>
        /// <returns>The cursors.</returns>
        public Span<int> Cursors(int blocks) => Grow(ref _cursors, blocks);

        /// <summary>A copy of the block starts, one per block.</summary>
        /// <param name="blocks">The blocks.</param>
        /// <returns>The starts.</returns>
        public Span<int> Starts(int blocks) => Grow(ref _starts, blocks);

        /// <summary>A small lookup table a kernel fills per call (for example a value per day of the window).</summary>
        /// <param name="length">The entries.</param>
        /// <returns>The table; its contents are meaningless.</returns>
        public Span<int> Lookup(int length) => Grow(ref _lookup, length);

        /// <summary>Room for <paramref name="rows"/> payloads.</summary>
        /// <typeparam name="T">The payload.</typeparam>
        /// <param name="rows">The rows.</param>
        /// <returns>The payload buffer.</returns>
        public Span<T> Payloads<T>(int rows)
            where T : unmanaged
        {
            long bytes = checked((long)rows * Unsafe.SizeOf<T>());
            Span<long> words = Grow(ref _payloads, checked((int)((bytes + 7) / 8)));
            return MemoryMarshal.Cast<long, T>(words)[..rows];
        }

        /// <summary>Returns pooled arrays to the shared pool.</summary>
        public void Return()
        {
            Return(ref _cursors);
            Return(ref _starts);
            Return(ref _lookup);
            Return(ref _payloads);
        }

        /// <summary>Gives a rented array back to the shared pool and leaves <paramref name="array"/> empty; nothing for an empty one.</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="array">The array.</param>
        internal static void Return<T>(ref T[] array)
        {
            if (array.Length > 0)
            {
                ArrayPool<T>.Shared.Return(array);
                array = [];
            }
        }

        /// <summary>The first <paramref name="length"/> elements of <paramref name="array"/>, replaced by a larger one (rented when <paramref name="pooled"/>) if short.</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="array">The array; replaced when shorter than <paramref name="length"/>.</param>
        /// <param name="length">The elements needed.</param>
        /// <param name="pooled">Whether arrays come from (and go back to) <see cref="ArrayPool{T}.Shared"/>.</param>
        /// <returns>The span; its contents are meaningless.</returns>
        internal static Span<T> Grow<T>(ref T[] array, int length, bool pooled)
        {
            if (array.Length < length)
            {
                if (pooled)
                {
                    Return(ref array);
                    array = ArrayPool<T>.Shared.Rent(length);
                }
                else
                {
                    array = new T[length];
                }
            }

            return array.AsSpan(0, length);
        }

        private Span<T> Grow<T>(ref T[] array, int length) => Grow(ref array, length, _pooled);
    }
}
