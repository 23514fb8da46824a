using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

public partial class CallCenterTests
{
    private static readonly ServiceLevelDefinition[] Definitions = Enum.GetValues<ServiceLevelDefinition>();

    private static bool Same(double expected, double actual) => Approx.Close(expected, actual, ServiceTolerances.BundleVsScalarRelative);

    /// <summary>Every metric of the one-pass summary equals its own calculator.</summary>
    private static bool BundleMatchesCalculators(RandomCalls log, double threshold, double shortAbandon)
    {
        CallColumns calls = log.Columns;
        CallCenterSummary s = CrmKpi.CallCenter.Summarize(calls, Sec(threshold), Sec(shortAbandon));
        foreach (ServiceLevelDefinition d in Definitions)
        {
            if (!Same(CrmKpi.CallCenter.ServiceLevel(calls, Sec(threshold), d, Sec(shortAbandon)), s.ServiceLevel(d)))
            {
                return false;
            }
        }

        return Same(CrmKpi.CallCenter.AverageSpeedOfAnswer(calls), s.AverageSpeedOfAnswer)
            && Same(CrmKpi.CallCenter.AbandonmentRate(calls, Sec(shortAbandon)), s.AbandonmentRate)
            && Same(CrmKpi.CallCenter.AverageTalkTime(calls), s.AverageTalkTime)
            && Same(CrmKpi.CallCenter.AverageAfterCallWork(calls), s.AverageAfterCallWork)
            && Same(CrmKpi.CallCenter.AverageHandleTime(calls, HandleTimeDefinition.TalkHoldAfterCallWork), s.AverageHandleTime(HandleTimeDefinition.TalkHoldAfterCallWork))
            && Same(CrmKpi.CallCenter.AverageHandleTime(calls, HandleTimeDefinition.TalkAfterCallWork), s.AverageHandleTime(HandleTimeDefinition.TalkAfterCallWork))
            && CrmKpi.CallCenter.BlockedCalls(calls) == s.Blocked
            && s.Calls == log.Length
            && s.Answered + s.Abandoned + s.Blocked == s.Calls;
    }

    [Property]
    public Property Summarize_OnePassBundle_EqualsIndividualCalculators() =>
        Prop.ForAll(ServiceGens.CallLogs.ToArbitrary(), Gen.Choose(0, 60).ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(),
            (log, threshold, shortAbandon) => BundleMatchesCalculators(log, threshold, shortAbandon / 2.0));

    [Fact]
    public void Summarize_EveryLengthUpTo300_EqualsIndividualCalculators()
    {
        // Lengths around the 4-call vector step and its remainders, sliced out of poisoned arrays.
        for (int n = 0; n <= 300; n++)
        {
            RandomCalls log = RandomCalls.Random(n, seed: n);
            Assert.True(BundleMatchesCalculators(log, 20, 3), $"length {n}");
        }
    }

    [Fact]
    public void Summarize_SliceOfPoisonedArrays_ReadsNothingOutside()
    {
        RandomCalls log = RandomCalls.Random(103, seed: 7);
        static T[] Pad<T>(T[] a, T poison) => [poison, poison, .. a, poison, poison, poison];
        var calls = new CallColumns(
            Pad(log.Wait, double.NaN).AsSpan(2, 103), Pad(log.Talk, double.NaN).AsSpan(2, 103),
            Pad(log.Hold, -1.0).AsSpan(2, 103), Pad(log.Work, double.PositiveInfinity).AsSpan(2, 103),
            Pad(log.Abandoned, true).AsSpan(2, 103), Pad(log.Blocked, true).AsSpan(2, 103));
        Assert.Equal(CrmKpi.CallCenter.Summarize(log.Columns, Sec(20), Sec(0)), CrmKpi.CallCenter.Summarize(calls, Sec(20), Sec(0)));
    }

    [Property]
    public Property AverageHandleTime_EqualsTalkPlusHoldPlusAfterCallWork() =>
        Prop.ForAll(ServiceGens.CallLogs.ToArbitrary(), log =>
        {
            CallColumns calls = log.Columns;
            CallCenterSummary s = CrmKpi.CallCenter.Summarize(calls, Sec(20), Sec(0));
            double aht = CrmKpi.CallCenter.AverageHandleTime(calls, HandleTimeDefinition.TalkHoldAfterCallWork);
            double parts = CrmKpi.CallCenter.AverageTalkTime(calls) + s.AverageHoldTime + CrmKpi.CallCenter.AverageAfterCallWork(calls);
            return Approx.Close(parts, aht, 1e-12);
        });

    [Property]
    public Property Summarize_PermutingRows_ChangesNothing() =>
        Prop.ForAll(ServiceGens.CallLogs.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (log, seed) =>
        {
            int[] order = Enumerable.Range(0, log.Length).ToArray();
            new Random(seed).Shuffle(order);
            CallCenterSummary a = CrmKpi.CallCenter.Summarize(log.Columns, Sec(20), Sec(2));
            CallCenterSummary b = CrmKpi.CallCenter.Summarize(log.Permuted(order).Columns, Sec(20), Sec(2));
            return a.Calls == b.Calls && a.Answered == b.Answered && a.AnsweredWithinThreshold == b.AnsweredWithinThreshold
                && a.Abandoned == b.Abandoned && a.ShortAbandoned == b.ShortAbandoned && a.AbandonedAfterThreshold == b.AbandonedAfterThreshold
                && a.Blocked == b.Blocked && Same(a.TalkSeconds, b.TalkSeconds) && Same(a.AnsweredWaitSeconds, b.AnsweredWaitSeconds)
                && Same(a.HoldSeconds, b.HoldSeconds) && Same(a.AfterCallWorkSeconds, b.AfterCallWorkSeconds);
        });

    [Property]
    public Property Summarize_Shares_LieInUnitInterval() =>
        Prop.ForAll(ServiceGens.CallLogs.Where(l => l.Length > 0).ToArbitrary(), log =>
        {
            CallCenterSummary s = CrmKpi.CallCenter.Summarize(log.Columns, Sec(15), Sec(4));
            static bool Unit(double x) => double.IsNaN(x) || x is >= 0 and <= 1;
            return Definitions.All(d => Unit(s.ServiceLevel(d))) && Unit(s.AbandonmentRate) && Unit(s.BlockedShare);
        });

    [Property]
    public Property Summarize_MergeOfHalves_EqualsWhole() =>
        Prop.ForAll(ServiceGens.CallLogs.ToArbitrary(), log =>
        {
            int half = log.Length / 2;
            int[] first = Enumerable.Range(0, half).ToArray(), second = Enumerable.Range(half, log.Length - half).ToArray();
            CallCenterSummary whole = CrmKpi.CallCenter.Summarize(log.Columns, Sec(20), Sec(0));
            CallCenterSummary merged = CrmKpi.CallCenter.Summarize(log.Permuted(first).Columns, Sec(20), Sec(0))
                .Merge(CrmKpi.CallCenter.Summarize(log.Permuted(second).Columns, Sec(20), Sec(0)));
            return whole.Answered == merged.Answered && whole.AnsweredWithinThreshold == merged.AnsweredWithinThreshold
                && whole.Blocked == merged.Blocked && Same(whole.TalkSeconds, merged.TalkSeconds);
        });

    [Property]
    public Property Volume_CategoryTotals_EqualSummaryTotals() =>
        Prop.ForAll(ServiceGens.CallLogs.ToArbitrary(), log =>
        {
            int[] categories = Enumerable.Range(0, log.Length).Select(i => i % 3).ToArray();
            var volume = new CallVolume[3];
            CrmKpi.CallCenter.Volume(log.Columns, categories, volume);
            CallCenterSummary s = CrmKpi.CallCenter.Summarize(log.Columns, Sec(20), Sec(0));
            return volume.Sum(v => v.Calls) == s.Calls && volume.Sum(v => v.Answered) == s.Answered
                && volume.Sum(v => v.Blocked) == s.Blocked && Approx.Close(s.TalkSeconds, volume.Sum(v => v.TalkSeconds), 1e-12);
        });
}
