using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>
    /// One pass over a call log that yields every per-call metric: service level under each definition
    /// (C1), ASA (C2), abandonment rate (C3), talk (C4), after-call work (C5), handle time (C6), blocked
    /// calls (C10) and the volume totals (C11).
    /// </summary>
    /// <param name="calls">The call log.</param>
    /// <param name="threshold">The service-level threshold T (20 s for "80/20"): an answered call meets it when it waited at most T. Not negative.</param>
    /// <param name="shortAbandon">Abandoned calls that waited less than this are short abandons, left out of the service level and
    /// the abandonment rate (<see cref="Duration.Zero"/>: no call is a short abandon). Not negative.</param>
    /// <returns>The counts and sums; each metric is a member of <see cref="CallCenterSummary"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> or <paramref name="shortAbandon"/> is negative, or a
    /// column's seconds are negative, NaN or infinite (the message names the column and the row of the first bad value).</exception>
    /// <remarks>
    /// <para>Formulas: see <see cref="CallCenterSummary"/> and <see cref="ServiceLevelDefinition"/>.</para>
    /// <para>The pass reads four calls per step with 256-bit vectors: masks from the two flag columns, compares
    /// against the thresholds, compensated sums of the masked seconds and a running maximum of the raw bits
    /// of every duration (a value is valid when its bits, read as an unsigned integer, are below those of
    /// +infinity), so valid input is read once, with no branch per call and no allocation. Bad input is
    /// located on a second, cold pass.</para>
    /// <para>Catalog C1 to C6, C10, C11. Example: answered calls waiting 10, 30 s (talk 100, 200; hold 0, 20;
    /// work 20, 40), one call abandoned after 40 s and one blocked, with T = 20: service level 1/3 with
    /// abandoned calls in the denominator, 1/2 without them; ASA 20 s; AHT 190 s.</para>
    /// </remarks>
    public static CallCenterSummary Summarize(CallColumns calls, Duration threshold, Duration shortAbandon)
    {
        Guard.NotNegative(threshold);
        Guard.NotNegative(shortAbandon);
        var acc = new SummaryAccumulator(threshold.TotalSeconds, shortAbandon.TotalSeconds);
        int i = 0;
        if (Avx2.IsSupported && calls.Length >= 4)
        {
            i = SummarizeVector(calls, ref acc);
        }

        for (; i < calls.Length; i++)
        {
            CheckDurations(calls, i);
            acc.AddRow(calls, i);
        }

        return acc.ToSummary(calls.Length);
    }

    /// <summary>The vectorised body; returns the first row it did not process.</summary>
    private static int SummarizeVector(CallColumns calls, ref SummaryAccumulator acc)
    {
        ref double wait = ref MemoryMarshal.GetReference(calls.WaitSeconds);
        ref double talk = ref MemoryMarshal.GetReference(calls.TalkSeconds);
        ref double hold = ref MemoryMarshal.GetReference(calls.HoldSeconds);
        ref double work = ref MemoryMarshal.GetReference(calls.AfterCallWorkSeconds);
        ref byte abandonedFlags = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetReference(calls.Abandoned));
        ref byte blockedFlags = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetReference(calls.Blocked));

        Vector256<double> threshold = Vector256.Create(acc.ThresholdSeconds);
        Vector256<double> shortAbandon = Vector256.Create(acc.ShortAbandonSeconds);
        Vector256<long> answeredCount = Vector256<long>.Zero, withinCount = answeredCount, notBlockedCount = answeredCount;
        Vector256<long> abandonedCount = answeredCount, shortCount = answeredCount, afterCount = answeredCount;
        Vector256<double> waitSum = Vector256<double>.Zero, talkSum = waitSum, holdSum = waitSum, workSum = waitSum;
        Vector256<double> waitErr = waitSum, talkErr = waitSum, holdErr = waitSum, workErr = waitSum;
        Vector256<ulong> maxBits = Vector256<ulong>.Zero;

        int length = calls.Length;
        int i = 0;
        for (; i <= length - 4; i += 4)
        {
            Vector256<double> w = Vector256.LoadUnsafe(ref wait, (nuint)i);
            Vector256<double> t = Vector256.LoadUnsafe(ref talk, (nuint)i);
            Vector256<double> h = Vector256.LoadUnsafe(ref hold, (nuint)i);
            Vector256<double> a = Vector256.LoadUnsafe(ref work, (nuint)i);
            maxBits = Vector256.Max(maxBits, Vector256.Max(Vector256.Max(w.AsUInt64(), t.AsUInt64()), Vector256.Max(h.AsUInt64(), a.AsUInt64())));

            Vector256<long> abandoned = WidenFlags(ref abandonedFlags, i);
            Vector256<long> blocked = WidenFlags(ref blockedFlags, i);
            Vector256<long> notBlocked = Vector256.Equals(blocked, Vector256<long>.Zero);
            Vector256<long> answered = Vector256.Equals(abandoned | blocked, Vector256<long>.Zero);
            Vector256<long> isAbandoned = Vector256.AndNot(notBlocked, answered);
            Vector256<long> within = Vector256.LessThanOrEqual(w, threshold).AsInt64();
            Vector256<long> notShort = Vector256.GreaterThanOrEqual(w, shortAbandon).AsInt64();

            // A true mask lane is -1, so subtracting a mask counts it.
            answeredCount -= answered;
            withinCount -= answered & within;
            notBlockedCount -= notBlocked;
            abandonedCount -= isAbandoned;
            shortCount -= Vector256.AndNot(isAbandoned, notShort);
            afterCount -= Vector256.AndNot(isAbandoned & notShort, within);

            Vector256<double> keep = answered.AsDouble();
            AccurateSum.TwoSum(ref waitSum, ref waitErr, w & keep);
            AccurateSum.TwoSum(ref talkSum, ref talkErr, t & keep);
            AccurateSum.TwoSum(ref holdSum, ref holdErr, h & keep);
            AccurateSum.TwoSum(ref workSum, ref workErr, a & keep);
        }

        if (Vector256.GreaterThanOrEqualAny(maxBits, Vector256.Create(BitConverter.DoubleToUInt64Bits(double.PositiveInfinity))))
        {
            // Negative values (sign bit set), NaN and infinity all land here; -0.0 does too and is valid,
            // so the cold pass may find nothing, and then the pass's results stand.
            for (int row = 0; row < i; row++)
            {
                CheckDurations(calls, row);
            }
        }

        acc.AddCounts(
            Vector256.Sum(answeredCount),
            Vector256.Sum(withinCount),
            i - Vector256.Sum(notBlockedCount),
            Vector256.Sum(abandonedCount),
            Vector256.Sum(shortCount),
            Vector256.Sum(afterCount));
        acc.Wait.AddLanes(waitSum, waitErr);
        acc.Talk.AddLanes(talkSum, talkErr);
        acc.Hold.AddLanes(holdSum, holdErr);
        acc.Work.AddLanes(workSum, workErr);
        return i;
    }

    /// <summary>Four flag bytes from <paramref name="index"/> as four 64-bit lanes (0 or the byte's value).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<long> WidenFlags(ref byte flags, int index) =>
        Avx2.ConvertToVector256Int64(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref flags, index))).AsByte());

    /// <summary>Throws for the first of the row's four durations that is negative, NaN or infinite.</summary>
    private static void CheckDurations(CallColumns calls, int row)
    {
        CheckSeconds(calls.WaitSeconds[row], "waitSeconds", row);
        CheckSeconds(calls.TalkSeconds[row], "talkSeconds", row);
        CheckSeconds(calls.HoldSeconds[row], "holdSeconds", row);
        CheckSeconds(calls.AfterCallWorkSeconds[row], "afterCallWorkSeconds", row);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckSeconds(double seconds, string columnName, int row)
    {
        if (!(seconds >= 0) || double.IsPositiveInfinity(seconds))
        {
            Guard.ThrowElement(columnName, row, seconds, "must be finite and not negative");
        }
    }

    /// <summary>Counts and compensated sums of a summary under construction.</summary>
    private struct SummaryAccumulator(double thresholdSeconds, double shortAbandonSeconds)
    {
        public readonly double ThresholdSeconds = thresholdSeconds;
        public readonly double ShortAbandonSeconds = shortAbandonSeconds;
        public CompensatedAccumulator Wait;
        public CompensatedAccumulator Talk;
        public CompensatedAccumulator Hold;
        public CompensatedAccumulator Work;
        private long _answered;
        private long _within;
        private long _blocked;
        private long _abandoned;
        private long _short;
        private long _after;

        public void AddCounts(long answered, long within, long blocked, long abandoned, long shortAbandoned, long after)
        {
            _answered += answered;
            _within += within;
            _blocked += blocked;
            _abandoned += abandoned;
            _short += shortAbandoned;
            _after += after;
        }

        /// <summary>Adds one row (durations already checked).</summary>
        public void AddRow(CallColumns calls, int row)
        {
            double w = calls.WaitSeconds[row];
            if (calls.Blocked[row])
            {
                _blocked++;
            }
            else if (calls.Abandoned[row])
            {
                _abandoned++;
                if (w < ShortAbandonSeconds)
                {
                    _short++;
                }
                else if (w > ThresholdSeconds)
                {
                    _after++;
                }
            }
            else
            {
                _answered++;
                _within += w <= ThresholdSeconds ? 1 : 0;
                Wait.Add(w);
                Talk.Add(calls.TalkSeconds[row]);
                Hold.Add(calls.HoldSeconds[row]);
                Work.Add(calls.AfterCallWorkSeconds[row]);
            }
        }

        public readonly CallCenterSummary ToSummary(long calls) => new(
            ThresholdSeconds,
            ShortAbandonSeconds,
            calls,
            _blocked,
            _answered,
            _within,
            _abandoned,
            _short,
            _after,
            Wait.Value,
            Talk.Value,
            Hold.Value,
            Work.Value);
    }
}
