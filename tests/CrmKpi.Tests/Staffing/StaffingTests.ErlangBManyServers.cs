using System;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): Erlang B beyond 100,000 servers, where the recursion starts late or a bound shows the
/// result is 0. Reference: Erlang B is the truncated Poisson's last probability, <c>B(n, A) = P(N = n) / P(N &lt;= n)</c>
/// for N ~ Poisson(A); for n far above A, P(N &lt;= n) = 1 to far beyond double precision, so
/// <c>ln B = -A + n ln A - ln n!</c>. The values were computed with mpmath 1.3.0 at 40 digits
/// (<c>-a + n*log(a) - loggamma(n+1)</c>).
/// </summary>
public partial class StaffingTests
{
    [Fact]
    public void ErlangB_BillionsOfServers_SubnormalResultMatchesThePoissonReference()
    {
        // A = 2e9, n = 2,001,700,000: ln B = -733.92294848483970 (mpmath), B = 1.8252120649582283e-319, a subnormal
        // double (about 25 significant bits at that size), so compare within 1e-3 relative.
        double b = Staffing.ErlangB(2e9, 2_001_700_000);
        Assert.Equal(1.8252120649582283e-319, b, 1e-3 * 1.8252120649582283e-319);
    }

    [Fact]
    public void ErlangB_FarBelowTheSmallestDouble_IsZero()
    {
        // A = 150,000, n = 165,400: ln B = -771.7151968654600 (mpmath), B = 7.05e-336, less than half the smallest subnormal
        // (4.9e-324): the nearest double is 0.
        Assert.Equal(0.0, Staffing.ErlangB(150_000, 165_400));
    }
}
