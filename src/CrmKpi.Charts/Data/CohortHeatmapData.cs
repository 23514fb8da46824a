using System;
using NodaTime;

namespace CrmKpi.Charts;

/// <summary>
/// The cells of a cohort retention heatmap: one row per cohort (oldest first), one column per period since
/// acquisition, the share of the cohort active in each cell (NaN where the cell was not observed), and the
/// cohort sizes shown on the row axis. Built by <see cref="RetentionCharts.CohortHeatmapData(CohortTable)"/>.
/// </summary>
public sealed class CohortHeatmapData
{
    internal CohortHeatmapData(PeriodUnit unit, DateInterval[] cohorts, long[] sizes, double[,] shares)
    {
        Unit = unit;
        Cohorts = cohorts;
        Sizes = sizes;
        Shares = shares;
    }

    /// <summary>The period unit of rows and columns.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>The acquisition period of each row.</summary>
    public DateInterval[] Cohorts { get; }

    /// <summary>The number of customers of each row.</summary>
    public long[] Sizes { get; }

    /// <summary>The share active, <c>[cohort, periodsAfter]</c>; NaN for unobserved cells and empty cohorts.</summary>
    public double[,] Shares { get; }

    /// <summary>The row label of a cohort: its first day (<c>yyyy-MM</c> for months, else <c>yyyy-MM-dd</c>) and its size.</summary>
    /// <param name="cohort">The row.</param>
    /// <returns>For example <c>1997-01 (n=7,846)</c>.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="cohort"/> is not a row.</exception>
    public string RowLabel(int cohort)
    {
        LocalDate start = Cohorts[cohort].Start;
        string period = Unit == PeriodUnit.Month
            ? start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)
            : start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return period + " (n=" + Sizes[cohort].ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + ")";
    }
}
