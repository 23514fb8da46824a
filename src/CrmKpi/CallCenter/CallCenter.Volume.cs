using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class CallCenter
{
    /// <summary>Call volume and duration (呼叫数量和时间) by category: counts and total seconds per direction, type or interval.</summary>
    /// <param name="calls">The call log.</param>
    /// <param name="categories">The category of each call as a dense index in <c>[0, destination.Length)</c>: the caller's coding of
    /// direction and type (for example <c>direction * types + type</c>), or the interval the call was offered in.</param>
    /// <param name="destination">Receives one <see cref="CallVolume"/> per category; its length is the number of categories.</param>
    /// <exception cref="ArgumentException"><paramref name="categories"/> differs in length from the log.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A category is outside <c>[0, destination.Length)</c>, or a duration is negative,
    /// NaN or infinite (the message names the column and the row).</exception>
    /// <remarks>
    /// <para>Totals over the whole log are in <see cref="CallCenterSummary"/> (<see cref="CallCenterSummary.Calls"/>,
    /// <see cref="CallCenterSummary.TalkSeconds"/>, <see cref="CallCenterSummary.HandleSeconds(HandleTimeDefinition)"/>).</para>
    /// <para>Catalog C11 (source 004). Example: an inbound call answered with 100 s talk, 10 s hold, 20 s work and an outbound
    /// call answered with 50 s talk give category 0 (1 call, 100 s talk, 130 s handle) and category 1 (1 call, 50 s, 50 s).</para>
    /// </remarks>
    public static void Volume(CallColumns calls, ReadOnlySpan<int> categories, Span<CallVolume> destination)
    {
        Guard.SameLength(calls.Length, categories.Length, nameof(categories));
        destination.Clear();
        for (int i = 0; i < calls.Length; i++)
        {
            int c = categories[i];
            if (unchecked((uint)c) >= (uint)destination.Length)
            {
                Guard.ThrowElement(nameof(categories), i, c, $"must be in [0, {destination.Length})");
            }

            CheckDurations(calls, i);
            CallVolume v = destination[c];
            bool blocked = calls.Blocked[i], abandoned = !blocked && calls.Abandoned[i], answered = !blocked && !abandoned;
            double talk = answered ? calls.TalkSeconds[i] : 0.0;
            double handle = answered ? talk + calls.HoldSeconds[i] + calls.AfterCallWorkSeconds[i] : 0.0;
            destination[c] = new CallVolume(
                v.Calls + 1,
                v.Blocked + (blocked ? 1 : 0),
                v.Answered + (answered ? 1 : 0),
                v.Abandoned + (abandoned ? 1 : 0),
                v.TalkSeconds + talk,
                v.HandleSeconds + handle);
        }
    }
}
