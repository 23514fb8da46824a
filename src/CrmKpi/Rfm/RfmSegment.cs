namespace CrmKpi;

/// <summary>
/// The named RFM segments. The default rules that assign them are in <see cref="RfmSegmentRules.Default"/>;
/// a caller may use its own.
/// </summary>
public enum RfmSegment
{
    /// <summary>No purchase in the window: the customer was not scored (its <see cref="RfmScore"/> is <c>default</c>).</summary>
    NoPurchaseInWindow = 0,

    /// <summary>Bought recently, buy often and spend the most.</summary>
    Champions = 1,

    /// <summary>Buy often and spend well; responsive to promotions.</summary>
    Loyal = 2,

    /// <summary>Recent customers with average frequency and spend who could become loyal.</summary>
    PotentialLoyalist = 3,

    /// <summary>Bought most recently, but rarely and little so far.</summary>
    New = 4,

    /// <summary>Recent, low frequency and spend.</summary>
    Promising = 5,

    /// <summary>Middling recency, frequency and spend.</summary>
    NeedsAttention = 6,

    /// <summary>Middling recency, low frequency and spend: will be lost without reactivation.</summary>
    AboutToSleep = 7,

    /// <summary>Used to buy often and spend well, but not recently.</summary>
    AtRisk = 8,

    /// <summary>Made the biggest and most frequent purchases but have not come back for the longest time.</summary>
    CannotLoseThem = 9,

    /// <summary>Last purchase long ago, low frequency and spend.</summary>
    Hibernating = 10,

    /// <summary>Lowest recency, frequency and spend.</summary>
    Lost = 11,
}
