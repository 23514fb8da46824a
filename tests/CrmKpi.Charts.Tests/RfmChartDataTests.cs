using System;
using System.Linq;
using Xunit;

namespace CrmKpi.Charts.Tests;

public sealed class RfmChartDataTests
{
    [Fact]
    public void Segment_map_tiles_count_customers_and_sum_monetary_by_hand()
    {
        // Scores (R, F, M) with FM = round-half-up mean of F and M: (5,5,5) FM 5; (5,4,5) FM 5; (1,1,2) FM 2; unscored.
        RfmScore[] scores = [new(5, 5, 5), new(5, 4, 5), new(1, 1, 2), default];
        RfmValues[] values = [new(1, 9, 100), new(2, 7, 50), new(300, 1, 10), RfmValues.NoPurchase];
        RfmGridData data = RfmCharts.SegmentMapData(values, scores, RfmSegmentRules.Default);
        Assert.Equal(5, data.Bins);
        Assert.Equal(2, data.Customers[4, 4]);
        Assert.Equal(150, data.Monetary[4, 4]);
        Assert.Equal(1, data.Customers[0, 1]);
        Assert.Equal(10, data.Monetary[0, 1]);
        Assert.Equal(1, data.Unscored);
        Assert.Equal(3, data.Customers.Cast<long>().Sum());
    }

    [Fact]
    public void Segment_bars_agree_with_the_library_segment_counts_on_a_random_table()
    {
        var random = new Random(7);
        int n = 500;
        var values = new RfmValues[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = random.Next(10) == 0 ? RfmValues.NoPurchase : new RfmValues(random.Next(365), random.Next(1, 20), Math.Round(random.NextDouble() * 500, 2));
        }

        RfmScore[] scores = Rfm.Score(values, 5, RfmScoring.RankBased);
        SegmentBarsData bars = RfmCharts.SegmentBarsData(values, scores, RfmSegmentRules.Default);
        Assert.Equal(Rfm.SegmentCounts(scores, RfmSegmentRules.Default), bars.Customers);
        RfmSegment[] segments = Rfm.Segments(scores, RfmSegmentRules.Default);
        for (int s = 0; s < bars.Segments.Length; s++)
        {
            double expected = Enumerable.Range(0, n).Where(i => segments[i] == bars.Segments[s]).Sum(i => values[i].Monetary);
            Assert.Equal(expected, bars.Monetary[s], 6);
        }

        RfmGridData grid = RfmCharts.SegmentMapData(values, scores, RfmSegmentRules.Default);
        Assert.Equal(n - bars.Customers[(int)RfmSegment.NoPurchaseInWindow], grid.Customers.Cast<long>().Sum());
        Assert.NotEmpty(ChartImage.Png(RfmCharts.SegmentMap(grid), 300, 200));
        Assert.NotEmpty(ChartImage.Png(RfmCharts.SegmentBars(bars), 300, 200));
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        RfmScore[] scores = [new(6, 1, 1)];
        RfmValues[] values = [new(1, 1, 1)];
        Assert.Equal("scores", Assert.Throws<ArgumentOutOfRangeException>(() => RfmCharts.SegmentMapData(values, scores, RfmSegmentRules.Default)).ParamName);
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() => RfmCharts.SegmentBarsData(values, [], RfmSegmentRules.Default)).ParamName);
    }

    [Theory]
    [InlineData(RfmSegment.CannotLoseThem, "Cannot lose them")]
    [InlineData(RfmSegment.NoPurchaseInWindow, "No purchase")]
    [InlineData(RfmSegment.Champions, "Champions")]
    public void Segment_names_split_words(RfmSegment segment, string expected) => Assert.Equal(expected, RfmCharts.SegmentName(segment));
}
