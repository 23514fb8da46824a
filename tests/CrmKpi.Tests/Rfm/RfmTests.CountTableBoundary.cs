using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Scoring at the edge of the integer count tables: recency days or frequencies exactly
/// <see cref="RfmWorkspace.HistogramLength"/> (the first value the tables do not hold) and beyond it, among unscored
/// customers, against the sort-based <see cref="RfmOracle"/>.
/// </summary>
public partial class RfmTests
{
    private const int H = RfmWorkspace.HistogramLength;

    public static TheoryData<string, RfmScoring> CountTableBoundaryCases()
    {
        var data = new TheoryData<string, RfmScoring>();
        foreach (string name in new[] { "max recency = H", "max frequency = H", "both beyond H, unscored customers between" })
        {
            data.Add(name, RfmScoring.RankBased);
            data.Add(name, RfmScoring.ValueBased);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CountTableBoundaryCases))]
    public void Score_ValuesAtAndBeyondTheCountTables_MatchOracle(string name, RfmScoring scoring)
    {
        RfmValues[] values = name switch
        {
            "max recency = H" =>
                [new(H, 1, 10), new(0, 2, 20), new(H, 3, 30), new(3, 4, 40), new(H, 5, 50), new(1, 6, 60), new(H - 1, 7, 70)],
            "max frequency = H" =>
                [new(0, H, 10), new(1, 1, 20), new(2, H, 30), new(3, 2, 40), new(4, H, 50), new(5, 3, 60), new(6, H - 1, 70)],
            _ =>
                [RfmValues.NoPurchase, new(70_000, H, 10), RfmValues.NoPurchase, new(0, 1, 20), new(H, 80_000, 30), RfmValues.NoPurchase,
                    new(5, 2, 40), new(H + 1, H + 1, 50), RfmValues.NoPurchase, new(2, 3, 60), new(90_000, 4, 70)],
        };

        RfmScore[] expected = RfmOracle.Scores(values, 5, scoring);
        Assert.Equal(expected, Rfm.Score(values, 5, scoring));
        Assert.Equal(expected, Scored(values, scoring));
    }

    private static RfmScore[] Scored(RfmValues[] values, RfmScoring scoring)
    {
        var destination = new RfmScore[values.Length];
        Rfm.Score(values, 5, scoring, destination, new RfmWorkspace());
        return destination;
    }
}
