namespace CrmKpi.Cli.Verify;

/// <summary>The outcome of one case.</summary>
internal enum Outcome
{
    /// <summary>Every value within tolerance.</summary>
    Passed,

    /// <summary>A value outside its tolerance, or the wrong number of values.</summary>
    Failed,

    /// <summary>The case could not be computed: its CSV or inputs are bad, or the library rejected them.</summary>
    Error,
}

/// <summary>The outcome of one case with what the report shows.</summary>
/// <param name="Case">The case.</param>
/// <param name="Outcome">Passed, failed or error.</param>
/// <param name="Actual">The computed values; null on error.</param>
/// <param name="Difference">The largest absolute difference (NaN when not comparable).</param>
/// <param name="Message">For a failure or error, one readable line.</param>
/// <param name="Note">A note such as skipped CSV rows; null when none.</param>
/// <param name="Seconds">Time taken.</param>
internal sealed record CaseResult(VerifyCase Case, Outcome Outcome, double[]? Actual, double Difference, string? Message, string? Note, double Seconds);
