using NodaTime;

namespace CrmKpi.Charts;

/// <summary>The choices behind <see cref="KpiReport"/>; every one is printed in the report's definitions.</summary>
public sealed class KpiReportOptions
{
    /// <summary>The period of cohorts and of retention by period (default: months).</summary>
    public PeriodUnit CohortUnit { get; init; } = PeriodUnit.Month;

    /// <summary>RFM bins (default 5).</summary>
    public int RfmBins { get; init; } = Rfm.DefaultBins;

    /// <summary>The end of the calibration period of the CLV models; null for the middle of the log's range.</summary>
    public LocalDate? CalibrationEnd { get; init; }

    /// <summary>The CLV horizon in months (default 12).</summary>
    public int ClvMonths { get; init; } = 12;

    /// <summary>The monthly discount rate of CLV (default 0.01).</summary>
    public double MonthlyDiscountRate { get; init; } = 0.01;

    /// <summary>The service-level threshold in seconds (default 20).</summary>
    public double ServiceLevelThresholdSeconds { get; init; } = 20;

    /// <summary>The target service level (default 0.8, for 80/20).</summary>
    public double TargetServiceLevel { get; init; } = 0.8;

    /// <summary>Calls abandoned within this many seconds are short abandons (default 5).</summary>
    public double ShortAbandonSeconds { get; init; } = 5;

    /// <summary>The fewest repeat customers in the calibration period for the CLV models to be fitted (default 30).</summary>
    public int MinimumRepeatCustomers { get; init; } = 30;
}
