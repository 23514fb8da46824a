using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CrmKpi.Internal;

/// <summary>
/// Compensated summation of doubles (Knuth's TwoSum per lane, Neumaier's rule to combine lanes),
/// vectorised over <see cref="Vector256{T}"/> with four independent accumulators.
/// </summary>
/// <remarks>
/// <para>
/// The error of the result is bounded by about one rounding of the exact sum plus n * eps^2 * sum |x|,
/// so ten million amounts sum to far within 1e-12 relative of the exact decimal sum, where a plain
/// loop can lose several digits. The blocks always start at index 0 (nothing is peeled to align
/// memory), so the result does not depend on where the span happens to sit.
/// </para>
/// <para>
/// Non-finite input is not checked here: NaN or infinity in the input propagates to the result,
/// and callers that forbid it test the result and then locate the element on a cold path.
/// </para>
/// </remarks>
internal static class AccurateSum
{
    /// <summary>The compensated sum of <paramref name="values"/>; 0 for an empty span.</summary>
    public static double Sum(ReadOnlySpan<double> values)
    {
        ref double start = ref MemoryMarshal.GetReference(values);
        int length = values.Length;
        int i = 0;
        CompensatedAccumulator total = default;

        if (Vector256.IsHardwareAccelerated && length >= 4 * Vector256<double>.Count)
        {
            Vector256<double> s0 = Vector256<double>.Zero, s1 = s0, s2 = s0, s3 = s0;
            Vector256<double> c0 = s0, c1 = s0, c2 = s0, c3 = s0;
            int width = Vector256<double>.Count;
            int lastBlock = length - (4 * width);
            for (; i <= lastBlock; i += 4 * width)
            {
                TwoSum(ref s0, ref c0, Vector256.LoadUnsafe(ref start, (nuint)i));
                TwoSum(ref s1, ref c1, Vector256.LoadUnsafe(ref start, (nuint)(i + width)));
                TwoSum(ref s2, ref c2, Vector256.LoadUnsafe(ref start, (nuint)(i + (2 * width))));
                TwoSum(ref s3, ref c3, Vector256.LoadUnsafe(ref start, (nuint)(i + (3 * width))));
            }

            total.AddLanes(s0);
            total.AddLanes(s1);
            total.AddLanes(s2);
            total.AddLanes(s3);
            total.AddLanes(c0);
            total.AddLanes(c1);
            total.AddLanes(c2);
            total.AddLanes(c3);
        }

        for (; i < length; i++)
        {
            total.Add(Unsafe.Add(ref start, i));
        }

        return total.Value;
    }

    /// <summary>
    /// Exact sum of 32-bit integers, widened to 64 bits, and the bitwise OR of all of them (negative
    /// exactly when some element is negative), in one vectorised pass.
    /// </summary>
    public static long Sum(ReadOnlySpan<int> values, out int bitwiseOr)
    {
        ref int start = ref MemoryMarshal.GetReference(values);
        int length = values.Length;
        int i = 0;
        long sum = 0;
        int or = 0;
        if (Vector256.IsHardwareAccelerated && length >= 2 * Vector256<int>.Count)
        {
            Vector256<long> a0 = Vector256<long>.Zero, a1 = a0, a2 = a0, a3 = a0;
            Vector256<int> ors = Vector256<int>.Zero;
            int width = Vector256<int>.Count;
            for (; i <= length - (2 * width); i += 2 * width)
            {
                Vector256<int> v0 = Vector256.LoadUnsafe(ref start, (nuint)i);
                Vector256<int> v1 = Vector256.LoadUnsafe(ref start, (nuint)(i + width));
                ors |= v0 | v1;
                (Vector256<long> lo0, Vector256<long> hi0) = Vector256.Widen(v0);
                (Vector256<long> lo1, Vector256<long> hi1) = Vector256.Widen(v1);
                a0 += lo0;
                a1 += hi0;
                a2 += lo1;
                a3 += hi1;
            }

            sum = Vector256.Sum(a0 + a1 + a2 + a3);
            for (int lane = 0; lane < width; lane++)
            {
                or |= ors.GetElement(lane);
            }
        }

        for (; i < length; i++)
        {
            int v = Unsafe.Add(ref start, i);
            sum += v;
            or |= v;
        }

        bitwiseOr = or;
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void TwoSum(ref Vector256<double> sum, ref Vector256<double> compensation, Vector256<double> x)
    {
        Vector256<double> t = sum + x;
        Vector256<double> z = t - sum;
        compensation += (sum - (t - z)) + (x - z);
        sum = t;
    }
}

/// <summary>A scalar Neumaier accumulator: a running sum and the rounding errors it has dropped.</summary>
internal struct CompensatedAccumulator
{
    private double _sum;
    private double _compensation;

    /// <summary>The compensated total so far.</summary>
    public readonly double Value => _sum + _compensation;

    /// <summary>Adds one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double x)
    {
        double t = _sum + x;
        _compensation += Math.Abs(_sum) >= Math.Abs(x) ? (_sum - t) + x : (x - t) + _sum;
        _sum = t;
    }

    /// <summary>Adds every lane of a vector, lowest lane first.</summary>
    public void AddLanes(Vector256<double> lanes)
    {
        for (int lane = 0; lane < Vector256<double>.Count; lane++)
        {
            Add(lanes.GetElement(lane));
        }
    }

    /// <summary>Adds another accumulator's total, keeping its compensation.</summary>
    public void Add(CompensatedAccumulator other)
    {
        Add(other._sum);
        Add(other._compensation);
    }
}

/// <summary>
/// A branch-free compensated accumulator (Knuth's TwoSum): exact error terms without the magnitude
/// test of Neumaier's rule, for loops where that test would mispredict.
/// </summary>
internal struct TwoSumAccumulator
{
    private double _sum;
    private double _compensation;

    /// <summary>Adds one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double x)
    {
        double t = _sum + x;
        double z = t - _sum;
        _compensation += (_sum - (t - z)) + (x - z);
        _sum = t;
    }

    /// <summary>Adds this accumulator's sum and compensation to a Neumaier accumulator.</summary>
    public readonly void AddTo(ref CompensatedAccumulator total)
    {
        total.Add(_sum);
        total.Add(_compensation);
    }
}
