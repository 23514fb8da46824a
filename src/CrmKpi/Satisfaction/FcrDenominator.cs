namespace CrmKpi;

/// <summary>What the first-contact resolution rate (catalog S13) divides the issues resolved on the first contact by.</summary>
public enum FcrDenominator
{
    /// <summary>Resolved issues only: <c>resolved on first contact / resolved</c>. The usual definition; open issues do not count yet.</summary>
    ResolvedIssues = 0,

    /// <summary>All issues, unresolved included: <c>resolved on first contact / all issues</c>. Never above the resolved-only rate.</summary>
    AllIssues = 1,
}
