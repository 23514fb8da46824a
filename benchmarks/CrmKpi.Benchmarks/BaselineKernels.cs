using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CrmKpi.Benchmarks;

/// <summary>
/// The memory-read baseline: touches every byte of the given columns with the cheapest vector
/// work (an integer add of the raw bits), so a calculator's time reads as a ratio to how fast this
/// machine can stream the same bytes.
/// </summary>
public static class BaselineKernels
{
    /// <summary>Sums the raw 64-bit words of the columns' bytes; the result only defeats dead-code elimination.</summary>
    public static ulong SumOfBits<T>(ReadOnlySpan<T> column)
        where T : unmanaged => SumOfWords(MemoryMarshal.AsBytes(column));

    /// <summary>The baseline over several columns read in one pass each.</summary>
    public static ulong SumOfBits<T1, T2>(ReadOnlySpan<T1> first, ReadOnlySpan<T2> second)
        where T1 : unmanaged
        where T2 : unmanaged => SumOfBits(first) + SumOfBits(second);

    /// <summary>The baseline over three columns.</summary>
    public static ulong SumOfBits<T1, T2, T3>(ReadOnlySpan<T1> first, ReadOnlySpan<T2> second, ReadOnlySpan<T3> third)
        where T1 : unmanaged
        where T2 : unmanaged
        where T3 : unmanaged => SumOfBits(first) + SumOfBits(second) + SumOfBits(third);

    private static ulong SumOfWords(ReadOnlySpan<byte> bytes)
    {
        ref byte start = ref MemoryMarshal.GetReference(bytes);
        int length = bytes.Length;
        int i = 0;
        Vector256<ulong> a0 = Vector256<ulong>.Zero, a1 = a0, a2 = a0, a3 = a0;
        int block = 4 * Vector256<byte>.Count;
        for (; i <= length - block; i += block)
        {
            a0 += Vector256.LoadUnsafe(ref start, (nuint)i).AsUInt64();
            a1 += Vector256.LoadUnsafe(ref start, (nuint)(i + 32)).AsUInt64();
            a2 += Vector256.LoadUnsafe(ref start, (nuint)(i + 64)).AsUInt64();
            a3 += Vector256.LoadUnsafe(ref start, (nuint)(i + 96)).AsUInt64();
        }

        ulong sum = Vector256.Sum(a0 + a1 + a2 + a3);
        for (; i < length; i++)
        {
            sum += Unsafe.Add(ref start, i);
        }

        return sum;
    }
}
