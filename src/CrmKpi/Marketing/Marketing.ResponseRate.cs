using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Marketing
{
    /// <summary>Response rate (响应率): responders per contacted prospect (M2).</summary>
    /// <param name="responders">Prospects who responded. Not negative, at most <paramref name="contacted"/>.</param>
    /// <param name="contacted">Prospects contacted. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when nobody was contacted.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A count is negative, or <paramref name="responders"/> exceeds <paramref name="contacted"/>.</exception>
    /// <remarks><para>Formula: <c>responders / contacted</c>.</para><para>Catalog M2, source 004. Example: 250 of 10,000 mailed: 0.025.</para></remarks>
    public static double ResponseRate(long responders, long contacted) =>
        Ratios.Share(responders, contacted, nameof(responders), nameof(contacted));
}
