namespace CrmKpi.Tests.Support;

/// <summary>Named tolerances, each with the reason for its size.</summary>
internal static class Tolerances
{
    /// <summary>
    /// Relative error of a compensated sum against the exact decimal sum (DESIGN.md: 10 million
    /// amounts within 1e-12 relative).
    /// </summary>
    public const double AccurateSumRelative = 1e-12;

    /// <summary>
    /// Relative difference between two orders of the same few floating-point operations, such as
    /// a ratio computed from derived counts and from the scalar formula: a few units in the last place.
    /// </summary>
    public const double FewUlpsRelative = 1e-14;
}
