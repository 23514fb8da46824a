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
/// <para>
/// Overflow: when finite values add up beyond the double range, the result is the infinity of the
/// sum's sign, never NaN (a plain TwoSum turns the overflow into inf - inf = NaN in its compensation).
/// <see cref="Sum(ReadOnlySpan{double})"/> then recomputes the sum on a cold path with the large
/// values scaled by 2^-64, so a sum whose partial sums overflow but whose exact value is finite
/// (1e308 + 1e308 - 1e308) still comes out finite and accurate.
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

            total.AddLanes(s0, c0);
            total.AddLanes(s1, c1);
            total.AddLanes(s2, c2);
            total.AddLanes(s3, c3);
        }

        for (; i < length; i++)
        {
            total.Add(Unsafe.Add(ref start, i));
        }

        double result = total.Value;
        return double.IsFinite(result) ? result : SumBeyondRange(values);
    }

    /// <summary>
    /// The cold path of <see cref="Sum(ReadOnlySpan{double})"/> when the fast sum is not finite: NaN when an
    /// element is NaN or both infinities occur, the infinity when one occurs, and otherwise the sum of the
    /// finite elements computed without intermediate overflow (large elements scaled by 2^-64, exactly).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double SumBeyondRange(ReadOnlySpan<double> values)
    {
        const double Down = 5.421010862427522E-20;   // 2^-64: exact, and 2^31 scaled maxima stay below 2^991
        const double Up = 18446744073709551616.0;    // 2^64
        const double Small = 3.8725919148493183E-121;   // 2^-400: below it, scaling would lose bits; such values cannot overflow
        bool positiveInfinity = false, negativeInfinity = false;
        CompensatedAccumulator large = default, small = default;
        foreach (double x in values)
        {
            if (double.IsNaN(x))
            {
                return double.NaN;
            }

            positiveInfinity |= double.IsPositiveInfinity(x);
            negativeInfinity |= double.IsNegativeInfinity(x);
            if (Math.Abs(x) >= Small)
            {
                large.Add(x * Down);
            }
            else
            {
                small.Add(x);
            }
        }

        if (positiveInfinity || negativeInfinity)
        {
            return positiveInfinity && negativeInfinity ? double.NaN : positiveInfinity ? double.PositiveInfinity : double.NegativeInfinity;
        }

        return (large.Value * Up) + small.Value;
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

    /// <summary>Knuth's TwoSum step on scalars: adds <paramref name="x"/> to the sum and its exact rounding error to the compensation, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void TwoSum(ref double sum, ref double compensation, double x)
    {
        double t = sum + x;
        double z = t - sum;
        compensation += (sum - (t - z)) + (x - z);
        sum = t;
    }
}

/// <summary>A scalar Neumaier accumulator: a running sum and the rounding errors it has dropped.</summary>
/// <remarks>
/// When finite inputs overflow the double range the running sum becomes an infinity and stays there (finite
/// inputs cannot bring it back), while the compensation turns NaN (inf - inf); <see cref="Value"/> then
/// returns the infinity, so an overflowing total reads as infinity rather than NaN. NaN inputs, or both
/// infinities, still give NaN.
/// </remarks>
internal struct CompensatedAccumulator
{
    private double _sum;
    private double _compensation;

    /// <summary>The compensated total so far; the infinity of the running sum once it has overflowed.</summary>
    public readonly double Value => double.IsFinite(_sum) ? _sum + _compensation : _sum;

    /// <summary>Adds one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double x)
    {
        double t = _sum + x;
        _compensation += Math.Abs(_sum) >= Math.Abs(x) ? (_sum - t) + x : (x - t) + _sum;
        _sum = t;
    }

    /// <summary>
    /// Adds the lanes of a vectorised TwoSum: each lane's sum, then its compensation unless that lane's sum
    /// overflowed (its compensation is then NaN and carries nothing).
    /// </summary>
    public void AddLanes(Vector256<double> sums, Vector256<double> compensations)
    {
        for (int lane = 0; lane < Vector256<double>.Count; lane++)
        {
            AddPair(sums.GetElement(lane), compensations.GetElement(lane));
        }
    }

    /// <summary>Adds a scalar TwoSum pair: the sum, then the compensation unless the sum overflowed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddPair(double sum, double compensation)
    {
        Add(sum);
        if (double.IsFinite(sum))
        {
            Add(compensation);
        }
    }

    /// <summary>Adds another accumulator's total, keeping its compensation (and its overflow, if it overflowed).</summary>
    public void Add(CompensatedAccumulator other) => AddPair(other._sum, other._compensation);
}
