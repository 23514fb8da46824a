using System;
using CrmKpi.Internal;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

// Guard.NotOverlapping: spans that touch end to start, or an empty span inside the other, do not overlap; one shared element does.
// Guard.EndsBefore: the message says which window must end before which.
public class GuardOverlapAndOrderTests
{
    [Theory]
    [InlineData("destination-just-before", false)]
    [InlineData("destination-just-after", false)]
    [InlineData("empty-destination-inside", false)]
    [InlineData("empty-input-inside", false)]
    [InlineData("share-first-element", true)]
    [InlineData("share-last-element", true)]
    [InlineData("same-span", true)]
    public void NotOverlapping_ThrowsExactlyWhenAnElementIsShared(string name, bool throws)
    {
        int[] buffer = new int[10];
        (int inStart, int inLength, int outStart, int outLength) = name switch
        {
            "destination-just-before" => (5, 5, 0, 5),
            "destination-just-after" => (0, 5, 5, 5),
            "empty-destination-inside" => (0, 10, 4, 0),
            "empty-input-inside" => (4, 0, 0, 10),
            "share-first-element" => (5, 5, 1, 5),
            "share-last-element" => (0, 5, 4, 5),
            "same-span" => (2, 6, 2, 6),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        void Check() => Guard.NotOverlapping<int, int>(buffer.AsSpan(inStart, inLength), buffer.AsSpan(outStart, outLength));
        if (throws)
        {
            Assert.Equal("destination", Assert.ThrowsAny<ArgumentException>(Check).ParamName);
        }
        else
        {
            Check();
        }
    }

    [Fact]
    public void EndsBefore_WindowsInTheWrongOrder_SaysWhichMustEndBeforeWhich()
    {
        var later = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        var earlier = new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.EndsBefore(earlier, later, "previousWindow"));
        Assert.Equal("previousWindow", ex.ParamName);
        Assert.Contains("must end before " + later + " starts", ex.Message, StringComparison.Ordinal);
    }
}
