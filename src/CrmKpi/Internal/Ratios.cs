using System;

namespace CrmKpi.Internal;

/// <summary>The checked ratios many scalar metrics share: a count's share of a larger count, and one amount over another.</summary>
internal static class Ratios
{
    /// <summary><paramref name="part"/> / <paramref name="whole"/> after checking both are not negative and part does not exceed whole.</summary>
    public static double Share(long part, long whole, string partName, string wholeName)
    {
        Guard.NotNegative(part, partName);
        Guard.NotNegative(whole, wholeName);
        Guard.NotGreaterThan(part, whole, wholeName, partName);
        return (double)part / whole;
    }

    /// <summary>
    /// <paramref name="part"/> over <paramref name="inner"/>, or over <paramref name="outer"/> when <paramref name="overOuter"/> is set, after checking
    /// the three counts are not negative and nested (part ≤ inner ≤ outer): the metrics whose variants divide by a smaller or a larger whole.
    /// </summary>
    public static double NestedShare(long part, long inner, long outer, bool overOuter, string partName, string innerName, string outerName)
    {
        Guard.NotNegative(part, partName);
        Guard.NotNegative(inner, innerName);
        Guard.NotNegative(outer, outerName);
        Guard.NotGreaterThan(part, inner, innerName, partName);
        Guard.NotGreaterThan(inner, outer, outerName, innerName);
        return (double)part / (overOuter ? outer : inner);
    }

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/> after checking both are finite and not negative.</summary>
    public static double OfAmounts(double numerator, double denominator, string numeratorName, string denominatorName)
    {
        Guard.FiniteNonNegative(numerator, numeratorName);
        Guard.FiniteNonNegative(denominator, denominatorName);
        return numerator / denominator;
    }

    /// <summary><paramref name="amount"/> / <paramref name="count"/> after checking the amount is finite and not negative and the count not negative.</summary>
    public static double PerCount(double amount, long count, string amountName, string countName)
    {
        Guard.FiniteNonNegative(amount, amountName);
        Guard.NotNegative(count, countName);
        return amount / count;
    }
}
