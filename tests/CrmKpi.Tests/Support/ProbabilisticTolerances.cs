namespace CrmKpi.Tests.Support;

/// <summary>Named tolerances of the probabilistic CLV tests, each with the reason for its size.</summary>
internal static class ProbabilisticTolerances
{
    /// <summary>
    /// Published parameters are printed to 3 or 4 significant digits (0.243, 4.414); agreeing "to three
    /// significant digits" means within half a unit of the third digit: 5e-3 relative covers 0.2425..0.2435.
    /// </summary>
    public const double ThreeSignificantDigits = 5e-3;

    /// <summary>Published log-likelihoods are printed to one decimal (-9582.4): agree within 0.1.</summary>
    public const double PublishedLogLikelihood = 0.1;

    /// <summary>The summary files round recency and T to 2 decimals: a true value is within 0.005 of the printed one.</summary>
    public const double TwoDecimalRounding = 0.005;

    /// <summary>zbar is printed in cents: a true value is within half a cent.</summary>
    public const double HalfCent = 0.005 + 1e-9;

    /// <summary>Two evaluations of the same smooth quantity by independent formulas (series vs quadrature, analytic vs finite-difference gradient).</summary>
    public const double Independent = 1e-6;
}
