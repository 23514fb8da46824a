namespace CrmKpi;

/// <summary>What the win rate (P4) and failure rate (P5) divide by.</summary>
public enum OpportunityDenominator
{
    /// <summary>All opportunities: won + lost + still open (source 000 for the win rate, 004 for the failure rate).</summary>
    AllOpportunities = 0,

    /// <summary>Closed opportunities only: won + lost, so open deals do not dilute the rate.</summary>
    ClosedOnly = 1,
}
