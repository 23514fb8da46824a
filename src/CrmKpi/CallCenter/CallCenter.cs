namespace CrmKpi;

/// <summary>
/// Call-center metrics (catalog section 5, ids C1 to C12) over a call log in <see cref="CallColumns"/>
/// and agent time in <see cref="AgentColumns"/>. Staffing models (C13) are in <see cref="Staffing"/>.
/// </summary>
/// <remarks>
/// Each metric has its own calculator that reads only the columns it needs;
/// <see cref="Summarize(CallColumns, NodaTime.Duration, NodaTime.Duration)"/> computes all of them in one vectorised pass when a
/// caller wants the whole set.
/// </remarks>
public static partial class CallCenter
{
}
