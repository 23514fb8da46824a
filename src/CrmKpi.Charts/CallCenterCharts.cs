using System;
using System.Linq;
using CrmKpi.Charts.Internal;
using ScottPlot;

namespace CrmKpi.Charts;

/// <summary>
/// Call-center pictures: service level, ASA and abandonment against the number of agents at a load (Erlang C
/// and Erlang A curves, the target line, the agents needed), and the interval profile of a call log.
/// </summary>
public static class CallCenterCharts
{
    /// <summary>The curves of service level, ASA and abandonment against agents, from just above the load to well past the agents needed.</summary>
    /// <param name="trafficErlangs">The offered load in Erlangs (calls × AHT / interval length); finite, greater than zero.</param>
    /// <param name="averageHandleTime">Average handle time; greater than zero.</param>
    /// <param name="averagePatience">The callers' mean patience, for Erlang A; greater than zero.</param>
    /// <param name="threshold">The service-level threshold (20 s for 80/20); greater than zero.</param>
    /// <param name="targetServiceLevel">The target, a fraction strictly between 0 and 1 (0.8 for 80/20).</param>
    /// <returns>The curves.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static StaffingCurvesData StaffingData(double trafficErlangs, NodaTime.Duration averageHandleTime, NodaTime.Duration averagePatience, NodaTime.Duration threshold, double targetServiceLevel)
    {
        Check.FinitePositive(trafficErlangs);
        double averageHandleSeconds = averageHandleTime.TotalSeconds, averagePatienceSeconds = averagePatience.TotalSeconds, thresholdSeconds = threshold.TotalSeconds;
        Check.FinitePositive(averageHandleSeconds, nameof(averageHandleTime));
        Check.FinitePositive(averagePatienceSeconds, nameof(averagePatience));
        Check.FinitePositive(thresholdSeconds, nameof(threshold));
        if (!(targetServiceLevel > 0 && targetServiceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(targetServiceLevel), targetServiceLevel, ChartStyle.Invariant($"targetServiceLevel must be strictly between 0 and 1; it is {targetServiceLevel}."));
        }

        int needed = Staffing.ErlangCAgentsRequired(trafficErlangs, averageHandleTime, threshold, targetServiceLevel);
        int first = Math.Max(1, (int)Math.Floor(trafficErlangs * 0.8));
        int last = Math.Max(needed + 3, (int)Math.Ceiling(needed * 1.25));
        int[] agents = Enumerable.Range(first, last - first + 1).ToArray();
        var cSl = new double[agents.Length];
        var cAsa = new double[agents.Length];
        var aSl = new double[agents.Length];
        var aWait = new double[agents.Length];
        var aAbandon = new double[agents.Length];
        int aNeeded = 0;
        for (int i = 0; i < agents.Length; i++)
        {
            int n = agents[i];
            cSl[i] = Staffing.ErlangCServiceLevel(trafficErlangs, n, averageHandleTime, threshold);
            cAsa[i] = Staffing.ErlangCAverageSpeedOfAnswer(trafficErlangs, n, averageHandleTime);
            ErlangAResult a = Staffing.ErlangA(trafficErlangs, n, averageHandleTime, averagePatience);
            aSl[i] = Staffing.ErlangAServiceLevel(trafficErlangs, n, averageHandleTime, averagePatience, threshold);
            aWait[i] = a.AverageWaitSeconds;
            aAbandon[i] = a.ProbabilityOfAbandonment;
            if (aNeeded == 0 && aSl[i] >= targetServiceLevel)
            {
                aNeeded = n;
            }
        }

        return new StaffingCurvesData(trafficErlangs, averageHandleSeconds, averagePatienceSeconds, thresholdSeconds, targetServiceLevel, agents, cSl, cAsa, aSl, aWait, aAbandon, needed, aNeeded);
    }

    /// <summary>Service level against agents: Erlang C and Erlang A curves, the target line and the agents each model needs.</summary>
    /// <param name="data">The data from <see cref="StaffingData"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot ServiceLevelCurve(StaffingCurvesData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Plot plot = ChartStyle.NewPlot(
            ChartStyle.Invariant($"Service level ({data.ThresholdSeconds:0.#} s) vs agents at {data.TrafficErlangs:0.0} Erlangs: Erlang C needs {data.ErlangCAgentsNeeded}, Erlang A {NeededText(data.ErlangAAgentsNeeded)}"),
            "Agents",
            ChartStyle.Invariant($"Calls answered within {data.ThresholdSeconds:0.#} s (%)"));
        double[] xs = data.Agents.Select(a => (double)a).ToArray();
        ChartStyle.Line(plot, xs, data.ErlangCServiceLevel.Select(v => v * 100).ToArray(), ChartStyle.Main, "Erlang C (callers wait forever)");
        ChartStyle.Line(plot, xs, data.ErlangAServiceLevel.Select(v => v * 100).ToArray(), ChartStyle.Second, ChartStyle.Invariant($"Erlang A (mean patience {data.AveragePatienceSeconds:0} s)"));
        var target = plot.Add.HorizontalLine(data.TargetServiceLevel * 100, 1.5f, ChartStyle.Bad, LinePattern.Dashed);
        target.LegendText = ChartStyle.Invariant($"Target {data.TargetServiceLevel * 100:0.#}%");
        var need = plot.Add.VerticalLine(data.ErlangCAgentsNeeded, 1.5f, ChartStyle.Main, LinePattern.Dotted);
        need.LegendText = ChartStyle.Invariant($"Erlang C agents needed: {data.ErlangCAgentsNeeded}");
        plot.Axes.SetLimitsY(0, 102);
        ChartStyle.IntegerTicks(plot.Axes.Bottom, data.Agents[0], data.Agents[^1]);
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    /// <summary>ASA (Erlang C) and mean wait and abandonment (Erlang A) against agents; abandonment on the right axis.</summary>
    /// <param name="data">The data from <see cref="StaffingData"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot WaitAndAbandonmentCurve(StaffingCurvesData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Plot plot = ChartStyle.NewPlot(
            ChartStyle.Invariant($"Average speed of answer and abandonment vs agents at {data.TrafficErlangs:0.0} Erlangs"),
            "Agents",
            "Seconds (ASA, mean wait)");
        double[] xs = data.Agents.Select(a => (double)a).ToArray();
        // Erlang C's ASA is infinite while agents <= load: draw only the stable part.
        int stable = Array.FindIndex(data.ErlangCAverageSpeedOfAnswer, double.IsFinite);
        if (stable >= 0)
        {
            ChartStyle.Line(plot, xs[stable..], data.ErlangCAverageSpeedOfAnswer[stable..], ChartStyle.Main, "ASA, Erlang C");
        }

        ChartStyle.Line(plot, xs, data.ErlangAAverageWait, ChartStyle.Second, "Mean wait, Erlang A");
        var abandon = ChartStyle.Line(plot, xs, data.ErlangAAbandonment.Select(v => v * 100).ToArray(), ChartStyle.Bad, "Abandoned, Erlang A (%, right axis)", dashed: true);
        abandon.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "Calls abandoned (%)";
        plot.Axes.Right.Label.FontSize = 15;
        var need = plot.Add.VerticalLine(data.ErlangCAgentsNeeded, 1.5f, ChartStyle.Main, LinePattern.Dotted);
        need.LegendText = ChartStyle.Invariant($"Erlang C agents needed: {data.ErlangCAgentsNeeded}");
        plot.Axes.AutoScale();
        double top = Math.Max(stable >= 0 ? data.ErlangCAverageSpeedOfAnswer[Math.Min(stable + 1, xs.Length - 1)] : 0, data.ErlangAAverageWait.Max());
        plot.Axes.SetLimitsY(0, top * 1.1, plot.Axes.Left);
        plot.Axes.SetLimitsY(0, Math.Max(1, data.ErlangAAbandonment.Max() * 110), plot.Axes.Right);
        ChartStyle.IntegerTicks(plot.Axes.Bottom, data.Agents[0], data.Agents[^1]);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>Counts the calls of each interval of a log.</summary>
    /// <param name="calls">The call log.</param>
    /// <param name="intervals">The interval index of each call, 0 to <paramref name="labels"/>.Length - 1.</param>
    /// <param name="labels">One label per interval (for example "08:00").</param>
    /// <returns>The volumes per interval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="intervals"/> differs in length from the log.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An interval index is out of range, or a duration is invalid.</exception>
    public static IntervalProfileData IntervalProfileData(CallColumns calls, ReadOnlySpan<int> intervals, string[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var volumes = new CallVolume[labels.Length];
        CallCenter.Volume(calls, intervals, volumes);
        return new IntervalProfileData(labels, volumes);
    }

    /// <summary>Stacked bars of answered, abandoned and blocked calls per interval.</summary>
    /// <param name="data">The data from <see cref="IntervalProfileData"/>.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static Plot IntervalProfile(IntervalProfileData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Plot plot = ChartStyle.NewPlot(
            ChartStyle.Invariant($"Calls by interval: {data.Volumes.Sum(v => v.Calls):#,0} calls"),
            "Interval",
            "Calls");
        var bars = new System.Collections.Generic.List<Bar>();
        for (int i = 0; i < data.Volumes.Length; i++)
        {
            CallVolume v = data.Volumes[i];
            double answered = v.Answered, abandoned = v.Abandoned, blocked = v.Blocked;
            bars.Add(new Bar { Position = i, ValueBase = 0, Value = answered, FillColor = ChartStyle.Good });
            bars.Add(new Bar { Position = i, ValueBase = answered, Value = answered + abandoned, FillColor = ChartStyle.Bad });
            bars.Add(new Bar { Position = i, ValueBase = answered + abandoned, Value = answered + abandoned + blocked, FillColor = Colors.Gray });
        }

        plot.Add.Bars(bars);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Answered", FillColor = ChartStyle.Good });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Abandoned", FillColor = ChartStyle.Bad });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Blocked", FillColor = Colors.Gray });
        plot.ShowLegend(Alignment.UpperRight);
        ChartStyle.IndexTicks(plot.Axes.Bottom, RetentionCharts.Thin(data.Labels), data.Labels.Length > 12 ? 45 : 0);
        plot.Axes.Margins(bottom: 0, top: 0.1);
        return plot;
    }

    private static string NeededText(int agents) => agents == 0 ? "more than charted" : agents.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
