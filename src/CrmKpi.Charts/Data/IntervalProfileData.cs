namespace CrmKpi.Charts;

/// <summary>
/// The interval profile of a call log: calls answered, abandoned and blocked in each interval (for example
/// each half hour of the day). Built by <see cref="CallCenterCharts.IntervalProfileData"/>.
/// </summary>
public sealed class IntervalProfileData
{
    internal IntervalProfileData(string[] labels, CallVolume[] volumes)
    {
        Labels = labels;
        Volumes = volumes;
    }

    /// <summary>The label of each interval.</summary>
    public string[] Labels { get; }

    /// <summary>The volume of each interval (<see cref="CallCenter.Volume"/>).</summary>
    public CallVolume[] Volumes { get; }
}
