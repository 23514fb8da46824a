using System;
using CrmKpi.Internal;
using Xunit;

namespace CrmKpi.Tests;

// The documented growth of the log builders: by half, from at least 1,024 rows, up to Array.MaxLength, then a clear error.
public class LogCapacityTests
{
    [Theory]
    [InlineData(0, 1_024)]
    [InlineData(600, 1_024)]
    [InlineData(2_048, 3_072)]
    [InlineData(1_000_000, 1_500_000)]
    [InlineData(2_000_000_000, 2_147_483_591)]   // half again would pass Array.MaxLength
    public void Next_GrowsByHalfWithinItsBounds(int current, int expected) => Assert.Equal(expected, LogCapacity.Next(current, "call log"));

    [Fact]
    public void Next_AtArrayMaxLength_ThrowsNamingTheLog()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => LogCapacity.Next(Array.MaxLength, "call log"));
        Assert.Equal($"A call log holds at most {Array.MaxLength} rows.", ex.Message);
        Assert.Equal(Array.MaxLength, LogCapacity.Next(Array.MaxLength - 1, "call log"));
    }
}
