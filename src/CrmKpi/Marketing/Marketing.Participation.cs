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

    /// <summary>Response rate (响应率): responders per contacted prospect (M2).</summary>
    /// <param name="responders">Prospects who responded. Not negative, at most <paramref name="contacted"/>.</param>
    /// <param name="contacted">Prospects contacted. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when nobody was contacted.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A count is negative, or <paramref name="responders"/> exceeds <paramref name="contacted"/>.</exception>
    /// <remarks><para>Formula: <c>responders / contacted</c>.</para><para>Catalog M2, source 004. Example: 250 of 10,000 mailed: 0.025.</para></remarks>
    public static double ResponseRate(long responders, long contacted) =>
        Ratios.Share(responders, contacted, nameof(responders), nameof(contacted));

    /// <summary>Transaction rate (交易率): the share of campaign participants who purchased (M5).</summary>
    /// <param name="purchasers">Participants who purchased. Not negative, at most <paramref name="participants"/>.</param>
    /// <param name="participants">Campaign participants. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when there are no participants.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A count is negative, or <paramref name="purchasers"/> exceeds <paramref name="participants"/>.</exception>
    /// <remarks><para>Formula: <c>participants who purchased / participants</c>.</para><para>Catalog M5, source 004. Example: 90 of 1,200 participants: 0.075.</para></remarks>
    public static double TransactionRate(long purchasers, long participants) =>
        Ratios.Share(purchasers, participants, nameof(purchasers), nameof(participants));
}
