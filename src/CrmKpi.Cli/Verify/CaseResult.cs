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
/// <param name="Difference">
/// The difference the report shows: for a pass the largest over the values (0 for NaN against NaN or an
/// infinity against the same infinity), for a failure the one of the value the FAIL line names (NaN
/// when one side is NaN); null when nothing was compared (an error, or a count of values that differs).
/// </param>
/// <param name="Message">For a failure or error, one readable line.</param>
/// <param name="Note">A note such as skipped CSV rows; null when none.</param>
/// <param name="Seconds">Time taken.</param>
/// <param name="FailedIndex">For a failure, the expected value it is about (0 for a single value); otherwise 0.</param>
internal sealed record CaseResult(VerifyCase Case, Outcome Outcome, double[]? Actual, double? Difference, string? Message, string? Note, double Seconds, int FailedIndex = 0);
