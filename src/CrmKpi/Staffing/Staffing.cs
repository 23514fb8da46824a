using NodaTime;

namespace CrmKpi;

/// <summary>
/// Staffing models for queues of calls (catalog C13): Erlang C (M/M/n, callers wait forever), Erlang B
/// (M/M/n/n, callers who find every line busy are blocked) and Erlang A (M/M/n+M, callers wait with
/// exponential patience and may abandon).
/// </summary>
/// <remarks>
/// <para>Inputs: the offered traffic <c>A = arrival rate x average handle time</c> in Erlangs
/// (<see cref="TrafficErlangs(double, Duration, Duration)"/>), the number of agents or lines, and times as NodaTime
/// <see cref="Duration"/> values (so a handle time cannot be passed where an interval or a threshold belongs; see
/// docs/api-conventions.md). Results in seconds (mean waits) stay <see cref="double"/>, because they can be infinite.</para>
/// <para>Numerics: no factorial or power is formed. Erlang B comes from the recursion
/// <c>B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1))</c>, whose terms stay in [0, 1]; Erlang C from
/// <c>C = n B / (n - A (1 - B))</c>; Erlang A's stationary distribution is summed in log space. Thousands of
/// agents and thousands of Erlangs cost O(n) operations and lose no accuracy.</para>
/// </remarks>
public static partial class Staffing
{
}
