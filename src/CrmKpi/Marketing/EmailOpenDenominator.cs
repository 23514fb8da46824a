namespace CrmKpi;

/// <summary>What the email open rate (catalog M8) divides the unique opens by.</summary>
public enum EmailOpenDenominator
{
    /// <summary>Delivered emails (sent minus bounces): <c>unique opens / delivered</c>. The usual definition.</summary>
    Delivered = 0,

    /// <summary>Sent emails, bounces included: <c>unique opens / sent</c>. Never above the delivered rate.</summary>
    Sent = 1,
}
