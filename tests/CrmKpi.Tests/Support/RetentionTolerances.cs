namespace CrmKpi.Tests.Support;

/// <summary>Named tolerances of the retention tests, each with the reason for its size.</summary>
internal static class RetentionTolerances
{
    /// <summary>
    /// Absolute difference between CRR and 1 - churn. Each side is one or two correctly rounded operations on
    /// values in [0, 1] (at most about 4e-16 apart), but 1 - churn cancels when churn is near 1, so a relative
    /// tolerance cannot hold: 1e-15 absolute.
    /// </summary>
    public const double OneMinusAbsolute = 1e-15;
}
