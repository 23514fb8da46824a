using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// The call-center bundle against an oracle that classifies each call on its own, straight from the definitions of
/// <see cref="ServiceLevelDefinition"/> and <see cref="CallCenterSummary"/> (blocked first; answered = neither abandoned nor blocked;
/// within T = wait ≤ T; short abandon = wait &lt; the short-abandon limit), with decimal sums; and the boundaries of those rules.
/// </summary>
public partial class CallCenterTests
{
    /// <summary>The bundle's numbers, counted call by call with LINQ; every ratio one division of exact counts or decimal sums.</summary>
    private static (long Calls, long Blocked, long Answered, long Within, long Abandoned, long Short, long After, double[] ServiceLevels, double Abandonment, double Asa, double Aht)
        Oracle(RandomCalls log, double threshold, double shortAbandon)
    {
        int[] rows = Enumerable.Range(0, log.Length).ToArray();
        int[] answered = rows.Where(i => !log.Blocked[i] && !log.Abandoned[i]).ToArray();
        int[] abandoned = rows.Where(i => !log.Blocked[i] && log.Abandoned[i]).ToArray();
        long within = answered.Count(i => log.Wait[i] <= threshold);
        long shortAbandons = abandoned.Count(i => log.Wait[i] < shortAbandon);
        int[] counted = abandoned.Where(i => log.Wait[i] >= shortAbandon).ToArray();
        long after = counted.Count(i => log.Wait[i] > threshold);
        long withinAbandoned = counted.Length - after;
        long n = answered.Length, x = counted.Length;
        double[] levels =
        [
            (double)within / (n + x),                     // AbandonedInDenominator: W / (N + X)
            (double)within / (n + after),                 // AbandonedAfterThresholdInDenominator: W / (N + X>T)
            (double)within / n,                           // AbandonedExcluded: W / N
            (double)(within + withinAbandoned) / (n + x), // AbandonedWithinThresholdAsMet: (W + X<=T) / (N + X)
        ];
        double asa = (double)answered.Sum(i => (decimal)log.Wait[i]) / n;
        double aht = (double)answered.Sum(i => (decimal)log.Talk[i] + (decimal)log.Hold[i] + (decimal)log.Work[i]) / n;
        return (log.Length, rows.Count(i => log.Blocked[i]), n, within, abandoned.Length, shortAbandons, after, levels, (double)x / (n + x), asa, aht);
    }

    // Counts must agree exactly; ratios of counts are one division on each side (exact); ASA and AHT are compensated double sums
    // against decimal sums of values with three decimals: 1e-12 relative allows for the summation, far above its actual error.
    [Property]
    public Property Summarize_EqualsCallByCallOracle() =>
        Prop.ForAll(ServiceGens.CallLogs.ToArbitrary(), Gen.Choose(0, 120).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (log, twiceThreshold, twiceShort) =>
        {
            double threshold = twiceThreshold / 2.0, shortAbandon = twiceShort / 2.0;   // half seconds, as the waits: ties happen
            var o = Oracle(log, threshold, shortAbandon);
            CallCenterSummary s = CrmKpi.CallCenter.Summarize(log.Columns, Sec(threshold), Sec(shortAbandon));
            return s.Calls == o.Calls && s.Blocked == o.Blocked && s.Answered == o.Answered && s.AnsweredWithinThreshold == o.Within
                && s.Abandoned == o.Abandoned && s.ShortAbandoned == o.Short && s.AbandonedAfterThreshold == o.After
                && Definitions.All(d => o.ServiceLevels[(int)d].Equals(s.ServiceLevel(d))
                    && o.ServiceLevels[(int)d].Equals(CrmKpi.CallCenter.ServiceLevel(log.Columns, Sec(threshold), d, Sec(shortAbandon))))
                && o.Abandonment.Equals(s.AbandonmentRate)
                && Approx.Close(o.Asa, s.AverageSpeedOfAnswer, 1e-12)
                && Approx.Close(o.Aht, s.AverageHandleTime(HandleTimeDefinition.TalkHoldAfterCallWork), 1e-12);
        });

    /// <summary>
    /// Eight calls on the rules' edges, T = 20 s and a short-abandon limit of 5 s (hand classification):
    /// 0 answered after exactly 20 s (within T); 1 answered after 20.5 s (not within); 2 abandoned after exactly 5 s (not a short
    /// abandon: counted); 3 abandoned after 4.5 s (short); 4 abandoned after exactly 20 s (counted, not after T); 5 abandoned after 21 s
    /// (after T); 6 blocked, also flagged abandoned (blocked wins); 7 answered at once.
    /// </summary>
    private static RandomCalls EdgeCalls() => new(
        Wait: [20, 20.5, 5, 4.5, 20, 21, 0, 0],
        Talk: [100, 100, 0, 0, 0, 0, 0, 100],
        Hold: [0, 0, 0, 0, 0, 0, 0, 0],
        Work: [10, 10, 0, 0, 0, 0, 0, 10],
        Abandoned: [false, false, true, true, true, true, true, false],
        Blocked: [false, false, false, false, false, false, true, false]);

    // Hand counts: answered 3 (0, 1, 7), within T 2 (0, 7), abandoned 4 (2-5), short 1 (3), counted X = 3 (2, 4, 5), after T 1 (5).
    // SL: W / (N + X) = 2 / 6; W / (N + X>T) = 2 / 4; W / N = 2 / 3; (W + X<=T) / (N + X) = (2 + 2) / 6. Abandonment X / (offered - short) = 3 / 6.
    // Every rotation of the rows, plus a ninth (blocked) call, puts each edge call once in the scalar tail after the 4-wide vector steps.
    [Fact]
    public void Summarize_CallsOnTheEdges_CountAsDefinedInEveryPosition()
    {
        RandomCalls edges = EdgeCalls();
        for (int shift = 0; shift < edges.Length; shift++)
        {
            int[] order = [.. Enumerable.Range(0, edges.Length).Select(i => (i + shift) % edges.Length)];
            RandomCalls rotated = edges.Permuted(order);
            RandomCalls log = rotated with
            {
                Wait = [.. rotated.Wait, 0], Talk = [.. rotated.Talk, 0], Hold = [.. rotated.Hold, 0], Work = [.. rotated.Work, 0],
                Abandoned = [.. rotated.Abandoned, false], Blocked = [.. rotated.Blocked, true],
            };
            CallCenterSummary s = CrmKpi.CallCenter.Summarize(log.Columns, Sec(20), Sec(5));
            Assert.Equal((9L, 2L, 3L, 2L, 4L, 1L, 1L), (s.Calls, s.Blocked, s.Answered, s.AnsweredWithinThreshold, s.Abandoned, s.ShortAbandoned, s.AbandonedAfterThreshold));
            Assert.Equal(2.0 / 6, s.ServiceLevel(ServiceLevelDefinition.AbandonedInDenominator));
            Assert.Equal(2.0 / 4, s.ServiceLevel(ServiceLevelDefinition.AbandonedAfterThresholdInDenominator));
            Assert.Equal(2.0 / 3, s.ServiceLevel(ServiceLevelDefinition.AbandonedExcluded));
            Assert.Equal(4.0 / 6, s.ServiceLevel(ServiceLevelDefinition.AbandonedWithinThresholdAsMet));
            Assert.Equal(3.0 / 6, s.AbandonmentRate);
            Assert.Equal(2.0 / 6, CrmKpi.CallCenter.ServiceLevel(log.Columns, Sec(20), ServiceLevelDefinition.AbandonedInDenominator, Sec(5)));
            Assert.Equal(3.0 / 6, CrmKpi.CallCenter.AbandonmentRate(log.Columns, Sec(5)));
        }
    }

    // A wait exactly at T is within it, a hair above is not, for the bundle and the scalar calculator alike.
    [Theory]
    [InlineData(20.0, 1.0)]
    [InlineData(20.000000000000004, 0.0)]   // the next double above 20
    [InlineData(19.999999999999996, 1.0)]   // the next double below 20
    public void ServiceLevel_WaitAtTheThreshold_IsWithin(double wait, double expected)
    {
        var calls = new CallColumns([wait], [60], [0], [0], [false], [false]);
        Assert.Equal(expected, CrmKpi.CallCenter.ServiceLevel(calls, Sec(20), ServiceLevelDefinition.AbandonedInDenominator, Sec(0)));
        Assert.Equal(expected, CrmKpi.CallCenter.Summarize(calls, Sec(20), Sec(0)).ServiceLevel(ServiceLevelDefinition.AbandonedInDenominator));
    }

    // An abandoned call that waited exactly the short-abandon limit is counted; a hair less is a short abandon and drops out.
    [Theory]
    [InlineData(5.0, 0.5)]
    [InlineData(4.999999999999999, 0.0)]   // the next double below 5
    public void AbandonmentRate_WaitAtTheShortAbandonLimit_IsCounted(double wait, double expected)
    {
        var calls = new CallColumns([wait, 10], [0, 60], [0, 0], [0, 0], [true, false], [false, false]);
        Assert.Equal(expected, CrmKpi.CallCenter.AbandonmentRate(calls, Sec(5)));
        Assert.Equal(expected, CrmKpi.CallCenter.Summarize(calls, Sec(20), Sec(5)).AbandonmentRate);
    }
}
