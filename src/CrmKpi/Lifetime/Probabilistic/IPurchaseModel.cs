namespace CrmKpi;

/// <summary>
/// A fitted repeat-purchase model (<see cref="BetaGeo"/>, <see cref="ModifiedBetaGeo"/> or <see cref="ParetoNbd"/>): the predictions
/// that <see cref="GammaGamma.Clv(IPurchaseModel, double, double, double, double, int, double, double)"/>
/// combines with a spend model.
/// </summary>
/// <remarks>
/// Times share the unit of the summary the model was fitted on (weeks for the CDNOW fits). Notation of
/// Fader, Hardie and Lee (2005): <c>x</c> repeat purchases, <c>t_x</c> recency, <c>T</c> age. Catalog V6.
/// </remarks>
public interface IPurchaseModel
{
    /// <summary>Expected purchases in the next <paramref name="time"/> units by a customer with history (x, t_x, T): <c>E[Y(t) | x, t_x, T]</c>.</summary>
    /// <param name="time">Length of the future period; finite, not negative.</param>
    /// <param name="frequency">Repeat purchases x; a whole number, not negative.</param>
    /// <param name="recency">Recency t_x, in <c>[0, age]</c>; 0 when x is 0.</param>
    /// <param name="age">Age T; finite, not negative.</param>
    /// <returns>The expected number of purchases, not negative; 0 when <paramref name="time"/> is 0.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An argument breaks its rule.</exception>
    double ConditionalExpectedPurchases(double time, double frequency, double recency, double age);

    /// <summary>Probability that a customer with history (x, t_x, T) is still active at T.</summary>
    /// <param name="frequency">Repeat purchases x; a whole number, not negative.</param>
    /// <param name="recency">Recency t_x, in <c>[0, age]</c>; 0 when x is 0.</param>
    /// <param name="age">Age T; finite, not negative.</param>
    /// <returns>A probability in [0, 1].</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An argument breaks its rule.</exception>
    double ProbabilityAlive(double frequency, double recency, double age);

    /// <summary>Expected repeat purchases in the first <paramref name="time"/> units after a new customer's first purchase: <c>E[X(t)]</c>.</summary>
    /// <param name="time">Time since the first purchase; finite, not negative.</param>
    /// <returns>The expected number of repeat purchases, not negative and non-decreasing in <paramref name="time"/>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="time"/> is negative, NaN or infinite.</exception>
    double ExpectedPurchasesNewCustomer(double time);

    /// <summary>
    /// Expected cumulative repeat purchases of a population, from each customer's first purchase up to
    /// <paramref name="time"/> units after the calibration end: <c>sum_i E[X(T_i + time)]</c>, where a
    /// customer not yet acquired by then (<c>T_i + time &lt;= 0</c>) contributes 0.
    /// </summary>
    /// <param name="ages">Each customer's age T at the calibration end (the summary's <see cref="CustomerSummaryColumns.Age"/>); finite, not negative.</param>
    /// <param name="time">Time after the calibration end; negative values look back into the calibration window. Finite.</param>
    /// <returns>The expected total, not negative and non-decreasing in <paramref name="time"/>; 0 for no customers.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="time"/> is NaN or infinite, or an age is negative, NaN or infinite (the message names the index).</exception>
    /// <remarks>
    /// The curve Fader, Hardie and Lee (2005, figure 2) track against the actual cumulative repeat purchases
    /// of the CDNOW cohort over calibration and holdout. Catalog V6.
    /// </remarks>
    double ExpectedPopulationRepeatPurchases(System.ReadOnlySpan<double> ages, double time);
}
