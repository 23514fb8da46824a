using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Advertising
{
    /// <summary>Ad awareness (广告认知度): the share of survey respondents aware of the ad (D4).</summary>
    /// <param name="aware">Respondents aware of the ad. Not negative, at most <paramref name="respondents"/>.</param>
    /// <param name="respondents">Respondents surveyed. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN with no respondents.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A count is negative, or <paramref name="aware"/> exceeds <paramref name="respondents"/>.</exception>
    /// <remarks><para>Formula: <c>aware / respondents</c>.</para><para>Catalog D4, source 004. Example: 340 of 1,000: 0.34.</para></remarks>
    public static double AdAwareness(long aware, long respondents) =>
        Ratios.Share(aware, respondents, nameof(aware), nameof(respondents));
}
