namespace CrmKpi;

/// <summary>The state of one sales opportunity, for the column forms of the win and failure rates.</summary>
public enum DealOutcome
{
    /// <summary>Not closed yet.</summary>
    Open = 0,

    /// <summary>Closed and won.</summary>
    Won = 1,

    /// <summary>Closed and lost.</summary>
    Lost = 2,
}
