using System;
using System.Linq;
using Xunit;

namespace CrmKpi.Charts.Tests;

public sealed class SatisfactionChartDataTests
{
    [Fact]
    public void Nps_counts_each_answer_and_scores_by_hand()
    {
        // 10 answers: 0, 3, 6 (3 detractors), 7, 8 (2 passives), 9, 9, 10, 10, 10 (5 promoters): NPS = 100 (5 - 3) / 10 = 20.
        int[] answers = [10, 0, 9, 7, 3, 10, 8, 6, 9, 10];
        NpsChartData data = SatisfactionCharts.NpsData(answers);
        Assert.Equal([1L, 0, 0, 1, 0, 0, 1, 1, 1, 2, 3], data.Counts);
        Assert.Equal(20, data.Result.Score, 12);
        Assert.Equal(0.95, data.Level);
        // SE = 100 sqrt((p + d - (p - d)^2) / n) = 100 sqrt((0.8 - 0.04) / 10); z(0.975) = 1.959964.
        double half = 1.959963984540054 * 100 * Math.Sqrt(0.76 / 10);
        Assert.Equal(20 - half, data.Interval.Lower, 6);
        Assert.Equal(20 + half, data.Interval.Upper, 6);
        Assert.NotEmpty(ChartImage.Png(SatisfactionCharts.Nps(data), 300, 200));
    }

    [Fact]
    public void Nps_rejects_answers_off_the_scale() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionCharts.NpsData([3, 11]));

    [Fact]
    public void Csat_and_ces_count_by_scale_point()
    {
        // CSAT on 1-5: 5, 4, 4, 3, 5 -> counts [0, 0, 1, 2, 2], mean 4.2 (the catalog's S2 example).
        ScaleDistributionData csat = SatisfactionCharts.CsatData([5, 4, 4, 3, 5], 1, 5);
        Assert.Equal("CSAT", csat.Metric);
        Assert.Equal([0L, 0, 1, 2, 2], csat.Counts);
        Assert.Equal(4.2, csat.Mean, 12);
        // CES on 1-7: 2, 3, 1, 6 -> mean 3 (S3 example).
        ScaleDistributionData ces = SatisfactionCharts.CesData([2, 3, 1, 6], 1, 7);
        Assert.Equal([1L, 1, 1, 0, 0, 1, 0], ces.Counts);
        Assert.Equal(3, ces.Mean, 12);
        Assert.Equal(7, ces.ScaleMax);
        Assert.NotEmpty(ChartImage.Png(SatisfactionCharts.ScaleDistribution(ces), 300, 200));
    }

    [Fact]
    public void Scale_answers_off_the_scale_throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionCharts.CsatData([0, 3], 1, 5));

    [Fact]
    public void Random_survey_counts_sum_to_the_answers()
    {
        var random = new Random(3);
        int[] answers = Enumerable.Range(0, 1000).Select(_ => random.Next(11)).ToArray();
        NpsChartData data = SatisfactionCharts.NpsData(answers);
        for (int s = 0; s <= 10; s++)
        {
            Assert.Equal(answers.Count(a => a == s), data.Counts[s]);
        }

        Assert.Equal(data.Counts[9] + data.Counts[10], data.Result.Promoters);
        Assert.Equal(data.Counts.Take(7).Sum(), data.Result.Detractors);
    }
}
