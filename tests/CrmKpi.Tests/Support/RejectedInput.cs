using System;
using Xunit;

namespace CrmKpi.Tests.Support;

/// <summary>
/// The assertion of a rejected-input case (issue 14): the call throws exactly <c>exception</c> (not a subclass, so a check
/// removed and replaced by an exception from deeper inside shows), naming <c>parameter</c>, with <c>rule</c> in its message.
/// </summary>
internal static class RejectedInput
{
    /// <summary>Asserts that <paramref name="call"/> throws exactly <paramref name="exception"/>, naming <paramref name="parameter"/>, with <paramref name="rule"/> in its message.</summary>
    public static void Throws(Type exception, string parameter, string rule, Action call)
    {
        var e = Assert.IsAssignableFrom<ArgumentException>(Assert.Throws(exception, call));
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains(rule, e.Message, StringComparison.Ordinal);
    }
}
