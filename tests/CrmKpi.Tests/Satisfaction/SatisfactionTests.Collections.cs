using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>Survey answers in a List, an array, a query or a collection expression all compile and give the source's answer.</summary>
public partial class SatisfactionTests
{
    [Fact]
    public void Nps_ListOfInts_CompilesAndGivesSource002Score()
    {
        // Source 002: 7 promoters, 2 passives, 1 detractor -> 70 - 10 = 60.
        var answers = new List<int> { 10, 10, 9, 9, 10, 9, 10, 8, 7, 3 };
        NpsResult fromList = Satisfaction.Nps(answers);
        Assert.Equal(60, fromList.Score, 12);
        Assert.Equal((7L, 2L, 1L), (fromList.Promoters, fromList.Passives, fromList.Detractors));
        Assert.Equal(60, Satisfaction.Nps(answers.Where(a => a >= 0)).Score, 12);   // any sequence
        Assert.Equal(60, Satisfaction.Nps(answers.ToArray()).Score, 12);           // arrays still bind to the span form
    }

    [Fact]
    public void CsatAndCes_ListOfInts_CompileAndGiveTheHandMeans()
    {
        Assert.Equal(4.2, Satisfaction.Csat(new List<int> { 5, 4, 4, 3, 5 }, 1, 5), 12);          // 21 / 5
        Assert.Equal(0.6, Satisfaction.CsatTopBox(new List<int> { 5, 4, 4, 3, 1 }, 1, 5, 2), 12); // 3 / 5
        Assert.Equal(3.0, Satisfaction.Ces(new List<int> { 2, 3, 1, 6 }, 1, 7), 12);              // 12 / 4
    }

    [Fact]
    public void Nps_ListWithAnAnswerOffTheScale_ThrowsNamingItsPosition()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.Nps(new List<int> { 10, 11 }));
        Assert.Equal("answers", e.ParamName);
        Assert.Contains("answers[1]", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Satisfaction.Nps((IEnumerable<int>)null!));
    }
}
