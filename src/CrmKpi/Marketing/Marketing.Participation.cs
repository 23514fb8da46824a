using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Marketing
{
    /// <summary>Participation (客户参与程度): the share of the prospects a campaign reached who engaged with it (M1).</summary>
    /// <param name="engaged">Prospects who engaged (clicked, replied, attended). Not negative, at most <paramref name="reached"/>.</param>
    /// <param name="reached">Prospects the campaign reached. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when nobody was reached. The count itself is <paramref name="engaged"/>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A count is negative, or <paramref name="engaged"/> exceeds <paramref name="reached"/>.</exception>
    /// <remarks><para>Formula: <c>engaged / reached</c>.</para><para>Catalog M1, source 004. Example: 1,200 of 8,000 reached: 0.15.</para></remarks>
    public static double Participation(long engaged, long reached) =>
        Ratios.Share(engaged, reached, nameof(engaged), nameof(reached));
}
