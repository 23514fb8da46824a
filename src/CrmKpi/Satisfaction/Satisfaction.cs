using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// Satisfaction, feedback and service metrics (catalog section 4, ids S1 to S13): survey scores
/// (NPS, CSAT, CES, a weighted index), complaint, resolution, referral and engagement rates, and
/// ticket service times (wait to first reply, resolution time, contacts to resolve, first-contact resolution).
/// </summary>
/// <remarks>
/// Survey answers travel as spans of scores, tickets as <see cref="TicketColumns"/>. Every answer off
/// its scale throws <see cref="System.ArgumentOutOfRangeException"/> naming the column and the position.
/// </remarks>
public static partial class Satisfaction
{
    /// <summary>part / whole for counts with <c>0 &lt;= part &lt;= whole</c>; NaN for 0 / 0.</summary>
    private static double Share(long part, long whole, string wholeName, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(part))] string partName = "")
    {
        Guard.NotNegative(part, partName);
        Guard.NotNegative(whole, wholeName);
        Guard.NotGreaterThan(part, whole, wholeName, partName);
        return (double)part / whole;
    }
}
