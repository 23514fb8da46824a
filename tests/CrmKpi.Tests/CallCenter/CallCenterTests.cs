using NodaTime;

namespace CrmKpi.Tests;

/// <summary>Call-center metrics (catalog C1 to C12).</summary>
public partial class CallCenterTests
{
    /// <summary>Seconds as the <see cref="Duration"/> the call-center thresholds take.</summary>
    private static Duration Sec(double seconds) => Duration.FromSeconds(seconds);
}
