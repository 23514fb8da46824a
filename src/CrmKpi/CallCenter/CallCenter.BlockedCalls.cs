using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>Blocked calls (堵塞呼叫量): calls that got a busy signal and never reached the ACD.</summary>
    /// <param name="calls">The call log; reads the blocked column only.</param>
    /// <returns>The number of blocked calls.</returns>
    /// <remarks>Catalog C10 (source 004). Example: 3 blocked of 100 attempts give 3 (and a share of 0.03, <see cref="BlockedShare(CallColumns)"/>).</remarks>
    public static long BlockedCalls(CallColumns calls) => Flags.CountTrue(calls.Blocked);

    /// <summary>The share of call attempts that were blocked (堵塞呼叫量 as a fraction).</summary>
    /// <param name="calls">The call log; reads the blocked column only.</param>
    /// <returns>Blocked calls / call attempts, in [0, 1]; NaN for an empty log.</returns>
    /// <remarks>Catalog C10. Example: 3 blocked of 100 attempts give 0.03.</remarks>
    public static double BlockedShare(CallColumns calls) => (double)Flags.CountTrue(calls.Blocked) / calls.Length;

    /// <summary>The share of call attempts that were blocked, from counts.</summary>
    /// <param name="blocked">Blocked attempts. Not negative, at most <paramref name="attempts"/>.</param>
    /// <param name="attempts">All call attempts. Not negative.</param>
    /// <returns><paramref name="blocked"/> / <paramref name="attempts"/>, in [0, 1]; NaN with no attempt.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="blocked"/> exceeds <paramref name="attempts"/>.</exception>
    /// <remarks>Catalog C10. Example: 30 of 1,000 attempts give 0.03.</remarks>
    public static double BlockedShare(long blocked, long attempts)
    {
        Guard.NotNegative(blocked);
        Guard.NotNegative(attempts);
        Guard.NotGreaterThan(blocked, attempts, nameof(attempts));
        return (double)blocked / attempts;
    }
}
