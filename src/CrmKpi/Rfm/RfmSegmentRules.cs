using System;
using System.Collections.Generic;
using System.Globalization;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// A table that names the RFM segment of every cell of the k x k grid of recency score by combined
/// frequency-monetary score (<see cref="RfmScore.FrequencyMonetary"/>). Rows are tried in order and the
/// first that contains the cell wins; the constructor checks that every cell is claimed, then turns the
/// table into a lookup array, so classifying a customer costs one array read.
/// </summary>
/// <remarks>
/// <para>The default table for five bins (<see cref="Default"/>), first match wins; R is the recency score, FM the combined score:</para>
/// <code>
/// Champions          R 4-5  FM 4-5
/// Loyal              R 3-5  FM 3-5
/// PotentialLoyalist  R 4-5  FM 2
/// New                R 5    FM 1
/// Promising          R 4    FM 1
/// NeedsAttention     R 3    FM 2
/// AboutToSleep       R 3    FM 1
/// CannotLoseThem     R 1    FM 4-5
/// AtRisk             R 1-2  FM 3-5
/// Lost               R 1    FM 1
/// Hibernating        R 1-2  FM 1-2
/// </code>
/// <para>
/// As a grid (rows R = 5 down to 1, columns FM = 1 to 5):
/// R5 New, PotentialLoyalist, Loyal, Champions, Champions;
/// R4 Promising, PotentialLoyalist, Loyal, Champions, Champions;
/// R3 AboutToSleep, NeedsAttention, Loyal, Loyal, Loyal;
/// R2 Hibernating, Hibernating, AtRisk, AtRisk, AtRisk;
/// R1 Lost, Hibernating, AtRisk, CannotLoseThem, CannotLoseThem.
/// </para>
/// <para>
/// The names are the eleven segments common in RFM practice (Champions ... Lost); the published tables
/// that use them overlap and differ in detail, so CrmKpi states its own partition of the grid, which keeps
/// their intent: high R and FM are the best customers, low R with high FM the ones at risk, low R and FM
/// the lost.
/// </para>
/// <para>
/// The table is defined on the score's position, not on fixed numbers, so it means the same at any bin count:
/// <see cref="ForBins(int)"/> reads a score s on the k-scale at its position <c>p = (s - 1) / (k - 1)</c> in [0, 1]
/// (0 the worst bin, 1 the best) and takes the five-scale score whose position (0, 1/4, 1/2, 3/4, 1) is nearest,
/// ties going toward the middle: p &lt; 1/8 is 1, [1/8, 3/8) is 2, [3/8, 5/8] is 3, (5/8, 7/8] is 4, p &gt; 7/8 is 5.
/// The worst cell is always Lost and the best always Champions; with two bins the four corners are Lost (R 1, FM 1),
/// CannotLoseThem (R 1, FM 2), New (R 2, FM 1) and Champions (R 2, FM 2).
/// </para>
/// </remarks>
public sealed class RfmSegmentRules
{
    private static readonly RfmSegmentRule[] FiveBinTable =
    [
        new(RfmSegment.Champions, 4, 5, 4, 5),
        new(RfmSegment.Loyal, 3, 5, 3, 5),
        new(RfmSegment.PotentialLoyalist, 4, 5, 2, 2),
        new(RfmSegment.New, 5, 5, 1, 1),
        new(RfmSegment.Promising, 4, 4, 1, 1),
        new(RfmSegment.NeedsAttention, 3, 3, 2, 2),
        new(RfmSegment.AboutToSleep, 3, 3, 1, 1),
        new(RfmSegment.CannotLoseThem, 1, 1, 4, 5),
        new(RfmSegment.AtRisk, 1, 2, 3, 5),
        new(RfmSegment.Lost, 1, 1, 1, 1),
        new(RfmSegment.Hibernating, 1, 2, 1, 2),
    ];

    private readonly RfmSegment[] _lookup;

    /// <summary>Builds a table from rows tried in order.</summary>
    /// <param name="bins">The number of score bins k the table is for; 2 to 10.</param>
    /// <param name="rules">The rows, first match wins. Every row's bounds are in 1..<paramref name="bins"/> with min not above max, and its segment is not <see cref="RfmSegment.NoPurchaseInWindow"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside 2..10, or a row has a bound outside 1..<paramref name="bins"/>, min above max, or an undefined or unscored segment (the message names the row).</exception>
    /// <exception cref="ArgumentException">Some cell of the grid is claimed by no row (the message names the first such cell).</exception>
    public RfmSegmentRules(int bins, IEnumerable<RfmSegmentRule> rules)
    {
        Guard.InRange(bins, Rfm.MinBins, Rfm.MaxBins);
        ArgumentNullException.ThrowIfNull(rules);
        var list = new List<RfmSegmentRule>(rules);
        for (int i = 0; i < list.Count; i++)
        {
            RfmSegmentRule r = list[i];
            bool valid = r.Segment != RfmSegment.NoPurchaseInWindow && Enum.IsDefined(r.Segment)
                && r.MinRecency >= 1 && r.MinRecency <= r.MaxRecency && r.MaxRecency <= bins
                && r.MinFrequencyMonetary >= 1 && r.MinFrequencyMonetary <= r.MaxFrequencyMonetary && r.MaxFrequencyMonetary <= bins;
            if (!valid)
            {
                Guard.ThrowElement(nameof(rules), i, r, string.Create(CultureInfo.InvariantCulture, $"must name a scored segment and bounds with 1 <= min <= max <= {bins}"));
            }
        }

        _lookup = new RfmSegment[bins * bins];
        for (int rScore = 1; rScore <= bins; rScore++)
        {
            for (int fm = 1; fm <= bins; fm++)
            {
                RfmSegment found = RfmSegment.NoPurchaseInWindow;
                foreach (RfmSegmentRule r in list)
                {
                    if (rScore >= r.MinRecency && rScore <= r.MaxRecency && fm >= r.MinFrequencyMonetary && fm <= r.MaxFrequencyMonetary)
                    {
                        found = r.Segment;
                        break;
                    }
                }

                if (found == RfmSegment.NoPurchaseInWindow)
                {
                    Guard.ThrowArgument(nameof(rules), string.Create(CultureInfo.InvariantCulture, $"No row of {nameof(rules)} claims the cell R = {rScore}, FM = {fm}; the rows must cover the whole {bins} x {bins} grid."));
                }

                _lookup[((rScore - 1) * bins) + fm - 1] = found;
            }
        }

        Bins = bins;
        Rules = list.AsReadOnly();
    }

    /// <summary>The default table for five bins (see the remarks of the type).</summary>
    public static RfmSegmentRules Default { get; } = new(5, FiveBinTable);

    /// <summary>The number of score bins the table is for.</summary>
    public int Bins { get; }

    /// <summary>The rows, in the order they are tried.</summary>
    public IReadOnlyList<RfmSegmentRule> Rules { get; }

    /// <summary>The default table carried to <paramref name="bins"/> bins by the score's position: a k-scale score s at position
    /// <c>(s - 1) / (k - 1)</c> is read as the five-scale score with the nearest position (see the remarks of the type).</summary>
    /// <param name="bins">The number of score bins k; 2 to 10.</param>
    /// <returns>A table for <paramref name="bins"/> bins; <see cref="Default"/> for 5.</returns>
    /// <remarks>Examples: with 2 bins, 111 is Lost, 122 CannotLoseThem, 211 New and 222 Champions; with 10 bins, scores 1-2, 3-4, 5-6,
    /// 7-8 and 9-10 read as 1 to 5. Before issue 12 the mapping was <c>ceil(5 s / k)</c>, which sent the worst customers at 2 bins (111)
    /// to Loyal; it is not kept, being no reading of the table at all.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside 2..10.</exception>
    public static RfmSegmentRules ForBins(int bins)
    {
        Guard.InRange(bins, Rfm.MinBins, Rfm.MaxBins);
        if (bins == 5)
        {
            return Default;
        }

        var rows = new List<RfmSegmentRule>();
        foreach (RfmSegmentRule r in FiveBinTable)
        {
            (int rLo, int rHi) = Rescale(r.MinRecency, r.MaxRecency, bins);
            (int fLo, int fHi) = Rescale(r.MinFrequencyMonetary, r.MaxFrequencyMonetary, bins);
            if (rLo <= rHi && fLo <= fHi)
            {
                rows.Add(new RfmSegmentRule(r.Segment, rLo, rHi, fLo, fHi));
            }
        }

        return new RfmSegmentRules(bins, rows);
    }

    /// <summary>The segment of one customer's scores.</summary>
    /// <param name="score">The customer's scores, each in 1..<see cref="Bins"/>, or <c>default</c> for a customer who was not scored.</param>
    /// <returns>The segment; <see cref="RfmSegment.NoPurchaseInWindow"/> for an unscored customer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is above <see cref="Bins"/>, or the recency score is set while another is 0.</exception>
    public RfmSegment Classify(RfmScore score)
    {
        if (!score.IsScored && score.Frequency == 0 && score.Monetary == 0)
        {
            return RfmSegment.NoPurchaseInWindow;
        }

        if (!TryClassify(score, out RfmSegment segment))
        {
            Guard.ThrowOutOfRange(nameof(score), score, string.Create(CultureInfo.InvariantCulture, $"must have every score in 1..{Bins}"));
        }

        return segment;
    }

    /// <summary>The lookup without the throw: false when a score is outside 1..Bins.</summary>
    internal bool TryClassify(RfmScore score, out RfmSegment segment)
    {
        int k = Bins;
        int r = score.Recency - 1, f = score.Frequency - 1, m = score.Monetary - 1;
        if ((uint)r >= (uint)k || (uint)f >= (uint)k || (uint)m >= (uint)k)
        {
            segment = RfmSegment.NoPurchaseInWindow;
            return false;
        }

        segment = _lookup[(r * k) + score.FrequencyMonetary - 1];
        return true;
    }

    /// <summary>The five-scale score nearest in position to score <paramref name="score"/> of <paramref name="bins"/>, ties toward the middle, in integers.</summary>
    internal static int FiveScaleLevel(int score, int bins)
    {
        // Position p = (s - 1) / (k - 1) against the midpoints 1/8, 3/8, 5/8, 7/8 of the five positions, times 8 (k - 1).
        int position = 8 * (score - 1), unit = bins - 1;
        return position < unit ? 1
            : position < 3 * unit ? 2
            : position <= 5 * unit ? 3
            : position <= 7 * unit ? 4
            : 5;
    }

    private static (int Low, int High) Rescale(int min5, int max5, int bins)
    {
        int low = int.MaxValue, high = int.MinValue;
        for (int s = 1; s <= bins; s++)
        {
            int s5 = FiveScaleLevel(s, bins);
            if (s5 >= min5 && s5 <= max5)
            {
                low = Math.Min(low, s);
                high = Math.Max(high, s);
            }
        }

        return (low, high);
    }
}
