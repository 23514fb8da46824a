using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Rfm
{
    /// <summary>The named segment of every customer (RFM, catalog M7), from its scores and a rule table.</summary>
    /// <param name="scores">One score per customer, as <see cref="Score(ReadOnlySpan{RfmValues}, int, RfmScoring, Span{RfmScore}, RfmWorkspace?)"/> writes them.</param>
    /// <param name="rules">The segment table; <see cref="RfmSegmentRules.Default"/> for five bins, <see cref="RfmSegmentRules.ForBins(int)"/> for others, or the caller's own.</param>
    /// <param name="destination">Receives one segment per customer; at least as long as <paramref name="scores"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="scores"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is above the table's bin count or only partly set (the message names the index).</exception>
    /// <remarks>
    /// <para>
    /// Unscored customers (no purchase in the window) get <see cref="RfmSegment.NoPurchaseInWindow"/>. Others get the
    /// table's cell for (R, FM) with <c>FM = (F + M + 1) / 2</c> in integers: one array read each, O(n).
    /// </para>
    /// <para>Example with <see cref="RfmSegmentRules.Default"/>: 555 is Champions, 155 CannotLoseThem, 511 New, 111 Lost, 335 Loyal (FM 4).</para>
    /// </remarks>
    public static void Segments(ReadOnlySpan<RfmScore> scores, RfmSegmentRules rules, Span<RfmSegment> destination)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Guard.DestinationLength(scores.Length, destination.Length);
        for (int i = 0; i < scores.Length; i++)
        {
            RfmScore s = scores[i];
            if (s == default)
            {
                destination[i] = RfmSegment.NoPurchaseInWindow;
            }
            else if (!rules.TryClassify(s, out destination[i]))
            {
                Guard.ThrowElement(nameof(scores), i, s, $"must have every score in 1..{rules.Bins}");
            }
        }
    }

    /// <summary>The named segment of every customer into a new array; see <see cref="Segments(ReadOnlySpan{RfmScore}, RfmSegmentRules, Span{RfmSegment})"/>.</summary>
    /// <param name="scores">One score per customer.</param>
    /// <param name="rules">The segment table.</param>
    /// <returns>One segment per customer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is above the table's bin count or only partly set.</exception>
    public static RfmSegment[] Segments(ReadOnlySpan<RfmScore> scores, RfmSegmentRules rules)
    {
        var result = new RfmSegment[scores.Length];
        Segments(scores, rules, result);
        return result;
    }

    /// <summary>How many customers fall in each segment.</summary>
    /// <param name="scores">One score per customer.</param>
    /// <param name="rules">The segment table.</param>
    /// <returns>An array indexed by <c>(int)RfmSegment</c>: element 0 counts the customers without a purchase in the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is above the table's bin count or only partly set.</exception>
    /// <remarks>The counts sum to <c>scores.Length</c>. O(n), one small allocation for the result.</remarks>
    public static long[] SegmentCounts(ReadOnlySpan<RfmScore> scores, RfmSegmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        long[] counts = new long[(int)RfmSegment.Lost + 1];
        for (int i = 0; i < scores.Length; i++)
        {
            RfmScore s = scores[i];
            RfmSegment segment = RfmSegment.NoPurchaseInWindow;
            if (s != default && !rules.TryClassify(s, out segment))
            {
                Guard.ThrowElement(nameof(scores), i, s, $"must have every score in 1..{rules.Bins}");
            }

            counts[(int)segment]++;
        }

        return counts;
    }
}
