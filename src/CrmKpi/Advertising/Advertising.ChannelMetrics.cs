using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Advertising
{
    /// <summary>Click-through rate, CTR (点击率): clicks per impression (D5).</summary>
    /// <param name="clicks">Clicks. Not negative, at most <paramref name="impressions"/>.</param>
    /// <param name="impressions">Impressions served. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN with no impressions.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or clicks exceed impressions.</exception>
    /// <remarks>Formula: <c>CTR = clicks / impressions</c>. Catalog D5, source 001. Example: 150 clicks of 10,000 impressions: 0.015.</remarks>
    public static double Ctr(long clicks, long impressions) =>
        Ratios.Share(clicks, impressions, nameof(clicks), nameof(impressions));

    /// <summary>Channel conversion rate: conversions per click (D5).</summary>
    /// <param name="conversions">Conversions (purchases, sign-ups) attributed to the clicks. Not negative, at most <paramref name="clicks"/>.</param>
    /// <param name="clicks">Clicks. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN with no clicks.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or conversions exceed clicks.</exception>
    /// <remarks>Formula: <c>conversion rate = conversions / clicks</c>. Catalog D5, source 001. Example: 6 of 150 clicks: 0.04.</remarks>
    public static double ClickConversionRate(long conversions, long clicks) =>
        Ratios.Share(conversions, clicks, nameof(conversions), nameof(clicks));

    /// <summary>Cost per click, CPC (D5).</summary>
    /// <param name="spend">Ad spend, in currency units. Finite, not negative.</param>
    /// <param name="clicks">Clicks. Not negative.</param>
    /// <returns><c>spend / clicks</c>; IEEE results with no clicks.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The spend is negative, NaN or infinite, or the count is negative.</exception>
    /// <remarks>Formula: <c>CPC = spend / clicks</c>. Catalog D5, source 001. Example: 300 for 150 clicks: 2.</remarks>
    public static double Cpc(double spend, long clicks) => Ratios.PerCount(spend, clicks, nameof(spend), nameof(clicks));

    /// <summary>Cost per thousand impressions, CPM (D5).</summary>
    /// <param name="spend">Ad spend, in currency units. Finite, not negative.</param>
    /// <param name="impressions">Impressions served. Not negative.</param>
    /// <returns><c>1000 x spend / impressions</c>; IEEE results with no impressions.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The spend is negative, NaN or infinite, or the count is negative.</exception>
    /// <remarks>Formula: <c>CPM = spend / impressions x 1000</c>. Catalog D5, source 001. Example: 300 for 10,000 impressions: 30.</remarks>
    public static double Cpm(double spend, long impressions) => 1000 * Ratios.PerCount(spend, impressions, nameof(spend), nameof(impressions));

    /// <summary>Cost per acquisition, CPA (D5).</summary>
    /// <param name="spend">Ad spend, in currency units. Finite, not negative.</param>
    /// <param name="acquisitions">Customers or conversions acquired. Not negative.</param>
    /// <returns><c>spend / acquisitions</c>; IEEE results with none.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The spend is negative, NaN or infinite, or the count is negative.</exception>
    /// <remarks>Formula: <c>CPA = spend / acquisitions</c>. Catalog D5, source 001. Example: 300 for 6 conversions: 50.</remarks>
    public static double Cpa(double spend, long acquisitions) => Ratios.PerCount(spend, acquisitions, nameof(spend), nameof(acquisitions));

    /// <summary>Return on ad spend, ROAS (D5).</summary>
    /// <param name="attributedRevenue">Revenue attributed to the ads, in currency units. Finite, not negative.</param>
    /// <param name="spend">Ad spend, in currency units. Finite, not negative.</param>
    /// <returns><c>revenue / spend</c> (a multiple, 4 for 4:1); IEEE results for zero spend.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, NaN or infinite.</exception>
    /// <remarks>Formula: <c>ROAS = attributed revenue / spend</c>. Catalog D5, source 001. Example: 1,200 from 300: 4.</remarks>
    public static double Roas(double attributedRevenue, double spend) =>
        Ratios.OfAmounts(attributedRevenue, spend, nameof(attributedRevenue), nameof(spend));

    /// <summary>Revenue per channel, from one row per attributed sale (D5).</summary>
    /// <param name="channelIndexes">The channel of each sale, as an index in <c>[0, destination.Length)</c>.</param>
    /// <param name="revenue">The revenue of each sale, in currency units; finite, not negative; same length.</param>
    /// <param name="destination">Receives each channel's revenue; its length is the number of channels.</param>
    /// <exception cref="ArgumentException">The columns differ in length, or <paramref name="destination"/> overlaps <paramref name="revenue"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A channel index is out of range or a revenue is negative, NaN or infinite (the message names the row).</exception>
    /// <remarks>Formula: <c>destination[ch] = sum of revenue of channel ch</c>, compensated. Catalog D5, source 001. Example: channels 0, 1, 0 with 10, 5, 20: 30 and 5.</remarks>
    public static void RevenueByChannel(ReadOnlySpan<int> channelIndexes, ReadOnlySpan<double> revenue, Span<double> destination)
    {
        Guard.NotOverlapping(revenue, destination);
        GroupTotals.Sum(channelIndexes, revenue, destination, [], nameof(channelIndexes), nameof(revenue));
    }
}
