using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Staffing
{
    /// <summary>Offered traffic in Erlangs: calls in an interval times their average handle time, per interval length
    /// (<c>A = calls x AHT / interval</c>; the parameters follow that formula's order).</summary>
    /// <param name="calls">Calls offered in the interval (may be a forecast, so not necessarily whole). Finite, not negative.</param>
    /// <param name="averageHandleTime">Average handle time. Not negative.</param>
    /// <param name="interval">The interval's length (<c>Duration.FromMinutes(30)</c> for half an hour). Greater than zero.</param>
    /// <returns><c>calls * averageHandleTime / interval</c>, in Erlangs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calls"/> is negative, NaN or infinite,
    /// <paramref name="averageHandleTime"/> is negative, or <paramref name="interval"/> is not positive.</exception>
    /// <remarks>Catalog C13. Example: 360 calls per half hour of 240 s each:
    /// <c>TrafficErlangs(360, Duration.FromSeconds(240), Duration.FromMinutes(30))</c> = 360 * 240 / 1,800 = 48 Erlangs.</remarks>
    public static double TrafficErlangs(double calls, Duration averageHandleTime, Duration interval)
    {
        Guard.FiniteNonNegative(calls);
        Guard.NotNegative(averageHandleTime);
        Guard.Positive(interval);
        return calls * averageHandleTime.TotalSeconds / interval.TotalSeconds;
    }
}
