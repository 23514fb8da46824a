namespace CrmKpi;

/// <summary>
/// How abandoned calls count in the service level (catalog C1). With <c>W</c> calls answered within the
/// threshold <c>T</c>, <c>N</c> answered calls, <c>X</c> abandoned calls that are not short abandons,
/// <c>X&gt;T</c> those of them abandoned after waiting more than <c>T</c> and <c>X&lt;=T</c> the rest.
/// Blocked calls never reached the queue and count in no definition; short abandons (waited less than
/// the caller's short-abandon threshold) are dropped from every definition.
/// </summary>
public enum ServiceLevelDefinition
{
    /// <summary>
    /// Every abandoned call is a failure: <c>SL = W / (N + X)</c>. The strictest and most common reading
    /// ("calls answered within T / calls offered").
    /// </summary>
    AbandonedInDenominator = 0,

    /// <summary>
    /// Only calls abandoned after the threshold are failures; callers who hung up within it are left out:
    /// <c>SL = W / (N + X&gt;T)</c>.
    /// </summary>
    AbandonedAfterThresholdInDenominator = 1,

    /// <summary>Abandoned calls are left out altogether: <c>SL = W / N</c> (answered calls only).</summary>
    AbandonedExcluded = 2,

    /// <summary>
    /// Calls abandoned within the threshold count as met, those abandoned after it as failures:
    /// <c>SL = (W + X&lt;=T) / (N + X)</c>.
    /// </summary>
    AbandonedWithinThresholdAsMet = 3,
}
