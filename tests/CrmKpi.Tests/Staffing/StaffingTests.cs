using NodaTime;

namespace CrmKpi.Tests;

/// <summary>Erlang C, B and A (catalog C13).</summary>
public partial class StaffingTests
{
    /// <summary>Seconds as the <see cref="Duration"/> the staffing members take.</summary>
    private static Duration Sec(double seconds) => Duration.FromSeconds(seconds);
}
