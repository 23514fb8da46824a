using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Lifetime
{
    /// <summary>Expected customer lifespan in periods: the reciprocal of the churn rate per period.</summary>
    /// <param name="churnRate">Churn rate per period, a fraction in [0, 1].</param>
    /// <returns><c>1 / churn</c> periods; positive infinity when nobody churns.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="churnRate"/> is outside [0, 1] or NaN.</exception>
    /// <remarks>
    /// <para>Formula: <c>lifespan = 1 / churn rate</c>, the mean of a geometric lifetime with constant churn.</para>
    /// <para>Catalog V5. Example: 5 % monthly churn: 20 months.</para>
    /// </remarks>
    public static double ExpectedLifespan(double churnRate)
    {
        Guard.InRange(churnRate, 0.0, 1.0);
        return 1 / churnRate;
    }
}
