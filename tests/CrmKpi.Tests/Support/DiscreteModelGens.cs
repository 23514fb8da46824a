using FsCheck;
using FsCheck.Fluent;

namespace CrmKpi.Tests.Support;

/// <summary>Generators for the MBG/NBD, BG/BB and sBG properties.</summary>
internal static class DiscreteModelGens
{
    /// <summary>MBG/NBD models over a wide range; a is kept at least 0.05 from 1, where the closed forms divide by a - 1.</summary>
    public static Gen<ModifiedBetaGeo> ModifiedBetaGeoModel =>
        from r in Uniform(0.05, 5)
        from alpha in Uniform(0.5, 50)
        from a in Uniform(0.1, 5).Where(v => System.Math.Abs(v - 1) > 0.05)
        from b in Uniform(0.1, 10)
        select new ModifiedBetaGeo(r, alpha, a, b);

    /// <summary>BG/BB models over a wide range, gamma = 1 (where the closed forms are 0/0) included.</summary>
    public static Gen<BetaGeoBetaBinomial> BetaGeoBetaBinomialModel =>
        from alpha in Uniform(0.1, 10)
        from beta in Uniform(0.1, 10)
        from gamma in Gen.OneOf(Uniform(0.1, 10), Gen.Constant(1.0))
        from delta in Uniform(0.1, 10)
        select new BetaGeoBetaBinomial(alpha, beta, gamma, delta);

    /// <summary>sBG models over a wide range.</summary>
    public static Gen<ShiftedBetaGeometric> ShiftedBetaGeometricModel =>
        from alpha in Uniform(0.05, 10)
        from beta in Uniform(0.05, 10)
        select new ShiftedBetaGeometric(alpha, beta);

    /// <summary>A valid discrete history (x, t_x, n) with 1..30 opportunities and a horizon of 0..40 periods.</summary>
    public static Gen<DiscreteHistory> History =>
        from n in Gen.Choose(1, 30)
        from tx in Gen.Choose(0, n)
        from x in tx == 0 ? Gen.Constant(0) : Gen.Choose(1, tx)
        from horizon in Gen.Choose(0, 40)
        select new DiscreteHistory(x, tx, n, horizon);

    /// <summary>A discount rate per period in [0.01, 1].</summary>
    public static Gen<double> DiscountRate => Uniform(0.01, 1);

    private static Gen<double> Uniform(double min, double max) =>
        Gen.Choose(0, 1_000_000).Select(i => min + ((max - min) * i / 1_000_000.0));

    /// <summary>Repeat transactions x, period of the last one t_x, opportunities n, and a horizon.</summary>
    public sealed record DiscreteHistory(int X, int Recency, int Periods, int Horizon);
}
