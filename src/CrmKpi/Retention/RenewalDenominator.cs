namespace CrmKpi;

/// <summary>What the renewal rate (catalog R3) divides the renewed subscriptions by.</summary>
public enum RenewalDenominator
{
    /// <summary>The subscriptions that came up for renewal in the window (the usual definition): <c>renewed / up for renewal</c>.</summary>
    UpForRenewal,

    /// <summary>All users (source 003 prints "/ total users"): <c>renewed / total users</c>. Lower whenever some users were not due.</summary>
    TotalUsers,
}
