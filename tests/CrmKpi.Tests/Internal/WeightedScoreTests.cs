using System;
using CrmKpi.Internal;
using Xunit;

namespace CrmKpi.Tests;

// A weight of 0 is allowed (it leaves a score out); a non-finite score is named by its index in the caller's whole column.
public class WeightedScoreTests
{
    [Fact]
    public void Mean_ZeroWeight_LeavesThatScoreOut() =>
        Assert.Equal(4.0, WeightedScore.Mean([100.0, 4.0], [0.0, 2.0], "scores", "weights"));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void WeightedSumOfRow_NonFiniteScore_NamesItsIndexInTheColumn(double bad)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WeightedScore.WeightedSumOfRow([1.0, bad, 2.0], [1.0, 1.0, 1.0], 10, "scores"));
        Assert.Equal("scores", ex.ParamName);
        Assert.Contains("scores[11] must be finite", ex.Message, StringComparison.Ordinal);
    }
}
