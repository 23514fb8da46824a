using System;
using FsCheck;
using FsCheck.Fluent;

namespace CrmKpi.Tests.Support;

/// <summary>Generators of valid domain values for the property tests.</summary>
internal static class Gens
{
    /// <summary>Counts from 0 to <paramref name="max"/>.</summary>
    public static Gen<long> Count(long max = 1_000_000) =>
        Gen.Choose(0, (int)Math.Min(max, int.MaxValue)).Select(i => (long)i);

    /// <summary>Counts from 1 to <paramref name="max"/>.</summary>
    public static Gen<long> PositiveCount(long max = 1_000_000) =>
        Gen.Choose(1, (int)Math.Min(max, int.MaxValue)).Select(i => (long)i);

    /// <summary>Finite, non-negative money: cents from 0 to 10 million currency units.</summary>
    public static Gen<double> Money =>
        Gen.Choose(0, 1_000_000_000).Select(cents => cents / 100.0);

    /// <summary>Finite, strictly positive money.</summary>
    public static Gen<double> PositiveMoney =>
        Gen.Choose(1, 1_000_000_000).Select(cents => cents / 100.0);

    /// <summary>A fraction in [0, 1] on a grid of 1e-6.</summary>
    public static Gen<double> Fraction =>
        Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0);

    /// <summary>Values that no amount may take: NaN and the infinities.</summary>
    public static Gen<double> NonFinite =>
        Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity);

    /// <summary>Negative amounts, including negative infinity.</summary>
    public static Gen<double> NegativeAmount =>
        Gen.OneOf(Gen.Choose(1, 1_000_000).Select(c => -c / 100.0), Gen.Constant(double.NegativeInfinity));
}
