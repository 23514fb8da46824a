using System;
using System.Globalization;

namespace CrmKpi.Internal;

/// <summary>
/// Cold-path element checks shared by the column calculators: the hot loop only notes that some
/// element broke a rule, and these rescan to name the first offending row.
/// </summary>
internal static class RowChecks
{
    /// <summary>The rule text for a customer index.</summary>
    public static string CustomerIndexRule(int customerCount) =>
        string.Create(CultureInfo.InvariantCulture, $"must be a customer index in [0, {customerCount})");

    /// <summary>Throws for the first NaN or infinite element; returns if there is none (the sum merely overflowed).</summary>
    public static void ThrowFirstNonFinite(ReadOnlySpan<double> values, string paramName)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                Guard.ThrowElement(paramName, i, values[i], "must be finite");
            }
        }
    }

    /// <summary>Throws for the first negative element; returns if there is none.</summary>
    public static void ThrowFirstNegative(ReadOnlySpan<int> values, string paramName)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] < 0)
            {
                Guard.ThrowElement(paramName, i, values[i], "must not be negative");
            }
        }
    }

    /// <summary>Throws for the first element that is negative, NaN or infinite; returns if there is none.</summary>
    public static void ThrowFirstNotFiniteNonNegative(ReadOnlySpan<double> values, string paramName)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!(values[i] >= 0) || double.IsPositiveInfinity(values[i]))
            {
                Guard.ThrowElement(paramName, i, values[i], "must be finite and not negative");
            }
        }
    }
}
