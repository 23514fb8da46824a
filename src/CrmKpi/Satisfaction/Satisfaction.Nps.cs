using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CrmKpi.Internal;
using System.Collections.Generic;

namespace CrmKpi;

public static partial class Satisfaction
{
    private const int NpsScaleMax = 10;

    /// <summary>Net promoter score (NPS, 净推荐值) from the counts of promoters, passives and detractors.</summary>
    /// <param name="promoters">Answers of 9 or 10 on the 0-10 scale. Not negative.</param>
    /// <param name="passives">Answers of 7 or 8. Not negative.</param>
    /// <param name="detractors">Answers of 0 to 6. Not negative.</param>
    /// <returns>
    /// The counts with the score <c>100 (P - D) / n</c> in [-100, 100], its standard error and confidence
    /// intervals; with no answers the score and the standard error are NaN.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the counts add up to more than
    /// <see cref="long.MaxValue"/> (named by the count that made the total too large).</exception>
    /// <remarks>
    /// <para>Formula: <c>NPS = %promoters - %detractors</c>; see <see cref="NpsResult"/> for the standard error.</para>
    /// <para>Catalog S1. Source 002: 70% promoters and 10% detractors give 60.</para>
    /// </remarks>
    public static NpsResult Nps(long promoters, long passives, long detractors) => new(promoters, passives, detractors);

    /// <summary>Net promoter score (NPS, 净推荐值) of 0-10 answers stored one byte each.</summary>
    /// <param name="answers">One answer per respondent, each 0 to 10.</param>
    /// <returns>The counts, the score, its standard error and confidence intervals (<see cref="NpsResult"/>); NaN score for an empty span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer is above 10; the message names its position and value.</exception>
    /// <remarks>
    /// <para>Promoters answer 9-10, passives 7-8, detractors 0-6. Source 003 describes a 1-10 scale: CrmKpi
    /// accepts the whole 0-10 scale and rejects anything outside it.</para>
    /// <para>The count is vectorised: 32 answers per compare, byte counters widened every 127 blocks,
    /// and the scale is checked through a running maximum, so valid input is read once with no
    /// per-answer branch. Allocates nothing.</para>
    /// <para>Catalog S1. Example: 7 answers of 10, 2 of 8 and 1 of 3 give 70 - 10 = 60 (source 002).</para>
    /// </remarks>
    public static NpsResult Nps(ReadOnlySpan<byte> answers)
    {
        ref byte start = ref MemoryMarshal.GetReference(answers);
        int length = answers.Length;
        long promoters = 0, detractors = 0;
        int i = 0;

        if (Vector256.IsHardwareAccelerated && length >= 2 * Vector256<byte>.Count)
        {
            Vector256<byte> six = Vector256.Create((byte)6), eight = Vector256.Create((byte)8);
            Vector256<byte> max = Vector256<byte>.Zero;
            int width = Vector256<byte>.Count;
            int lastPair = length - (2 * width);
            while (i <= lastPair)
            {
                // Each pair adds at most 2 to a byte lane; 127 pairs keep every lane under 255.
                int blockEnd = (int)Math.Min(lastPair, i + (126L * 2 * width));
                Vector256<byte> p = Vector256<byte>.Zero, d = Vector256<byte>.Zero;
                for (; i <= blockEnd; i += 2 * width)
                {
                    Vector256<byte> a = Vector256.LoadUnsafe(ref start, (nuint)i);
                    Vector256<byte> b = Vector256.LoadUnsafe(ref start, (nuint)(i + width));
                    max = Vector256.Max(max, Vector256.Max(a, b));
                    p -= Vector256.GreaterThan(a, eight) + Vector256.GreaterThan(b, eight);   // a true lane is 0xFF = -1
                    d -= Vector256.LessThanOrEqual(a, six) + Vector256.LessThanOrEqual(b, six);
                }

                promoters += SumBytes(p);
                detractors += SumBytes(d);
            }

            if (Vector256.GreaterThanAny(max, Vector256.Create((byte)NpsScaleMax)))
            {
                ThrowFirstOffScale(answers[..i], NpsScaleMax);
            }
        }

        for (; i < length; i++)
        {
            byte a = Unsafe.Add(ref start, i);
            if (a > NpsScaleMax)
            {
                Guard.ThrowElement(nameof(answers), i, a, "must be on the 0-10 scale");
            }

            promoters += a >= 9 ? 1 : 0;
            detractors += a <= 6 ? 1 : 0;
        }

        return new NpsResult(promoters, length - promoters - detractors, detractors);
    }

    /// <summary>Net promoter score (NPS, 净推荐值) of 0-10 answers stored as integers.</summary>
    /// <param name="answers">One answer per respondent, each 0 to 10.</param>
    /// <returns>The counts, the score, its standard error and confidence intervals (<see cref="NpsResult"/>); NaN score for an empty span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer is negative or above 10; the message names its position and value.</exception>
    /// <remarks>
    /// <para>Same definition as <see cref="Nps(ReadOnlySpan{byte})"/>, which is faster for large surveys.</para>
    /// <para>Catalog S1. Example: 7 answers of 9, 2 of 7 and 1 of 0 give 60 (source 002).</para>
    /// </remarks>
    public static NpsResult Nps(ReadOnlySpan<int> answers)
    {
        long promoters = 0, detractors = 0;
        for (int i = 0; i < answers.Length; i++)
        {
            int a = answers[i];
            if (unchecked((uint)a) > NpsScaleMax)
            {
                Guard.ThrowElement(nameof(answers), i, a, "must be on the 0-10 scale");
            }

            promoters += a >= 9 ? 1 : 0;
            detractors += a <= 6 ? 1 : 0;
        }

        return new NpsResult(promoters, answers.Length - promoters - detractors, detractors);
    }

    /// <summary>Sums the 32 byte lanes (each at most 254) without overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long SumBytes(Vector256<byte> lanes)
    {
        (Vector256<ushort> low, Vector256<ushort> high) = Vector256.Widen(lanes);
        return Vector256.Sum(low + high);   // 16 lanes of at most 508: at most 8128, fits a ushort
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowFirstOffScale(ReadOnlySpan<byte> answers, int scaleMax)
    {
        for (int i = 0; i < answers.Length; i++)
        {
            if (answers[i] > scaleMax)
            {
                Guard.ThrowElement(nameof(answers), i, answers[i], "must be on the 0-10 scale");
            }
        }
    }

    /// <summary>Net promoter score (NPS, 净推荐值) of 0-10 answers in any collection: a <see cref="List{T}"/>, an array, a query.</summary>
    /// <param name="answers">One answer per respondent, each 0 to 10. Arrays and lists are read in place; any other sequence is copied once.</param>
    /// <returns>The counts, the score, its standard error and confidence intervals (<see cref="NpsResult"/>); NaN score with no answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is negative or above 10; the message names its position and value.</exception>
    /// <remarks>Catalog S1. Same as <see cref="Nps(ReadOnlySpan{int})"/>; exists so that <c>Nps(list)</c> compiles for a <c>List&lt;int&gt;</c>.</remarks>
    public static NpsResult Nps(IEnumerable<int> answers) => Nps(SpanOf.Elements(answers, nameof(answers)));
}
