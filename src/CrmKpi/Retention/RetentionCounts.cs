using System;

namespace CrmKpi;

/// <summary>
/// Who was at start, new, retained, lost, reactivated, active and repeat-buying in a window of a purchase
/// log: the counts every retention metric is a ratio of. Built by
/// <see cref="Retention.Classify(TransactionColumns, NodaTime.DateInterval)"/>, or by a caller from its own counts.
/// </summary>
/// <remarks>
/// <para>Definitions for a non-contractual log and a window <c>[start, end]</c>, each customer counted once:</para>
/// <list type="bullet">
/// <item><description><b>At start</b> (S): by default, the first purchase is before <c>start</c>; with a base window, a purchase inside the base window (a lookback, or the previous year).</description></item>
/// <item><description><b>New</b> (N): the first-ever purchase is inside the window.</description></item>
/// <item><description><b>Retained</b>: at start, and a purchase inside the window.</description></item>
/// <item><description><b>Lost</b>: at start, and no purchase inside the window. <c>Retained + Lost = AtStart</c>.</description></item>
/// <item><description><b>Reactivated</b>: bought before <c>start</c> but not at start (only with a base window: bought before the base window, not in it), and bought in the window.</description></item>
/// <item><description><b>Active</b>: a purchase inside the window. <c>Active = Retained + New + Reactivated</c>.</description></item>
/// <item><description><b>Repeat</b>: two or more purchases (rows) inside the window.</description></item>
/// <item><description><b>Total</b>: the first purchase is on or before <c>end</c>: every customer known by the end of the window.</description></item>
/// </list>
/// <para>Customers at end (E in the CRR formula) are the active ones: <see cref="AtEnd"/> = <see cref="Active"/>.</para>
/// </remarks>
/// <param name="AtStart">Customers at the start of the window (S).</param>
/// <param name="New">Customers whose first purchase is in the window (N).</param>
/// <param name="Retained">Customers at start who bought in the window.</param>
/// <param name="Lost">Customers at start who did not buy in the window.</param>
/// <param name="Reactivated">Earlier customers, not at start, who bought in the window.</param>
/// <param name="Active">Customers who bought in the window.</param>
/// <param name="Repeat">Customers with two or more purchases in the window.</param>
/// <param name="Total">Customers whose first purchase is on or before the window's end.</param>
public readonly record struct RetentionCounts(long AtStart, long New, long Retained, long Lost, long Reactivated, long Active, long Repeat, long Total)
{
    /// <summary>Customers at the end of the window (E): those active in it, <c>Retained + New + Reactivated</c>.</summary>
    public long AtEnd => Active;

    /// <summary>Customers acquired in the window for the CRR formula: new plus reactivated (a win-back is acquired again).</summary>
    public long Acquired => New + Reactivated;
}
