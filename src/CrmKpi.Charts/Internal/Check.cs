using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace CrmKpi.Charts.Internal;

/// <summary>Argument checks of the chart builders: each throw names the parameter and the offending value.</summary>
internal static class Check
{
    /// <summary>Throws when <paramref name="value"/> is outside <c>[min, max]</c>.</summary>
    public static void InRange(long value, long min, long max, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture, $"{paramName} must be between {min} and {max}; it is {value}."));
        }
    }

    /// <summary>Throws when <paramref name="value"/> is NaN, infinite or not greater than zero.</summary>
    public static void FinitePositive(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!(value > 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture, $"{paramName} must be finite and greater than zero; it is {value}."));
        }
    }

    /// <summary>Throws when <paramref name="value"/> is NaN or infinite.</summary>
    public static void Finite(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture, $"{paramName} must be finite; it is {value}."));
        }
    }

    /// <summary>Throws when two lengths differ.</summary>
    public static void SameLength(int expected, int actual, string paramName)
    {
        if (expected != actual)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{paramName} has {actual} items; {expected} were expected."), paramName);
        }
    }
}
