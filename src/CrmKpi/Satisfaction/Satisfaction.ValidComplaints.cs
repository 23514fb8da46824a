using System;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Satisfaction
{
    /// <summary>Valid complaints (客户有效投诉次数): the complaints caused by the company's fault.</summary>
    /// <param name="companyAtFault">One flag per complaint: true when the investigation found the company at fault.</param>
    /// <returns>The number of true flags, from 0 to the span's length.</returns>
    /// <remarks>
    /// <para>Formula: <c>count(companyAtFault)</c> (source 004). Divide by the customers served with
    /// <see cref="ComplaintRate(long, long)"/> for a valid-complaint rate.</para>
    /// <para>Catalog S6. Example: flags true, false, true, true give 3.</para>
    /// </remarks>
    public static long ValidComplaints(ReadOnlySpan<bool> companyAtFault) => Flags.CountTrue(companyAtFault);
}
