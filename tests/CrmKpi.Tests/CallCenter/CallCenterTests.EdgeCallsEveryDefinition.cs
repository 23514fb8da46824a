using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// The calls on the rules' edges (<see cref="EdgeCalls"/>: waits exactly at T = 20 s and exactly at the short-abandon limit)
/// through the log's own service-level calculator under every definition, and with the short-abandon limit equal to T, where
/// an abandon after exactly T is neither short nor after T. Hand counts from the definitions in <see cref="ServiceLevelDefinition"/>.
/// </summary>
public partial class CallCenterTests
{
    // Limit 5 s: W = 2 (rows 0, 7), N = 3, X = 3 (rows 2, 4, 5), X>T = 1 (row 5), X<=T = 2 (rows 2, 4).
    // Limit 20 s: rows 2 (5 s) and 3 (4.5 s) are short, row 4 (exactly 20 s) is counted and within: X = 2, X>T = 1, X<=T = 1.
    [Theory]
    [InlineData(5.0, ServiceLevelDefinition.AbandonedInDenominator, 2.0 / 6)]
    [InlineData(5.0, ServiceLevelDefinition.AbandonedAfterThresholdInDenominator, 2.0 / 4)]
    [InlineData(5.0, ServiceLevelDefinition.AbandonedExcluded, 2.0 / 3)]
    [InlineData(5.0, ServiceLevelDefinition.AbandonedWithinThresholdAsMet, 4.0 / 6)]
    [InlineData(20.0, ServiceLevelDefinition.AbandonedInDenominator, 2.0 / 5)]
    [InlineData(20.0, ServiceLevelDefinition.AbandonedAfterThresholdInDenominator, 2.0 / 4)]
    [InlineData(20.0, ServiceLevelDefinition.AbandonedExcluded, 2.0 / 3)]
    [InlineData(20.0, ServiceLevelDefinition.AbandonedWithinThresholdAsMet, 3.0 / 5)]
    public void ServiceLevel_EdgeCalls_EachDefinitionMatchesHandCount(double shortAbandon, ServiceLevelDefinition definition, double expected)
    {
        CallColumns calls = EdgeCalls().Columns;
        Assert.Equal(expected, CrmKpi.CallCenter.ServiceLevel(calls, Sec(20), definition, Sec(shortAbandon)));
        Assert.Equal(expected, CrmKpi.CallCenter.Summarize(calls, Sec(20), Sec(shortAbandon)).ServiceLevel(definition));
    }

    // Limit equal to T: 2 counted abandons (rows 4, 5) of 5 calls left offered (3 answered + 2); 2 short (rows 2, 3), left out of both.
    [Fact]
    public void AbandonmentRate_ShortAbandonLimitEqualToThreshold_CountsTheAbandonAtExactlyT()
    {
        CallColumns calls = EdgeCalls().Columns;
        Assert.Equal(2.0 / 5, CrmKpi.CallCenter.AbandonmentRate(calls, Sec(20)));
        CallCenterSummary s = CrmKpi.CallCenter.Summarize(calls, Sec(20), Sec(20));
        Assert.Equal((4L, 2L, 1L), (s.Abandoned, s.ShortAbandoned, s.AbandonedAfterThreshold));
        Assert.Equal(2.0 / 5, s.AbandonmentRate);
    }
}
