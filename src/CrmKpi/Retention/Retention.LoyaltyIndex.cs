using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>Customer loyalty index (客户忠诚度): the weighted mean of satisfaction, repurchase rate and referral rate, with the caller's weights.</summary>
    /// <param name="satisfaction">Satisfaction as a fraction in [0, 1] (for example CSAT, the share of satisfied responses).</param>
    /// <param name="repurchaseRate">Repurchase rate, a fraction in [0, 1] (<see cref="RepurchaseRate(long, long)"/>).</param>
    /// <param name="referralRate">Referral rate, a fraction in [0, 1].</param>
    /// <param name="weights">The relative weights of the three parts.</param>
    /// <returns>
    /// <c>(ws·satisfaction + wr·repurchase + wf·referral) / (ws + wr + wf)</c>, in [0, 1]; NaN when every weight is 0.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside [0, 1] or NaN.</exception>
    /// <remarks>
    /// <para>Catalog R9. Source 002 names the composite without fixing weights, so the caller gives them; dividing by their sum
    /// keeps the index a fraction. Example: satisfaction 0.8, repurchase 0.3, referral 0.1 with weights 0.5, 0.3, 0.2 =
    /// 0.40 + 0.09 + 0.02 = 0.51.</para>
    /// </remarks>
    public static double LoyaltyIndex(double satisfaction, double repurchaseRate, double referralRate, LoyaltyWeights weights)
    {
        Guard.InRange(satisfaction, 0.0, 1.0);
        Guard.InRange(repurchaseRate, 0.0, 1.0);
        Guard.InRange(referralRate, 0.0, 1.0);
        double weighted = (weights.Satisfaction * satisfaction) + (weights.Repurchase * repurchaseRate) + (weights.Referral * referralRate);
        return weighted / weights.Sum;
    }

    /// <summary>Customer loyalty index with the repurchase rate derived from a purchase log.</summary>
    /// <param name="transactions">The purchase log.</param>
    /// <param name="window">The inclusive window the repurchase rate is measured over; ISO calendar.</param>
    /// <param name="satisfaction">Satisfaction as a fraction in [0, 1].</param>
    /// <param name="referralRate">Referral rate, a fraction in [0, 1].</param>
    /// <param name="weights">The relative weights of the three parts.</param>
    /// <returns>The index; NaN when every weight is 0, or when nobody bought in the window and the repurchase weight is positive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside [0, 1] or NaN, or a customer index is out of range.</exception>
    /// <remarks>Catalog R9, with <see cref="RepurchaseRate(TransactionColumns, DateInterval)"/> (R5) as the repurchase part.</remarks>
    public static double LoyaltyIndex(TransactionColumns transactions, DateInterval window, double satisfaction, double referralRate, LoyaltyWeights weights)
    {
        Guard.InRange(satisfaction, 0.0, 1.0);
        Guard.InRange(referralRate, 0.0, 1.0);
        double repurchase = RepurchaseRate(transactions, window);
        if (double.IsNaN(repurchase))
        {
            return weights.Repurchase > 0 ? double.NaN : LoyaltyIndex(satisfaction, 0, referralRate, weights);
        }

        return LoyaltyIndex(satisfaction, repurchase, referralRate, weights);
    }
}
