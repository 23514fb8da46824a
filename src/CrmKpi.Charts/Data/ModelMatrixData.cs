namespace CrmKpi.Charts;

/// <summary>
/// A fitted purchase model evaluated over a grid of customers, as lifetimes draws its frequency-recency
/// matrices: rows are frequencies 0..max, columns recencies 0..max, every customer of age
/// <see cref="Age"/> (the largest recency). Cells where frequency is 0 and recency is not (no such
/// customer exists) are NaN. Built by <see cref="ClvCharts.ProbabilityAliveData"/> and
/// <see cref="ClvCharts.ExpectedPurchasesData"/>.
/// </summary>
public sealed class ModelMatrixData
{
    internal ModelMatrixData(double[] frequencies, double[] recencies, double age, double time, double[,] values, string timeUnit)
    {
        TimeUnit = timeUnit;
        Frequencies = frequencies;
        Recencies = recencies;
        Age = age;
        Time = time;
        Values = values;
    }

    /// <summary>The frequency of each row (repeat purchases).</summary>
    public double[] Frequencies { get; }

    /// <summary>The recency of each column (age at the last purchase), in the model's time unit.</summary>
    public double[] Recencies { get; }

    /// <summary>The age of every customer of the grid (the model's T).</summary>
    public double Age { get; }

    /// <summary>The horizon of the expected-purchases matrix; 0 for P(alive).</summary>
    public double Time { get; }

    /// <summary>The name of the model's time unit in labels ("weeks").</summary>
    public string TimeUnit { get; }

    /// <summary>The value of each cell, <c>[frequency row, recency column]</c>.</summary>
    public double[,] Values { get; }
}
