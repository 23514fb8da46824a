using System;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): a BG/NBD fit whose data reach the special-function path of the likelihood kernel
/// (frequencies of 256 and more, past the per-frequency table) for value and gradient. An unpenalized maximum is a
/// stationary point of the log-likelihood; the derivative comes from central differences of the public
/// TotalLogLikelihood, an independent path from the fit's analytic gradient.
/// </summary>
public partial class ProbabilisticTests
{
    [Fact]
    public void BetaGeoFit_WithFrequenciesPastTheTable_IsStationary()
    {
        // Early heavy buyers gone silent (dropout evidence), light buyers, and two very frequent recent buyers.
        double[] x = [0, 1, 2, 5, 6, 4, 256, 300, 0, 3, 7, 1], tx = [0, 10, 30, 5, 4, 3, 37, 36, 0, 15, 6, 2], t = [38, 38, 38, 38, 38, 38, 38, 38, 20, 20, 38, 38];
        BetaGeo fit = BetaGeo.Fit(new CustomerSummaryColumns(x, tx, t));
        FitDiagnostics diagnostics = Assert.IsType<FitDiagnostics>(fit.Diagnostics);
        Assert.True(diagnostics.Converged, diagnostics.ExitReason);

        double[] theta = [fit.R, fit.Alpha, fit.A, fit.B];
        Assert.All(theta, p => Assert.InRange(p, 1e-3, 1e3));
        for (int i = 0; i < 4; i++)
        {
            double h = theta[i] * 1e-6;
            double[] up = [.. theta], down = [.. theta];
            up[i] += h;
            down[i] -= h;
            double dLl = (new BetaGeo(up[0], up[1], up[2], up[3]).TotalLogLikelihood(new CustomerSummaryColumns(x, tx, t))
                - new BetaGeo(down[0], down[1], down[2], down[3]).TotalLogLikelihood(new CustomerSummaryColumns(x, tx, t))) / (2 * h);
            double scaled = theta[i] * dLl / x.Length;
            Assert.True(Math.Abs(scaled) < 1e-4, $"theta[{i}] d LL / d theta / n = {scaled} at ({fit.R}, {fit.Alpha}, {fit.A}, {fit.B})");
        }
    }
}
