using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

public partial class MarketingTests
{
    // Participation, response and transaction rates lie in [0, 1] for consistent counts.
    [Property]
    public Property Shares_ConsistentCounts_InUnitInterval() =>
        Prop.ForAll(
            Gens.Count().ToArbitrary(),
            Gens.PositiveCount().ToArbitrary(),
            (a, b) =>
            {
                long part = Math.Min(a, b), whole = Math.Max(a, b);
                return new[] { Marketing.Participation(part, whole), Marketing.ResponseRate(part, whole), Marketing.TransactionRate(part, whole) }
                    .All(x => x is >= 0 and <= 1);
            });

    // ROI = revenue / cost - 1, and ROI >= -1.
    [Property]
    public Property CampaignRoi_AnyAmounts_EqualsRatioMinusOne() =>
        Prop.ForAll(
            Gens.Money.ToArbitrary(),
            Gens.PositiveMoney.ToArbitrary(),
            (revenue, cost) =>
            {
                double roi = Marketing.CampaignRoi(revenue, cost);
                return roi >= -1 && Approx.Close((revenue / cost) - 1, roi, 1e-12);
            });

    // The per-channel form equals the scalar form on each channel's cost and count.
    [Property]
    public Property AverageInteractionCost_PerChannel_EqualsScalarForm() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 2)).ToArbitrary(),
            channels =>
            {
                double[] costs = channels.Select((c, i) => ((i * 37) % 500) / 10.0).ToArray();
                double[] result = new double[3];
                Marketing.AverageInteractionCost(channels, costs, result);
                return Enumerable.Range(0, 3).All(ch =>
                {
                    int[] rows = Enumerable.Range(0, channels.Length).Where(i => channels[i] == ch).ToArray();
                    return Approx.Close(Marketing.AverageInteractionCost((double)rows.Sum(i => (decimal)costs[i]), rows.Length), result[ch], 1e-12);
                });
            });
}
