using System;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>M8 email open rate and click-to-open rate: golden values, properties, validation.</summary>
public partial class MarketingTests
{
    // Catalog M8: 2,200 / 10,000 = 22%. Hand calculations: 11,000 sent gives 2,200 / 11,000 = 0.2; 330 clicks of 2,200 opens = 0.15.
    [Fact]
    public void EmailOpenRate_Catalog2200Of10000_Is022()
    {
        Assert.Equal(0.22, Marketing.EmailOpenRate(2_200, 10_000));
        Assert.Equal(0.22, Marketing.EmailOpenRate(2_200, 10_000, 11_000, EmailOpenDenominator.Delivered));
        Assert.Equal(0.2, Marketing.EmailOpenRate(2_200, 10_000, 11_000, EmailOpenDenominator.Sent));
        Assert.Equal(0.15, Marketing.ClickToOpenRate(330, 2_200));
    }

    [Fact]
    public void EmailOpenRate_NothingDelivered_IsNaN()
    {
        Assert.True(double.IsNaN(Marketing.EmailOpenRate(0, 0)));
        Assert.True(double.IsNaN(Marketing.ClickToOpenRate(0, 0)));
    }

    // Click-to-open times open rate is the click rate over delivered mail, computed here directly from the two counts;
    // the ratios are each correctly rounded, so the product may differ from the direct quotient by a few ulps.
    // The "/ sent" rate never exceeds the "/ delivered" rate.
    [Property]
    public Property ClickToOpenRate_TimesOpenRate_IsClicksOverDelivered() =>
        Prop.ForAll(
            Gen.ArrayOf(Gens.Count(100_000), 3).Zip(Gens.PositiveCount(100_000)).ToArbitrary(),
            t =>
            {
                long[] n = [.. t.Item1, t.Item2];
                Array.Sort(n);
                (long clicks, long opens, long delivered, long sent) = (n[0], n[1], n[2], n[3]);
                double open = Marketing.EmailOpenRate(opens, delivered);
                double product = Marketing.ClickToOpenRate(clicks, opens) * open;
                bool identity = opens == 0 || Approx.Close((double)clicks / delivered, product, Tolerances.FewUlpsRelative);
                return identity && !(Marketing.EmailOpenRate(opens, delivered, sent, EmailOpenDenominator.Sent) > open);
            });

    [Fact]
    public void EmailOpenRate_MoreOpensThanDelivered_ThrowsNamingBoth()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Marketing.EmailOpenRate(10_001, 10_000));
        Assert.Equal("uniqueOpens", e.ParamName);
        Assert.Equal(10_001L, e.ActualValue);
        Assert.Contains("delivered (10000)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmailOpenRate_MoreDeliveredThanSent_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Marketing.EmailOpenRate(1, 12, 11, EmailOpenDenominator.Sent));
        Assert.Equal("delivered", e.ParamName);
        Assert.Equal(12L, e.ActualValue);
    }

    [Fact]
    public void EmailOpenRate_UndefinedDenominator_Throws() =>
        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => Marketing.EmailOpenRate(1, 2, 3, (EmailOpenDenominator)2)).ParamName);

    [Fact]
    public void ClickToOpenRate_MoreClicksThanOpens_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Marketing.ClickToOpenRate(5, 4));
        Assert.Equal("uniqueClicks", e.ParamName);
        Assert.Equal(5L, e.ActualValue);
        Assert.Equal("uniqueOpens", Assert.Throws<ArgumentOutOfRangeException>(() => Marketing.ClickToOpenRate(0, -4)).ParamName);
    }
}
