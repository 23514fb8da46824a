namespace CrmKpi.Data;

/// <summary>What a reader does with a negative amount (a refund or a return).</summary>
public enum RefundPolicy
{
    /// <summary>Keep each negative row as a transaction with its negative amount (the default): revenue nets refunds, but frequency counts the refund as a row.</summary>
    Keep = 0,

    /// <summary>
    /// On every customer-day that has a negative row, replace that day's rows with one row of their net
    /// amount (and summed item counts), dated that day. Days without a refund are untouched, so frequency
    /// still counts each purchase; a day whose refund cancels its purchase becomes one row of net 0 (or
    /// below, when a refund is for an earlier purchase).
    /// </summary>
    NetPerCustomerDay = 1,

    /// <summary>A negative amount is an error for its row (skipped and reported in lenient mode).</summary>
    Reject = 2,
}
