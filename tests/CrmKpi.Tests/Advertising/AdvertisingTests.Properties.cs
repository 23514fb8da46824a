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
    // D1 against growth rates in per mille divided in decimal (exact to 28 digits): spend growth over sales growth, and the inverse
    // reading sales over spend; the ratio exceeds 1 in size exactly when spend grew more than sales. Each double rate rounds once and the
    // quotient once (about 1.5 ulp in all); 1e-14 relative allows about 45 ulps.
    [Property]
    public Property AdEffectivenessRatio_BothReadings_EqualDecimalQuotients() =>
        Prop.ForAll(
            Gen.Choose(-1000, 1000).Where(x => x != 0).ToArbitrary(),
            Gen.Choose(-500, 1000).Where(x => x != 0).ToArbitrary(),
            (spend, sales) =>
            {
                double a = spend / 1000.0, s = sales / 1000.0;
                double ratio = Advertising.AdEffectivenessRatio(a, s);
                return Approx.Close((double)((decimal)spend / sales), ratio, Tolerances.FewUlpsRelative)
                    && Approx.Close((double)((decimal)sales / spend), Advertising.SalesGrowthPerAdSpendGrowth(s, a), Tolerances.FewUlpsRelative)
                    && (Math.Abs(ratio) > 1) == (Math.Abs(spend) > Math.Abs(sales));
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

    // CTR, click conversion and awareness are fractions; CPC equals the decimal quotient of spend in cents by clicks.
    [Property]
    public Property ChannelRates_ConsistentCounts_FractionsAndIdentities() =>
        Prop.ForAll(
            Gens.Count().ToArbitrary(),
            Gens.PositiveCount().ToArbitrary(),
            Gen.Choose(0, 1_000_000_000).ToArbitrary(),
            (a, b, cents) =>
            {
                long part = Math.Min(a, b), whole = Math.Max(a, b);
                return Advertising.Ctr(part, whole) is >= 0 and <= 1
                    && Advertising.ClickConversionRate(part, whole) is >= 0 and <= 1
                    && Advertising.AdAwareness(part, whole) is >= 0 and <= 1
                    && Approx.Close((double)(cents / 100m / whole), Advertising.Cpc(cents / 100.0, whole), Tolerances.FewUlpsRelative);
            });
}
