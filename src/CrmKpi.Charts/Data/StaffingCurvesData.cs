namespace CrmKpi.Charts;

/// <summary>
/// Service level, average speed of answer and abandonment against the number of agents at one load, by
/// Erlang C (no abandonment) and Erlang A (callers leave after an exponential patience), with the target
/// service level and the agents each model needs to reach it. Built by <see cref="CallCenterCharts.StaffingData(double, NodaTime.Duration, NodaTime.Duration, NodaTime.Duration, double)"/>.
/// </summary>
public sealed class StaffingCurvesData
{
    internal StaffingCurvesData(
        double trafficErlangs, double averageHandleSeconds, double averagePatienceSeconds, double thresholdSeconds, double targetServiceLevel,
        int[] agents, double[] erlangCServiceLevel, double[] erlangCAsa, double[] erlangAServiceLevel, double[] erlangAWait, double[] erlangAAbandonment,
        int erlangCAgentsNeeded, int erlangAAgentsNeeded)
    {
        TrafficErlangs = trafficErlangs;
        AverageHandleSeconds = averageHandleSeconds;
        AveragePatienceSeconds = averagePatienceSeconds;
        ThresholdSeconds = thresholdSeconds;
        TargetServiceLevel = targetServiceLevel;
        Agents = agents;
        ErlangCServiceLevel = erlangCServiceLevel;
        ErlangCAverageSpeedOfAnswer = erlangCAsa;
        ErlangAServiceLevel = erlangAServiceLevel;
        ErlangAAverageWait = erlangAWait;
        ErlangAAbandonment = erlangAAbandonment;
        ErlangCAgentsNeeded = erlangCAgentsNeeded;
        ErlangAAgentsNeeded = erlangAAgentsNeeded;
    }

    /// <summary>The offered load in Erlangs.</summary>
    public double TrafficErlangs { get; }

    /// <summary>The average handle time in seconds.</summary>
    public double AverageHandleSeconds { get; }

    /// <summary>The callers' average patience in seconds (Erlang A).</summary>
    public double AveragePatienceSeconds { get; }

    /// <summary>The service-level threshold in seconds.</summary>
    public double ThresholdSeconds { get; }

    /// <summary>The target service level, a fraction.</summary>
    public double TargetServiceLevel { get; }

    /// <summary>The agent counts of the curves, ascending.</summary>
    public int[] Agents { get; }

    /// <summary>Erlang C service level at each agent count (0 where the queue is unstable, agents &lt;= load).</summary>
    public double[] ErlangCServiceLevel { get; }

    /// <summary>Erlang C average speed of answer in seconds at each agent count (infinite where unstable).</summary>
    public double[] ErlangCAverageSpeedOfAnswer { get; }

    /// <summary>Erlang A service level at each agent count (abandoned calls in the denominator).</summary>
    public double[] ErlangAServiceLevel { get; }

    /// <summary>Erlang A mean wait in seconds of an arriving call at each agent count.</summary>
    public double[] ErlangAAverageWait { get; }

    /// <summary>Erlang A share of calls abandoned at each agent count.</summary>
    public double[] ErlangAAbandonment { get; }

    /// <summary>The fewest agents Erlang C needs for the target (<see cref="Staffing.ErlangCAgentsRequired"/>).</summary>
    public int ErlangCAgentsNeeded { get; }

    /// <summary>The fewest agents of the curve whose Erlang A service level meets the target; 0 when none does.</summary>
    public int ErlangAAgentsNeeded { get; }
}
