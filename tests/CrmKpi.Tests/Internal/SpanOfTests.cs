using System;
using System.Collections.Generic;
using System.Linq;
using CrmKpi.Internal;
using Xunit;

namespace CrmKpi.Tests;

public class SpanOfTests
{
    [Fact]
    public void Elements_Null_ThrowsNamingTheCallersParameter() =>
        Assert.Equal("answers", Assert.Throws<ArgumentNullException>(() => SpanOf.Elements<int>(null!, "answers").ToArray()).ParamName);

    [Fact]
    public void Elements_ArrayListAndSequence_GiveTheElementsInOrder()
    {
        Assert.Equal([1, 2, 3], SpanOf.Elements(new[] { 1, 2, 3 }, "v").ToArray());
        Assert.Equal([4, 5], SpanOf.Elements(new List<int> { 4, 5 }, "v").ToArray());
        Assert.Equal([6, 7, 8], SpanOf.Elements(Enumerable.Range(6, 3), "v").ToArray());
    }
}
