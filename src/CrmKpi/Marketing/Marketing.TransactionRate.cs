using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Marketing
{
    /// <summary>Transaction rate (交易率): the share of campaign participants who purchased (M5).</summary>
    /// <param name="purchasers">Participants who purchased. Not negative, at most <paramref name="participants"/>.</param>
    /// <param name="participants">Campaign participants. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when there are no participants.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A count is negative, or <paramref name="purchasers"/> exceeds <paramref name="participants"/>.</exception>
    /// <remarks><para>Formula: <c>participants who purchased / participants</c>.</para><para>Catalog M5, source 004. Example: 90 of 1,200 participants: 0.075.</para></remarks>
    public static double TransactionRate(long purchasers, long participants) =>
        Ratios.Share(purchasers, participants, nameof(purchasers), nameof(participants));
}
