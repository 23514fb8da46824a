using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>The caller's weights of the three parts of the customer loyalty index (catalog R9).</summary>
/// <remarks>Weights are relative: the index divides by their sum, so (2, 1, 1) and (0.5, 0.25, 0.25) give the same index.</remarks>
public readonly record struct LoyaltyWeights
{
    /// <summary>Creates the weights.</summary>
    /// <param name="satisfaction">Weight of satisfaction. Finite, not negative.</param>
    /// <param name="repurchase">Weight of the repurchase rate. Finite, not negative.</param>
    /// <param name="referral">Weight of the referral rate. Finite, not negative.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A weight is negative, NaN or infinite.</exception>
    public LoyaltyWeights(double satisfaction, double repurchase, double referral)
    {
        Guard.FiniteNonNegative(satisfaction);
        Guard.FiniteNonNegative(repurchase);
        Guard.FiniteNonNegative(referral);
        Satisfaction = satisfaction;
        Repurchase = repurchase;
        Referral = referral;
    }

    /// <summary>Equal weights: the plain mean of the three parts.</summary>
    public static LoyaltyWeights Equal => new(1, 1, 1);

    /// <summary>Weight of satisfaction.</summary>
    public double Satisfaction { get; }

    /// <summary>Weight of the repurchase rate.</summary>
    public double Repurchase { get; }

    /// <summary>Weight of the referral rate.</summary>
    public double Referral { get; }

    /// <summary>The sum of the weights.</summary>
    public double Sum => Satisfaction + Repurchase + Referral;
}
