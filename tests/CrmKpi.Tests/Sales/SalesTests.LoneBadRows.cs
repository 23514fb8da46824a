using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// Sales folds a validity flag over a column and scans for the culprit only when the flag is down. A column whose ONLY row
// is bad is the case a wrong fold (XOR: one bad row flips it back to true; a flipped comparison or negation: the flag rises
// only for the bad row) lets through; it must still throw, naming the row.
public partial class SalesTests
{
    [Theory]
    [InlineData("totals-nan")]
    [InlineData("totals-infinity")]
    [InlineData("training-nan")]
    [InlineData("pipeline-negative")]
    [InlineData("pipeline-infinity")]
    public void LoneBadRow_ThrowsNamingIt(string name)
    {
        var before = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        var after = new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 3, 2));   // 31 days, as long as before
        LocalDate[] dates = [new(2024, 2, 10)];
        Action call = name switch
        {
            "totals-nan" => () => Sales.Totals([double.NaN], [true]),
            "totals-infinity" => () => Sales.Totals([double.PositiveInfinity], [false]),
            "training-nan" => () => Sales.TrainingEffectiveness(dates, [double.NaN], after, before),
            "pipeline-negative" => () => Sales.WeightedPipeline([0.5], [-1.0]),
            "pipeline-infinity" => () => Sales.WeightedPipeline([0.5], [double.PositiveInfinity]),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Equal("amounts", ex.ParamName);
        Assert.Contains("amounts[0]", ex.Message, StringComparison.Ordinal);
    }
}
