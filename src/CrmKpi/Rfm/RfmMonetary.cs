namespace CrmKpi;

/// <summary>What the monetary value of <see cref="Rfm.Values(TransactionColumns, NodaTime.DateInterval, NodaTime.LocalDate, RfmMonetary, System.Span{RfmValues})"/> measures.</summary>
public enum RfmMonetary
{
    /// <summary>The customer's total spend in the window.</summary>
    Total = 0,

    /// <summary>The customer's average spend per purchase in the window: total spend / purchases in the window.</summary>
    AveragePerPurchase = 1,
}
