namespace CrmKpi;

/// <summary>
/// Customer lifetime value by formula (catalog section 2, V1 to V5): historical, simple, margin and
/// retention-discounted CLV, and the expected lifespan. The probabilistic models (V6) are the
/// fitted model types beside this class.
/// </summary>
/// <remarks>Every member is pure and thread-safe. x / 0 follows IEEE rules (infinity or NaN), never an exception.</remarks>
public static partial class Lifetime
{
}
