namespace CrmKpi;

/// <summary>How a maximum-likelihood fit of <see cref="BetaGeo"/>, <see cref="ModifiedBetaGeo"/>, <see cref="ParetoNbd"/>, <see cref="GammaGamma"/>, <see cref="BetaGeoBetaBinomial"/> or <see cref="ShiftedBetaGeometric"/> ended.</summary>
/// <param name="Converged">
/// True when the final gradient of the mean negative log-likelihood (with respect to the log parameters,
/// penalty included) has a Euclidean norm of at most 1e-5. A fit with <c>false</c> still returns its
/// best point, but its parameters should not be trusted.
/// </param>
/// <param name="Iterations">BFGS iterations run (MathNet.Numerics <c>BfgsMinimizer</c>).</param>
/// <param name="Evaluations">Log-likelihood and gradient evaluations, line searches included.</param>
/// <param name="GradientNorm">Euclidean norm of the gradient at the returned point, on the scale described for <paramref name="Converged"/>.</param>
/// <param name="ExitReason">Why the optimiser stopped, in words (the MathNet exit condition, or the exception it raised).</param>
/// <param name="Customers">Customers (rows) the fit used.</param>
/// <param name="Penalizer">The L2 penalty coefficient the fit used (0 for plain maximum likelihood).</param>
public sealed record FitDiagnostics(bool Converged, int Iterations, int Evaluations, double GradientNorm, string ExitReason, int Customers, double Penalizer);
