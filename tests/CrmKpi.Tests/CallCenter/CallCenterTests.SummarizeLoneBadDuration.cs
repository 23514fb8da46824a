using System;
using CrmKpi.Tests.Support;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Summarize finds a bad duration wherever it is alone: in any one of the four columns, in the 4-wide vector part (rows 0-3 of a
/// 7-call log) or in the scalar tail (rows 4-6), with every other value of the log valid. The vector pass only notices bad
/// input through the running maximum of all four columns' bits, so a value that is the only bad one in its row and its column
/// is the case that shows whether each column reaches that maximum; the cold pass must then name the column and the row.
/// </summary>
public partial class CallCenterTests
{
    [Theory]
    [InlineData("waitSeconds", 2, -1.0)]
    [InlineData("waitSeconds", 1, double.NaN)]
    [InlineData("waitSeconds", 5, double.PositiveInfinity)]
    [InlineData("talkSeconds", 3, -1.0)]
    [InlineData("talkSeconds", 0, double.PositiveInfinity)]
    [InlineData("talkSeconds", 6, double.NaN)]
    [InlineData("holdSeconds", 2, double.NaN)]
    [InlineData("holdSeconds", 4, -1.0)]
    [InlineData("afterCallWorkSeconds", 1, -1.0)]
    [InlineData("afterCallWorkSeconds", 3, double.NaN)]
    [InlineData("afterCallWorkSeconds", 6, double.PositiveInfinity)]
    public void Summarize_OneBadDurationAnywhere_ThrowsNamingColumnAndRow(string column, int row, double bad)
    {
        // Seven answered calls with valid seconds (some zero), then one value made bad.
        var log = new RandomCalls(
            Wait: [10, 0, 25, 3, 40, 7, 15],
            Talk: [100, 200, 0, 150, 60, 90, 30],
            Hold: [0, 10, 0, 5, 0, 20, 0],
            Work: [20, 0, 30, 10, 5, 0, 15],
            Abandoned: new bool[7],
            Blocked: new bool[7]);
        double[] target = column switch
        {
            "waitSeconds" => log.Wait,
            "talkSeconds" => log.Talk,
            "holdSeconds" => log.Hold,
            _ => log.Work,
        };
        target[row] = bad;

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.CallCenter.Summarize(log.Columns, Sec(20), Sec(0)));
        Assert.Equal(column, e.ParamName);
        Assert.Equal(bad, e.ActualValue);
        Assert.Contains($"{column}[{row}] must be finite and not negative", e.Message, StringComparison.Ordinal);
    }
}
