namespace CrmKpi.Charts;

/// <summary>
/// Calibration against holdout, as lifetimes' <c>plot_calibration_purchases_vs_holdout_purchases</c> draws
/// it: customers grouped by their calibration frequency (the lowest groups), and in each group the mean
/// number of purchases actually made in the holdout period and the mean the model predicted for it. Built by
/// <see cref="ClvCharts.CalibrationHoldoutData"/>.
/// </summary>
public sealed class CalibrationHoldoutData
{
    internal CalibrationHoldoutData(double[] frequencies, long[] customers, double[] actual, double[] predicted, double holdoutDuration, string timeUnit)
    {
        TimeUnit = timeUnit;
        Frequencies = frequencies;
        Customers = customers;
        Actual = actual;
        Predicted = predicted;
        HoldoutDuration = holdoutDuration;
    }

    /// <summary>The calibration frequency of each group, ascending.</summary>
    public double[] Frequencies { get; }

    /// <summary>Customers in each group.</summary>
    public long[] Customers { get; }

    /// <summary>Mean holdout purchases of each group.</summary>
    public double[] Actual { get; }

    /// <summary>Mean predicted purchases over the holdout duration of each group.</summary>
    public double[] Predicted { get; }

    /// <summary>The name of the summary's time unit in labels ("weeks").</summary>
    public string TimeUnit { get; }

    /// <summary>The length of the holdout period, in the summary's time unit.</summary>
    public double HoldoutDuration { get; }
}
