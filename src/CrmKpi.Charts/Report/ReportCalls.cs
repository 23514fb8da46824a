using System;

namespace CrmKpi.Charts;

/// <summary>
/// The call log of a report, in arrays: the columns of <see cref="CallColumns"/>, and optionally the interval
/// each call was offered in (for the interval profile and the load behind the staffing curves).
/// </summary>
public sealed class ReportCalls
{
    /// <summary>Holds a call log for a report.</summary>
    /// <param name="waitSeconds">Seconds each call waited.</param>
    /// <param name="talkSeconds">Talk seconds of each call.</param>
    /// <param name="holdSeconds">Hold seconds of each call.</param>
    /// <param name="afterCallWorkSeconds">After-call work seconds of each call.</param>
    /// <param name="abandoned">Whether each call was abandoned.</param>
    /// <param name="blocked">Whether each call was blocked.</param>
    /// <param name="input">Where the rows came from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    public ReportCalls(double[] waitSeconds, double[] talkSeconds, double[] holdSeconds, double[] afterCallWorkSeconds, bool[] abandoned, bool[] blocked, InputSummary input)
    {
        ArgumentNullException.ThrowIfNull(input);
        _ = new CallColumns(waitSeconds, talkSeconds, holdSeconds, afterCallWorkSeconds, abandoned, blocked);   // checks the lengths
        WaitSeconds = waitSeconds;
        TalkSeconds = talkSeconds;
        HoldSeconds = holdSeconds;
        AfterCallWorkSeconds = afterCallWorkSeconds;
        Abandoned = abandoned;
        Blocked = blocked;
        Input = input;
    }

    /// <summary>Seconds each call waited.</summary>
    public double[] WaitSeconds { get; }

    /// <summary>Talk seconds of each call.</summary>
    public double[] TalkSeconds { get; }

    /// <summary>Hold seconds of each call.</summary>
    public double[] HoldSeconds { get; }

    /// <summary>After-call work seconds of each call.</summary>
    public double[] AfterCallWorkSeconds { get; }

    /// <summary>Whether each call was abandoned.</summary>
    public bool[] Abandoned { get; }

    /// <summary>Whether each call was blocked.</summary>
    public bool[] Blocked { get; }

    /// <summary>Where the rows came from.</summary>
    public InputSummary Input { get; }

    /// <summary>The interval of each call (0-based), or null when the log has none; set with <see cref="WithIntervals"/>.</summary>
    public int[]? Intervals { get; private set; }

    /// <summary>The length of one interval in seconds; 0 without intervals.</summary>
    public double IntervalSeconds { get; private set; }

    /// <summary>When interval 0 starts, in seconds since midnight.</summary>
    public double FirstIntervalStartSeconds { get; private set; }

    /// <summary>The number of intervals the log covers; 0 without intervals.</summary>
    public int IntervalCount { get; private set; }

    /// <summary>The columns, for the calculators.</summary>
    public CallColumns Columns => new(WaitSeconds, TalkSeconds, HoldSeconds, AfterCallWorkSeconds, Abandoned, Blocked);

    /// <summary>Sets the interval each call was offered in, for the interval profile and the load of the staffing curves.</summary>
    /// <param name="intervals">The interval of each call, 0 to <paramref name="intervalCount"/> - 1, as long as the log.</param>
    /// <param name="intervalCount">The number of intervals the log covers (intervals without calls count too).</param>
    /// <param name="intervalSeconds">The length of one interval in seconds (1,800 for half hours); finite, greater than zero.</param>
    /// <param name="firstIntervalStartSeconds">When interval 0 starts, in seconds since midnight (28,800 for 08:00), for the labels; 0 to 86,399.</param>
    /// <returns>This log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="intervals"/> differs in length from the log.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An interval index, the count, the length or the start is out of range.</exception>
    public ReportCalls WithIntervals(int[] intervals, int intervalCount, double intervalSeconds, double firstIntervalStartSeconds = 0)
    {
        if (!(firstIntervalStartSeconds >= 0 && firstIntervalStartSeconds < 86_400))
        {
            throw new ArgumentOutOfRangeException(nameof(firstIntervalStartSeconds), firstIntervalStartSeconds, Internal.ChartStyle.Invariant($"firstIntervalStartSeconds must be in [0, 86400); it is {firstIntervalStartSeconds}."));
        }

        ArgumentNullException.ThrowIfNull(intervals);
        Internal.Check.SameLength(WaitSeconds.Length, intervals.Length, nameof(intervals));
        Internal.Check.InRange(intervalCount, 1, 1_000_000);
        Internal.Check.FinitePositive(intervalSeconds);
        for (int i = 0; i < intervals.Length; i++)
        {
            if (intervals[i] < 0 || intervals[i] >= intervalCount)
            {
                throw new ArgumentOutOfRangeException(nameof(intervals), intervals[i], Internal.ChartStyle.Invariant($"intervals[{i}] must be between 0 and {intervalCount - 1}; it is {intervals[i]}."));
            }
        }

        Intervals = intervals;
        IntervalCount = intervalCount;
        IntervalSeconds = intervalSeconds;
        FirstIntervalStartSeconds = firstIntervalStartSeconds;
        return this;
    }
}
