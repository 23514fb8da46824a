namespace CrmKpi;

/// <summary>The agent time that handling time is divided by in agent utilization (catalog C7).</summary>
public enum UtilizationBase
{
    /// <summary>
    /// Staffed (logged-in) seconds, breaks and other auxiliary states included: <c>handling / staffed</c>,
    /// usually called utilization.
    /// </summary>
    StaffedTime = 0,

    /// <summary>
    /// Available seconds: time open to calls, handling or idle-ready, without breaks and auxiliary
    /// states: <c>handling / available</c>, usually called occupancy.
    /// </summary>
    AvailableTime = 1,
}
