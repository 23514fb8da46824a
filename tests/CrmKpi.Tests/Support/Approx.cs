using System;
using Xunit;

namespace CrmKpi.Tests.Support;

/// <summary>Assertions on doubles with a relative tolerance that also accepts exact special values.</summary>
internal static class Approx
{
    /// <summary>True when both are the same special value, or differ by at most <paramref name="relative"/> of the larger magnitude.</summary>
    public static bool Close(double expected, double actual, double relative)
    {
        if (expected.Equals(actual))
        {
            return true;   // also NaN == NaN and equal infinities
        }

        double scale = Math.Max(Math.Abs(expected), Math.Abs(actual));
        return Math.Abs(expected - actual) <= relative * scale;
    }

    /// <summary>Asserts <see cref="Close"/>, with both values in the message.</summary>
    public static void Equal(double expected, double actual, double relative)
    {
        Assert.True(Close(expected, actual, relative), FormattableString.Invariant($"expected {expected:R}, actual {actual:R}, relative tolerance {relative}"));
    }
}
