using System;
using Xunit;

namespace CrmKpi.Tests;

// The builders' capacity arguments: a negative one is refused by the builder's own check, naming it (without the check the
// array allocation would throw an OverflowException that names nothing).
public partial class LogsTests
{
    [Theory]
    [InlineData("agent-log-capacity", "capacity")]
    [InlineData("agent-log-ensure-capacity", "rows")]
    [InlineData("call-log-capacity", "capacity")]
    [InlineData("survey-answers-capacity", "capacity")]
    public void BuilderCapacity_Negative_ThrowsNamingIt(string name, string param)
    {
        Action call = name switch
        {
            "agent-log-capacity" => () => _ = new AgentLogBuilder(-1),
            "agent-log-ensure-capacity" => () => new AgentLogBuilder().EnsureCapacity(-1),
            "call-log-capacity" => () => _ = new CallLogBuilder(-1),
            "survey-answers-capacity" => () => _ = new SurveyAnswersBuilder(1, 5, -1),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Equal(param, ex.ParamName);
        Assert.Contains("must be in the range [0, 2147483591]; was -1.", ex.Message, StringComparison.Ordinal);
    }
}
