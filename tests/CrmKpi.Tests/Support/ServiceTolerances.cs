namespace CrmKpi.Tests.Support;

/// <summary>Named tolerances of the satisfaction, call-center and staffing tests, each with its reason.</summary>
internal static class ServiceTolerances
{
    /// <summary>Published tables and worked examples print 4 significant digits: half a unit in the 4th place.</summary>
    public const double PublishedFourDigits = 5e-4;

    /// <summary>
    /// The vectorised one-pass summary against the scalar calculators: both sums are compensated but group the
    /// additions differently, so they agree to a few units in the last place of the result.
    /// </summary>
    public const double BundleVsScalarRelative = 1e-13;

    /// <summary>
    /// Erlang B/C recursion against the direct closed form in doubles for small n: the closed form sums
    /// n terms of A^k / k! in plain doubles, so it carries about n ulps of error.
    /// </summary>
    public const double ClosedFormRelative = 1e-12;

    /// <summary>
    /// Erlang A against a birth-death chain solved as a dense linear system (truncated at 400 states, LU
    /// with pivoting): the solve loses a few digits to conditioning.
    /// </summary>
    public const double BirthDeathRelative = 1e-9;

    /// <summary>
    /// Erlang A service level against a fourth-order Runge-Kutta integration with 20,000 steps of the same
    /// transient chain: RK4's global error at that step size is far below this.
    /// </summary>
    public const double TransientAbsolute = 1e-8;
}
