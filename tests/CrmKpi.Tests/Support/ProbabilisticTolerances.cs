namespace CrmKpi.Tests.Support;

/// <summary>Named tolerances of the probabilistic CLV tests, each with the reason for its size.</summary>
internal static class ProbabilisticTolerances
{
    /// <summary>Published log-likelihoods are printed to one decimal (-9582.4): agree within 0.1.</summary>
    public const double PublishedLogLikelihood = 0.1;

    /// <summary>The summary files round recency and T to 2 decimals: a true value is within 0.005 of the printed one.</summary>
    public const double TwoDecimalRounding = 0.005;

    /// <summary>zbar is printed in cents: a true value is within half a cent.</summary>
    public const double HalfCent = 0.005 + 1e-9;

    /// <summary>Two evaluations of the same smooth quantity by independent formulas (series vs quadrature, analytic vs finite-difference gradient).</summary>
    public const double Independent = 1e-6;

    /// <summary>
    /// The library's double-precision series against a 28-digit decimal sum of the same series: the
    /// double sum of up to ~5,000 same-signed terms, each the product of n rounded ratios, can drift by
    /// about n * 1.1e-16 relative (4e-13 at z = 0.99); 1e-12 leaves a margin and still catches a wrong tail.
    /// </summary>
    public const double DoubleSeries = 1e-12;

    /// <summary>
    /// Equation 10 of Fader, Hardie and Lee (2005) summed directly in the test (every term of the
    /// untransformed 2F1, up to 10^86 in size for x = 80, each carrying the rounding of ~1,000 ratios)
    /// against the library's transformed series: agree to 1e-10 relative.
    /// </summary>
    public const double DirectSeries = 1e-10;
}
