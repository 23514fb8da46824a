using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Sales
{
    /// <summary>Conversion rate (客户转化率): the share of prospects who became paying customers (P2).</summary>
    /// <param name="converted">Prospects who became paying customers. Not negative, at most <paramref name="prospects"/>.</param>
    /// <param name="prospects">Prospects in the window. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when there are no prospects.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="converted"/> exceeds <paramref name="prospects"/>.</exception>
    /// <remarks><para>Formula: <c>converted / prospects</c>.</para><para>Catalog P2, source 000. Example: 30 of 200 prospects: 0.15.</para></remarks>
    public static double ConversionRate(long converted, long prospects) =>
        Ratios.Share(converted, prospects, nameof(converted), nameof(prospects));
}
