using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

public partial class AdvertisingTests
{
    // The two readings of D1 are reciprocal.
    [Property]
    public Property AdEffectivenessRatio_TimesInverse_IsOne() =>
        Prop.ForAll(
            Gen.Choose(1, 1000).ToArbitrary(),
            Gen.Choose(-500, 1000).Where(x => x != 0).ToArbitrary(),
            (spend, sales) =>
            {
                double a = spend / 1000.0, s = sales / 1000.0;
                return Approx.Close(1, Advertising.AdEffectivenessRatio(a, s) * Advertising.SalesGrowthPerAdSpendGrowth(s, a), Tolerances.FewUlpsRelative);
            });

    // A weighted mean lies between the smallest and largest score.
    [Property]
    public Property AdSuccessIndex_AnyScores_BetweenMinAndMax() =>
        Prop.ForAll(
            Gen.NonEmptyListOf(Gen.Choose(1, 10)).ToArbitrary(),
            scores =>
            {
                double[] s = scores.Select(x => (double)x).ToArray();
                double[] w = s.Select((_, i) => (double)(i % 3) + 1).ToArray();
                double index = Advertising.AdSuccessIndex(s, w);
                return index >= s.Min() - 1e-12 && index <= s.Max() + 1e-12;
            });

    // CTR, click conversion and awareness are fractions; CPC x clicks = spend.
    [Property]
    public Property ChannelRates_ConsistentCounts_FractionsAndIdentities() =>
        Prop.ForAll(
            Gens.Count().ToArbitrary(),
            Gens.PositiveCount().ToArbitrary(),
            Gens.Money.ToArbitrary(),
            (a, b, spend) =>
            {
                long part = Math.Min(a, b), whole = Math.Max(a, b);
                return Advertising.Ctr(part, whole) is >= 0 and <= 1
                    && Advertising.ClickConversionRate(part, whole) is >= 0 and <= 1
                    && Advertising.AdAwareness(part, whole) is >= 0 and <= 1
                    && Approx.Close(spend, Advertising.Cpc(spend, whole) * whole, Tolerances.FewUlpsRelative);
            });
}
