using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace CrmKpi.Tests.Support;

/// <summary>Generators of RFM inputs: per-customer values with many ties, some customers without a purchase.</summary>
internal static class RfmGens
{
    /// <summary>Bins k in 2..10.</summary>
    public static Gen<int> Bins => Gen.Choose(Rfm.MinBins, Rfm.MaxBins);

    /// <summary>Either scoring method.</summary>
    public static Gen<RfmScoring> Scoring => Gen.Elements(RfmScoring.RankBased, RfmScoring.ValueBased);

    /// <summary>One customer: about one in eight without a purchase; small value ranges so that ties are common.</summary>
    public static Gen<RfmValues> Customer =>
        from none in Gen.Choose(0, 7)
        from recency in Gen.Choose(0, 40)
        from frequency in Gen.Choose(1, 8)
        from cents in Gen.Choose(0, 300)
        select none == 0 ? RfmValues.NoPurchase : new RfmValues(recency, frequency, cents * 0.5);

    /// <summary>Up to <paramref name="max"/> customers.</summary>
    public static Gen<RfmValues[]> Customers(int max = 80) =>
        from n in Gen.Choose(0, max)
        from values in Gen.ArrayOf(Customer, n)
        select values;

    /// <summary>Customers whose values are all distinct on every dimension, all with a purchase.</summary>
    public static Gen<RfmValues[]> DistinctCustomers(int max = 80) =>
        from n in Gen.Choose(1, max)
        from seed in Gen.Choose(0, int.MaxValue)
        select Distinct(n, seed);

    private static RfmValues[] Distinct(int n, int seed)
    {
        var random = new System.Random(seed);
        int[] r = Enumerable.Range(0, n).ToArray();
        int[] f = Enumerable.Range(1, n).ToArray();
        double[] m = Enumerable.Range(0, n).Select(i => (i * 1.25) + 0.5).ToArray();
        random.Shuffle(r);
        random.Shuffle(f);
        random.Shuffle(m);
        return Enumerable.Range(0, n).Select(i => new RfmValues(r[i], f[i], m[i])).ToArray();
    }
}
