using CrmKpi.Probabilistic;
using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

// Hypergeometric.Value sums whichever side of Euler's transformation converges; close to z = 1 the wrong side does not
// converge within the term limit, so each case below fails by orders of magnitude if the choice is wrong. References:
// mpmath 1.3.0, mp.dps = 40, hyp2f1(a, b, c, mpf(z)) with z the double written here (c = a and c = b are also the closed
// form (1 - z)^-b, resp. ^-a).
public class HypergeometricSideChoiceTests
{
    [Theory]
    [InlineData(2.0, 2.0, 2.5, 0.99999999, 1178097230327.2035877)]          // euler-needed: c < a + b: the plain series grows like n^0.5
    [InlineData(2.0, 1.5, 2.0, 0.999999, 999999999.95686650323)]              // c-equals-a: Euler's side is the constant 1
    [InlineData(1.5, 2.0, 2.0, 0.999999, 999999999.95686650323)]              // c-equals-b
    [InlineData(0.5, 0.5, 3.0, 0.99999999, 1.1317684813796128266)]      // plain-side-better: c > a + b: Euler's side grows
    public void Value_NearOne_TakesTheConvergingSide(double a, double b, double c, double z, double expected) =>
        Approx.Equal(expected, Hypergeometric.Value(a, b, c, z), 1e-6);

    // Moderate z with b > c (the term ratio's bound needs both factors): mpmath (F - 1) / b to 1e-13 relative, so a
    // series stopped early by a wrong remainder bound shows.
    [Theory]
    [InlineData(1.3, 4.0, 2.5, 0.99, 41605.728504757941342)]
    [InlineData(2.0, 0.7, 1.1, 0.995, 4506.6198788026880117)]
    [InlineData(0.4, 6.0, 3.0, 0.98, 2384.4007436048053126)]
    public void ExcessPerB_ModerateZ_MatchesMpmath(double a, double b, double c, double z, double expected) =>
        Approx.Equal(expected, Hypergeometric.ExcessPerB(a, b, c, z), 1e-13);
}
