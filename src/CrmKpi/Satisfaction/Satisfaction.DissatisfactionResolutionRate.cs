using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>Dissatisfaction resolution rate (用户不满解决率): resolved dissatisfactions per dissatisfaction found in follow-up.</summary>
    /// <param name="resolved">Dissatisfactions resolved. Not negative, at most <paramref name="found"/>.</param>
    /// <param name="found">Dissatisfactions found in follow-up contacts. Not negative.</param>
    /// <returns><paramref name="resolved"/> / <paramref name="found"/>, in [0, 1]; NaN when nothing was found.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="resolved"/> exceeds <paramref name="found"/>.</exception>
    /// <remarks>Catalog S7 (source 004). Example: 45 resolved of 60 found give 0.75.</remarks>
    public static double DissatisfactionResolutionRate(long resolved, long found) => Share(resolved, found, nameof(found));

    /// <summary>Dissatisfaction resolution rate (用户不满解决率) from one flag per dissatisfaction found.</summary>
    /// <param name="resolved">One flag per dissatisfaction found in follow-up: true when it was resolved.</param>
    /// <returns>True flags / flags, in [0, 1]; NaN for an empty span.</returns>
    /// <remarks>Catalog S7. Example: true, true, false, true give 0.75.</remarks>
    public static double DissatisfactionResolutionRate(ReadOnlySpan<bool> resolved) =>
        (double)Flags.CountTrue(resolved) / resolved.Length;
}
