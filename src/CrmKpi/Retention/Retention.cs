namespace CrmKpi;

/// <summary>
/// Retention and churn metrics (catalog section 3): churn rate, customer retention rate, renewal rate,
/// year-over-year retention, repurchase rate, retention cost, the cohort retention table, gross and net
/// revenue retention, the loyalty index, customer growth rate and unsubscribe rate.
/// </summary>
/// <remarks>
/// <para>
/// Every purchase-based metric has a scalar form over counts (the catalog's formula) and a form over
/// <see cref="TransactionColumns"/> that derives those counts from a purchase log. A log is
/// non-contractual: nobody cancels, so "at start", "lost" and "new" are defined from purchase dates
/// (see <see cref="RetentionCounts"/> and <see cref="Classify(TransactionColumns, NodaTime.DateInterval)"/>).
/// </para>
/// <para>
/// Every member is pure and thread-safe (a <see cref="RetentionWorkspace"/> must not be shared by
/// concurrent calls). Ratios are fractions, and x / 0 follows IEEE rules (infinity or NaN), never an exception.
/// </para>
/// </remarks>
public static partial class Retention
{
}
