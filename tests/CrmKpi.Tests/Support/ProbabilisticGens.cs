using FsCheck;
using FsCheck.Fluent;

namespace CrmKpi.Tests.Support;

/// <summary>Generators of fitted-model parameters and customer histories for the probabilistic CLV properties.</summary>
internal static class ProbabilisticGens
{
    /// <summary>BG/NBD models over a wide range; a is kept at least 0.05 from 1, where the closed forms divide by a - 1.</summary>
    public static Gen<BetaGeo> BetaGeoModel =>
        from r in Positive(0.05, 5)
        from alpha in Positive(0.5, 50)
        from a in Positive(0.1, 5).Where(v => System.Math.Abs(v - 1) > 0.05)
        from b in Positive(0.1, 10)
        select new BetaGeo(r, alpha, a, b);

    /// <summary>Pareto/NBD models over a wide range.</summary>
    public static Gen<ParetoNbd> ParetoNbdModel =>
        from r in Positive(0.05, 5)
        from alpha in Positive(0.5, 50)
        from s in Positive(0.05, 5)
        from beta in Positive(0.5, 50)
        select new ParetoNbd(r, alpha, s, beta);

    /// <summary>Gamma-Gamma models with q &gt; 1 (so the population mean spend exists).</summary>
    public static Gen<GammaGamma> GammaGammaModel =>
        from p in Positive(0.5, 20)
        from q in Positive(1.05, 10)
        from gamma in Positive(1, 100)
        select new GammaGamma(p, q, gamma);

    /// <summary>A valid (x, t_x, T) history in weeks with a prediction horizon.</summary>
    public static Gen<CustomerHistory> History =>
        from age in Gen.Choose(0, 1000).Select(i => i / 10.0)
        from x in Gen.Choose(0, 40)
        from share in Gen.Choose(0, 1000).Select(i => i / 1000.0)
        from horizon in Gen.Choose(0, 1000).Select(i => i / 10.0)
        select new CustomerHistory(x, x == 0 ? 0 : share * age, age, horizon);

    private static Gen<double> Positive(double min, double max) =>
        Gen.Choose(0, 1_000_000).Select(i => min + ((max - min) * i / 1_000_000.0));

    /// <summary>A customer's repeat purchases, recency and age, and a horizon to predict over.</summary>
    public sealed record CustomerHistory(double X, double Recency, double Age, double Horizon);
}
