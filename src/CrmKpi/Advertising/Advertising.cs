namespace CrmKpi;

/// <summary>
/// Advertising metrics (catalog section 8, sources 004 and 001): the ad effectiveness ratio and its inverse,
/// ad cost control, the ad success index, ad awareness, and the channel metrics CTR, conversion rate, CPC,
/// CPM, CPA, ROAS and revenue per channel.
/// </summary>
/// <remarks>Every member is pure and thread-safe. Ratios are fractions, and x / 0 follows IEEE rules (infinity or NaN), never an exception.</remarks>
public static partial class Advertising
{
}
