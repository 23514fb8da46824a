namespace CrmKpi;

/// <summary>
/// Marketing metrics (catalog section 7, source 004): campaign participation, response, promotion cost
/// control, campaign ROI, transaction rate, interaction cost, and email open and click-to-open rates. RFM scoring (M7) is in <see cref="Rfm"/>.
/// </summary>
/// <remarks>Every member is pure and thread-safe. Ratios are fractions, and x / 0 follows IEEE rules (infinity or NaN), never an exception.</remarks>
public static partial class Marketing
{
}
